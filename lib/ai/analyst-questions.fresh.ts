// Fresh question batches: written before the analyst was run on them (batch 3 at 11:45 UTC on 1 Dec, over three
// diagrams in styles new to the fixtures plus older ones; batch 4 after the analyst was improved, to check that
// the improvements were not fitted to batch 3). Facts are computed by the suite's oracle, like the others.
import type { Question } from './analyst-questions.data';

const T = { family: 'task' } as const;

export const FRESH_1: Question[] = [
  // ---------------------------------------------------------------- invoice-signavio (bpmn2: prefix, QName references)
  ['invoice-signavio', 'en', 'count', 'How many user tasks are there in the Accounts payable lane?', { count: { types: ['userTask'], lane: 'Accounts payable' } }],
  ['invoice-signavio', 'en', 'count', 'how many service tasks does Treasury run?', { count: { types: ['serviceTask'], lane: 'Treasury' } }],
  ['invoice-signavio', 'en', 'count', 'Total number of activities in the invoice process?', { count: { family: 'activity' } }],
  ['invoice-signavio', 'en', 'count', 'how many exclusive gateways are used', { count: { types: ['exclusiveGateway'] } }],
  ['invoice-signavio', 'de', 'count', 'Wie viele Aufgaben hat die Lane Approver?', { count: { ...T, lane: 'Approver' } }],
  ['invoice-signavio', 'ja', 'count', 'ユーザータスクはいくつありますか', { count: { types: ['userTask'] } }],
  ['invoice-signavio', 'en', 'lookup', 'Is there a step for approving invoices?', { find: 'Approve invoice' }],
  ['invoice-signavio', 'en', 'lookup', 'where do we record the invoice in the books?', { find: 'Post to ledger' }],
  ['invoice-signavio', 'en', 'lookup', 'tell me about the reminder timer', { describe: '3 days without decision' }],
  ['invoice-signavio', 'en', 'after', 'what happens after the invoice is scanned?', { next: 'Scan and register invoice' }],
  ['invoice-signavio', 'en', 'before', 'what must be done right before the payment gets scheduled?', { prev: 'Schedule payment' }],
  ['invoice-signavio', 'en', 'before', 'Which tasks happen at some point before Post to ledger?', { upstream: 'Post to ledger' }],
  ['invoice-signavio', 'en', 'whatif', 'What happens if the invoice is rejected?', { whatIf: ['Invoice approved?', 'rejected'] }],
  ['invoice-signavio', 'en', 'whatif', 'and if it is paid in a foreign currency?', { whatIf: ['Extras needed?', 'foreign currency'] }],
  ['invoice-signavio', 'de', 'crosslang', 'Was passiert, wenn die Rechnung abgelehnt wird?', { whatIf: ['Invoice approved?', 'rejected'] }],
  ['invoice-signavio', 'en', 'gateways', 'Do the split and join gateways match up?', { mismatches: true }],
  ['invoice-signavio', 'en', 'gateways', 'what kind of gateway is Extras needed?', { gatewayKind: 'Extras needed?' }],
  ['invoice-signavio', 'en', 'loops', 'Can an invoice go back to approval again?', { loops: true }],
  ['invoice-signavio', 'en', 'reachability', 'Are there any unreachable elements?', { unreachable: true }],
  ['invoice-signavio', 'en', 'reachability', 'Can "Schedule payment" be reached from "Clarify with supplier"?', { reaches: ['Clarify with supplier', 'Schedule payment'] }],
  ['invoice-signavio', 'en', 'reachability', 'is it possible to get from Archive documents back to Scan and register invoice?', { reaches: ['Archive documents', 'Scan and register invoice'] }],
  ['invoice-signavio', 'en', 'ends', 'How can this process finish?', { ends: true }],
  ['invoice-signavio', 'en', 'lanes', 'Who approves the invoice?', { lane: 'Approve invoice' }],
  ['invoice-signavio', 'en', 'lanes', 'what does Treasury do?', { laneWork: 'Treasury' }],
  ['invoice-signavio', 'en', 'compare', 'Which lane has the most tasks?', { mostLane: true }],
  ['invoice-signavio', 'en', 'compare', 'are there more user tasks than service tasks?', { more: [{ types: ['userTask'] }, { types: ['serviceTask'] }] }],
  ['invoice-signavio', 'en', 'lint', 'What should I fix in this model?', { lint: true }],
  ['invoice-signavio', 'en', 'typos', 'how mnay tasks in treasurey lane', { count: { ...T, lane: 'Treasury' } }],
  ['invoice-signavio', 'en', 'typos', 'waht happens after aprove invoice', { next: 'Approve invoice' }],
  ['invoice-signavio', 'en', 'paths', 'How many paths lead from the start to an end?', { paths: true }],
  ['invoice-signavio', 'en', 'paths', 'Can the invoice be paid without approval?', { pathsAvoid: 'Approve invoice' }],

  // ---------------------------------------------------------------- lieferkette (German collaboration, three pools)
  ['lieferkette', 'de', 'count', 'Wie viele Aufgaben hat der Händler?', { count: { ...T, pool: 'Händler' } }],
  ['lieferkette', 'de', 'count', 'Wie viele Sendeaufgaben gibt es im Pool Händler?', { count: { types: ['sendTask'], pool: 'Händler' } }],
  ['lieferkette', 'de', 'count', 'Wieviele Aufgaben erledigt das Lager?', { count: { ...T, lane: 'Lager' } }],
  ['lieferkette', 'de', 'count', 'Wie viele Pools gibt es?', { count: { collection: 'participants' } }],
  ['lieferkette', 'de', 'count', 'Wie viele Nachrichtenflüsse hat die Kollaboration?', { count: { collection: 'messageFlows' } }],
  ['lieferkette', 'en', 'crosslang', 'how many tasks does the Spedition pool have?', { count: { ...T, pool: 'Spedition' } }],
  ['lieferkette', 'de', 'count', 'wie viele Aufgaben gibt es insgesamt', { count: T }],
  ['lieferkette', 'de', 'after', 'Was passiert nach dem Verpacken der Ware?', { next: 'Ware verpacken' }],
  ['lieferkette', 'de', 'after', 'Was kommt nach Bestellung prüfen?', { next: 'Bestellung prüfen' }],
  ['lieferkette', 'de', 'before', 'Was passiert direkt vor Transport beauftragen?', { prev: 'Transport beauftragen' }],
  ['lieferkette', 'de', 'before', 'Welche Schritte müssen alle vor der Rechnungsstellung passieren?', { upstream: 'Rechnung stellen' }],
  ['lieferkette', 'de', 'whatif', 'Was passiert, wenn die Ware nicht lieferbar ist?', { whatIf: ['Lieferbar?', 'nein'] }],
  ['lieferkette', 'en', 'crosslang', 'What happens if the goods are available?', { whatIf: ['Lieferbar?', 'ja'] }],
  ['lieferkette', 'de', 'messages', 'Welche Nachrichten werden zwischen den Pools ausgetauscht?', { messages: true }],
  ['lieferkette', 'en', 'messages', 'Where does the message from Transport beauftragen go?', { messageTarget: 'Transport beauftragen' }],
  ['lieferkette', 'de', 'messages', 'Wer bekommt die Rechnung?', { messageTarget: 'Rechnung stellen' }],
  ['lieferkette', 'de', 'pools', 'Welche Teilnehmer gibt es?', { pools: true }],
  ['lieferkette', 'de', 'lanes', 'Wer verpackt die Ware?', { lane: 'Ware verpacken' }],
  ['lieferkette', 'de', 'lanes', 'Was macht die Buchhaltung?', { laneWork: 'Buchhaltung' }],
  ['lieferkette', 'de', 'gateways', 'Passen Split und Join zusammen?', { mismatches: true }],
  ['lieferkette', 'de', 'ends', 'Welche Endereignisse gibt es?', { ends: true }],
  ['lieferkette', 'de', 'compare', 'Welcher Pool hat die meisten Aufgaben?', { mostPool: true }],
  ['lieferkette', 'de', 'compare', 'Gibt es mehr manuelle Aufgaben als Benutzeraufgaben?', { more: [{ types: ['manualTask'] }, { types: ['userTask'] }] }],
  ['lieferkette', 'de', 'loops', 'Gibt es Schleifen?', { loops: true }],
  ['lieferkette', 'de', 'reachability', 'Gibt es unerreichbare Elemente?', { unreachable: true }],
  ['lieferkette', 'de', 'reachability', 'Kann man von Absage senden zu Auftrag abgeschlossen kommen?', { reaches: ['Absage senden', 'Auftrag abgeschlossen'] }],
  ['lieferkette', 'de', 'lint', 'Was sollte ich verbessern?', { lint: true }],
  ['lieferkette', 'de', 'typos', 'wie fiele Aufgaben hat die Buchaltung', { count: { ...T, lane: 'Buchhaltung' } }],
  ['lieferkette', 'ja', 'count', 'メッセージフローは何本ありますか', { count: { collection: 'messageFlows' } }],
  ['lieferkette', 'de', 'lookup', 'Gibt es einen Schritt zum Bezahlen der Rechnung?', { find: 'Rechnung bezahlen' }],

  // ---------------------------------------------------------------- nyusha-tetsuzuki (Japanese, event-based gateway)
  ['nyusha-tetsuzuki', 'ja', 'count', 'タスクはいくつありますか', { count: T }],
  ['nyusha-tetsuzuki', 'ja', 'count', '人事部のタスクは何個？', { count: { ...T, lane: '人事部' } }],
  ['nyusha-tetsuzuki', 'ja', 'count', 'ゲートウェイは何個ありますか', { count: { family: 'gateway' } }],
  ['nyusha-tetsuzuki', 'ja', 'count', 'イベントベースゲートウェイはいくつ', { count: { types: ['eventBasedGateway'] } }],
  ['nyusha-tetsuzuki', 'ja', 'count', '中間イベントは何個ありますか', { count: { types: ['intermediateCatchEvent', 'intermediateThrowEvent'] } }],
  ['nyusha-tetsuzuki', 'ja', 'after', '契約書を送付した後はどうなりますか', { next: '契約書を送付する' }],
  ['nyusha-tetsuzuki', 'ja', 'gateways', '返送待ちの後に何が起こりますか', { branches: '返送待ち' }],
  ['nyusha-tetsuzuki', 'ja', 'whatif', '辞退した場合はどうなりますか？', { whatIf: ['辞退した？', 'はい'] }],
  ['nyusha-tetsuzuki', 'ja', 'whatif', '辞退しなかったら？', { whatIf: ['辞退した？', 'いいえ'] }],
  ['nyusha-tetsuzuki', 'ja', 'before', '初日の予定を立てるの前は何ですか', { prev: '初日の予定を立てる' }],
  ['nyusha-tetsuzuki', 'ja', 'before', 'アカウントを発行する前に必要なステップは全部何ですか', { upstream: 'アカウントを発行する' }],
  ['nyusha-tetsuzuki', 'ja', 'reachability', '到達できないタスクはありますか', { unreachable: true }],
  ['nyusha-tetsuzuki', 'en', 'reachability', 'Which elements can never be reached?', { unreachable: true }],
  ['nyusha-tetsuzuki', 'ja', 'loops', 'ループはありますか', { loops: true }],
  ['nyusha-tetsuzuki', 'ja', 'ends', 'プロセスの終わり方は何通りありますか', { ends: true }],
  ['nyusha-tetsuzuki', 'ja', 'lanes', 'PCを準備するのは誰ですか', { lane: 'PCを準備する' }],
  ['nyusha-tetsuzuki', 'ja', 'lanes', '上長の担当作業は？', { laneWork: '上長' }],
  ['nyusha-tetsuzuki', 'ja', 'lanes', 'レーンは何がありますか', { lanes: true }],
  ['nyusha-tetsuzuki', 'ja', 'gateways', '返送待ちはどんな種類のゲートウェイですか', { gatewayKind: '返送待ち' }],
  ['nyusha-tetsuzuki', 'ja', 'gateways', '分岐と合流のゲートウェイは一致していますか', { mismatches: true }],
  ['nyusha-tetsuzuki', 'ja', 'compare', 'どのレーンが一番タスクが多いですか', { mostLane: true }],
  ['nyusha-tetsuzuki', 'ja', 'compare', 'ユーザータスクとサービスタスクはどちらが多いですか', { more: [{ types: ['userTask'] }, { types: ['serviceTask'] }] }],
  ['nyusha-tetsuzuki', 'ja', 'lint', '修正すべき点はありますか', { lint: true }],
  ['nyusha-tetsuzuki', 'ja', 'lookup', '制服に関するタスクはありますか', { find: '制服を注文する' }],
  ['nyusha-tetsuzuki', 'en', 'crosslang', 'Is there a step where the new hire gets a PC prepared?', { find: 'PCを準備する' }],
  ['nyusha-tetsuzuki', 'en', 'count', 'how many tasks are in this diagram?', { count: T }],
  ['nyusha-tetsuzuki', 'ja', 'paths', '電話せずに入社準備完了まで行けますか', { pathsAvoid: '候補者に電話する' }],
  ['nyusha-tetsuzuki', 'ja', 'reachability', '制服を注文するから入社準備完了に到達できますか', { reaches: ['制服を注文する', '入社準備完了'] }],
  ['nyusha-tetsuzuki', 'ja', 'needsModel', 'このプロセスを英語に翻訳してください', { needsModel: true }],

  // ---------------------------------------------------------------- older diagrams, new phrasings
  ['order-fulfilment', 'en', 'compare', 'Which lane has more tasks, Sales or Warehouse?', { mostLane: true }],
  ['order-fulfilment', 'de', 'crosslang', 'Was passiert, nachdem die Karte belastet wurde?', { next: 'Charge card' }],
  ['order-fulfilment', 'ja', 'before', 'Ship orderの前に何がありますか', { prev: 'Ship order' }],
  ['order-fulfilment', 'en', 'before', 'list everything that has to happen before Ship order', { upstream: 'Ship order' }],
  ['order-fulfilment', 'en', 'messages', 'what does the customer receive from the shop?', { messages: true }],
  ['travel-booking', 'en', 'whatif', 'what happens if a visa is required?', { whatIf: ['Extras needed?', 'visa required'] }],
  ['travel-booking', 'en', 'gateways', 'Is the parallel split closed by the right kind of gateway?', { mismatches: true }],
  ['travel-booking', 'en', 'compare', 'are there more service tasks than user tasks?', { more: [{ types: ['serviceTask'] }, { types: ['userTask'] }] }],
  ['incident-management', 'en', 'reachability', 'Can Notify team lead lead to Close ticket?', { reaches: ['Notify team lead', 'Close ticket'] }],
  ['incident-management', 'de', 'compare', 'Hat der 1st level support mehr Aufgaben als der 2nd level support?', { more: [{ ...T, lane: '1st level support' }, { ...T, lane: '2nd level support' }] }],
  ['incident-management', 'en', 'after', 'What can happen at any point after Classify incident?', { downstream: 'Classify incident' }],
  ['schadenmeldung', 'de', 'messages', 'Wohin geht die Nachricht von Bescheid versenden?', { messageTarget: 'Bescheid versenden' }],
  ['loan-application', 'en', 'lint', 'anything I should clean up?', { lint: true }],
  ['loan-application', 'en', 'whatif', 'what if the risk turns out to be medium?', { whatIf: ['Risk level?', 'medium risk'] }],
  ['loan-application', 'de', 'lanes', 'Wer zahlt den Kredit aus?', { lane: 'Pay out loan' }],
  ['payment-reminder', 'ja', 'count', 'メッセージフローはいくつ', { count: { collection: 'messageFlows' } }],
  ['order-fulfilment', 'en', 'needsModel', 'Translate all labels into French', { needsModel: true }],
  ['schadenmeldung', 'de', 'needsModel', 'Schreib eine E-Mail an das Team, die den Prozess erklärt', { needsModel: true }],
];

/** FRESH_1 on its first run, before any change made for it (the honest figure for unseen questions and diagrams):
 *  74/108 = 68.5 %. Per category: after 3/5, before 7/8, compare 0/9, count 20/20, crosslang 1/5, ends 3/3,
 *  gateways 5/7, lanes 6/8, lint 3/4, lookup 3/5, loops 3/3, messages 3/5, needsModel 3/3, paths 2/3, pools 1/1,
 *  reachability 4/9, typos 2/3, whatif 5/7. */
export const FRESH_1_FIRST_RUN = { passed: 74, total: 108 };

/** FRESH_2 on its first run (the honest figure after the FRESH_1 work): 32/37 = 86.5 %. Per category: after 4/5,
 *  before 1/1, compare 3/4, count 9/9, crosslang 1/4, ends 1/1, gateways 1/1, lanes 3/3, lint 1/1, loops 1/1,
 *  paths 1/1, reachability 3/3, typos 1/1, whatif 2/2. Misses: words the concept lexicon lacked (abroad, convert,
 *  high/low, fail), a pool ranking with a black-box pool, "what if <event>" without a branch. */
export const FRESH_2_FIRST_RUN = { passed: 32, total: 37 };

// Written at 12:35 UTC after the analyst changes for FRESH_1, before running any of these (one more new diagram).
export const FRESH_2: Question[] = [
  ['reisekosten', 'de', 'count', 'Wie viele Benutzeraufgaben hat der Mitarbeiter?', { count: { types: ['userTask'], lane: 'Mitarbeiter' } }],
  ['reisekosten', 'en', 'count', 'How many service tasks are there?', { count: { types: ['serviceTask'] } }],
  ['reisekosten', 'de', 'count', 'Wie viele inklusive Gateways gibt es?', { count: { types: ['inclusiveGateway'] } }],
  ['reisekosten', 'de', 'whatif', 'Was passiert, wenn die Abrechnung nicht korrekt ist?', { whatIf: ['Abrechnung korrekt?', 'nein'] }],
  ['reisekosten', 'en', 'crosslang', 'What happens for a trip abroad?', { whatIf: ['Sonderfälle?', 'Auslandsreise'] }],
  ['reisekosten', 'de', 'after', 'Was kommt nach dem Hochladen der Belege?', { next: 'Belege hochladen' }],
  ['reisekosten', 'de', 'lanes', 'Wer prüft die Abrechnung?', { lane: 'Abrechnung prüfen' }],
  ['reisekosten', 'de', 'after', 'Was passiert, wenn die Zahlung fehlschlägt?', { next: 'Zahlung fehlgeschlagen' }],
  ['reisekosten', 'de', 'loops', 'Gibt es eine Schleife?', { loops: true }],
  ['reisekosten', 'de', 'compare', 'Welche Lane hat die meisten Aufgaben?', { mostLane: true }],
  ['reisekosten', 'de', 'gateways', 'Sind die Gateways richtig gepaart?', { mismatches: true }],
  ['reisekosten', 'de', 'before', 'Was kommt direkt vor Betrag erstatten?', { prev: 'Betrag erstatten' }],
  ['reisekosten', 'de', 'ends', 'Wie kann der Prozess enden?', { ends: true }],
  ['reisekosten', 'en', 'crosslang', 'Is there a step for currency conversion?', { find: 'Fremdwährung umrechnen' }],
  ['reisekosten', 'de', 'compare', 'Gibt es mehr Benutzeraufgaben als Serviceaufgaben?', { more: [{ types: ['userTask'] }, { types: ['serviceTask'] }] }],
  ['reisekosten', 'de', 'reachability', 'Kann man von Abrechnung korrigieren zu Kosten erstattet kommen?', { reaches: ['Abrechnung korrigieren', 'Kosten erstattet'] }],
  ['reisekosten', 'de', 'lint', 'Was sollte man an dem Modell verbessern?', { lint: true }],
  ['reisekosten', 'de', 'typos', 'wieviele aufgaben hat die buchhaltung', { count: { ...T, lane: 'Buchhaltung' } }],
  ['reisekosten', 'de', 'reachability', 'Sind alle Elemente erreichbar?', { unreachable: true }],
  ['lieferkette', 'en', 'count', 'How many message flows are there between the pools?', { count: { collection: 'messageFlows' } }],
  ['lieferkette', 'de', 'after', 'Was macht die Spedition nach der Abholungsplanung?', { next: 'Abholung planen' }],
  ['lieferkette', 'de', 'lanes', 'Wer schickt die Auftragsbestätigung?', { lane: 'Auftrag bestätigen' }],
  ['lieferkette', 'ja', 'count', 'レーンはいくつありますか', { count: { collection: 'lanes' } }],
  ['nyusha-tetsuzuki', 'ja', 'after', '7日経過したらどうなりますか', { next: '7日経過' }],
  ['nyusha-tetsuzuki', 'en', 'crosslang', 'Who prepares the PC?', { lane: 'PCを準備する' }],
  ['nyusha-tetsuzuki', 'ja', 'count', 'サービスタスクは何個ありますか', { count: { types: ['serviceTask'] } }],
  ['nyusha-tetsuzuki', 'ja', 'count', '終了イベントはいくつありますか', { count: { types: ['endEvent'] } }],
  ['invoice-signavio', 'en', 'lanes', 'Which tasks does Accounts payable handle?', { laneWork: 'Accounts payable' }],
  ['invoice-signavio', 'en', 'after', 'What comes after Post to ledger?', { next: 'Post to ledger' }],
  ['invoice-signavio', 'en', 'reachability', 'Is Archive documents reachable from Approve invoice?', { reaches: ['Approve invoice', 'Archive documents'] }],
  ['invoice-signavio', 'de', 'count', 'Wie viele Benutzeraufgaben gibt es?', { count: { types: ['userTask'] } }],
  ['order-fulfilment', 'en', 'compare', 'Which pool has the most tasks?', { mostPool: true }],
  ['travel-booking', 'en', 'whatif', 'what happens if nothing extra is needed?', { whatIf: ['Extras needed?', 'nothing extra'] }],
  ['loan-application', 'de', 'crosslang', 'Was passiert bei hohem Risiko?', { whatIf: ['Risk level?', 'high risk'] }],
  ['incident-management', 'en', 'paths', 'can the incident be closed without classifying it?', { pathsAvoid: 'Classify incident' }],
  ['bestellfreigabe', 'en', 'count', 'how many user tasks in the Einkauf lane?', { count: { types: ['userTask'], lane: 'Einkauf' } }],
  ['juchu-shori', 'ja', 'compare', '一番タスクが多いレーンはどれ？', { mostLane: true }],
];

// Written at 12:48 UTC after the work on FRESH_2, before running any of these: the last honest measure.
/** FRESH_3 on its first run: 25/28 = 89.3 %. Misses: "over 1,000 €" for the branch "über 1.000 €" (cross-language
 *  comparison words), "Wer prüft die Bestellung?" read as "check my diagram", a lane's work described without the
 *  tasks inside its sub-process. */
export const FRESH_3_FIRST_RUN = { passed: 25, total: 28 };
export const FRESH_3: Question[] = [
  ['reisekosten', 'en', 'count', 'how many tasks does the Vorgesetzter lane have?', { count: { ...T, lane: 'Vorgesetzter' } }],
  ['reisekosten', 'de', 'before', 'Was muss alles vor der Erstattung passieren?', { upstream: 'Betrag erstatten' }],
  ['reisekosten', 'en', 'whatif', 'what if the amount is over 1,000 €?', { whatIf: ['Sonderfälle?', 'über 1.000 €'] }],
  ['reisekosten', 'ja', 'count', 'ユーザータスクは何個ありますか', { count: { types: ['userTask'] } }],
  ['reisekosten', 'de', 'lookup', 'Gibt es einen Schritt zum Hochladen von Belegen?', { find: 'Belege hochladen' }],
  ['invoice-signavio', 'en', 'lanes', 'who is in charge of converting currency?', { lane: 'Convert currency' }],
  ['invoice-signavio', 'en', 'compare', 'does Accounts payable have more tasks than Treasury?', { more: [{ ...T, lane: 'Accounts payable' }, { ...T, lane: 'Treasury' }] }],
  ['invoice-signavio', 'de', 'crosslang', 'Was passiert nach der Freigabe der Rechnung?', { next: 'Approve invoice' }],
  ['invoice-signavio', 'en', 'ends', 'what are the possible outcomes?', { ends: true }],
  ['invoice-signavio', 'en', 'reachability', 'Is there any dead or unreachable step?', { unreachable: true }],
  ['lieferkette', 'de', 'count', 'Wie viele Ereignisse hat der Kunde?', { count: { family: 'event', pool: 'Kunde' } }],
  ['lieferkette', 'en', 'messages', 'Who receives the Lieferung?', { messageTarget: 'Ware zustellen' }],
  ['lieferkette', 'de', 'whatif', 'Was passiert, wenn die Ware lieferbar ist?', { whatIf: ['Lieferbar?', 'ja'] }],
  ['lieferkette', 'ja', 'crosslang', '倉庫の仕事は何ですか', { laneWork: 'Lager' }],
  ['nyusha-tetsuzuki', 'ja', 'after', '署名済み契約書を受け取った後はどうなりますか', { next: '署名済み契約書を受領' }],
  ['nyusha-tetsuzuki', 'en', 'count', 'How many user tasks are in the 人事部 lane?', { count: { types: ['userTask'], lane: '人事部' } }],
  ['nyusha-tetsuzuki', 'ja', 'before', '入社準備完了の前には何がありますか', { prev: '入社準備完了' }],
  ['nyusha-tetsuzuki', 'ja', 'gateways', '辞退した？の分岐は？', { branches: '辞退した？' }],
  ['order-fulfilment', 'de', 'crosslang', 'Wer prüft die Bestellung?', { lane: 'Check order' }],
  ['order-fulfilment', 'en', 'reachability', 'Can Reject order lead to Ship order?', { reaches: ['Reject order', 'Ship order'] }],
  ['travel-booking', 'en', 'before', 'what needs to be done before sending the itinerary, all steps?', { upstream: 'Send itinerary' }],
  ['payment-reminder', 'en', 'lint', 'Are there any modelling issues?', { lint: true }],
  ['production-links', 'en', 'count', 'how many link events?', { count: { eventDef: 'link' } }],
  ['schadenmeldung', 'de', 'compare', 'Welcher Pool hat die meisten Aufgaben?', { mostPool: true }],
  ['loan-application', 'en', 'whatif', 'What if the loan is rejected?', { whatIf: ['Loan approved?', 'rejected'] }],
  ['incident-management', 'de', 'lanes', 'Was macht der 2nd level support?', { laneWork: '2nd level support' }],
  ['bestellfreigabe', 'ja', 'count', 'タスクはいくつありますか', { count: T }],
  ['customer-onboarding', 'en', 'loops', 'Does anything repeat?', { loops: true }],
];

// Written at 14:58 UTC on 1 Dec before the analyst was run on them or changed for them, over two diagrams in
// styles new to the fixtures (returns-handling: labels with line breaks and trailing blanks, a complex gateway;
// shuri-uketsuke: a Japanese collaboration with a sub-process, "semantic:" prefix, CRLF) plus older ones. Phrased
// as people type into a chat: whole polite sentences with context, fragments, typos, paraphrases that avoid the
// label's words, one language asking about labels in another.
export const FRESH_4: Question[] = [
  // ---------------------------------------------------------------- returns-handling (English)
  ['returns-handling', 'en', 'count', "Hi! I'm reviewing our returns process with my team — could you tell me how many tasks the warehouse people handle?", { count: { ...T, lane: 'Warehouse' } }],
  ['returns-handling', 'en', 'count', 'no. of send tasks', { count: { types: ['sendTask'] } }],
  ['returns-handling', 'de', 'count', 'Wie viele Gateways hat der Retourenprozess?', { count: { family: 'gateway' } }],
  ['returns-handling', 'en', 'lookup', 'do we ever throw returned items away?', { find: 'Dispose of item' }],
  ['returns-handling', 'en', 'lookup', 'Is there a step where the customer gets their money back?', { find: 'Refund payment' }],
  ['returns-handling', 'en', 'lookup', 'tell me about the 48 hours timer', { describe: '48 hours' }],
  ['returns-handling', 'en', 'after', 'What happens once the returned item has been inspected?', { next: 'Inspect returned\nitem' }],
  ['returns-handling', 'en', 'after', "what's next after we check whether the return is eligible?", { next: 'Check return\neligibility ' }],
  ['returns-handling', 'en', 'before', 'what comes right before the refund is paid out?', { prev: 'Refund payment' }],
  ['returns-handling', 'en', 'before', 'Everything that has to happen before we can put the item back into stock?', { upstream: 'Put item back\ninto stock' }],
  ['returns-handling', 'en', 'whatif', 'What if the item is broken?', { whatIf: ['Condition of item', 'broken'] }],
  ['returns-handling', 'en', 'whatif', 'suppose the customer declines the partial refund — then what?', { whatIf: ['Customer accepts?', 'declined'] }],
  ['returns-handling', 'en', 'whatif', 'What happens when a return is not within 30 days?', { whatIf: ['Within 30 days?', 'no'] }],
  ['returns-handling', 'en', 'gateways', "what type of gateway decides on the item's condition?", { gatewayKind: 'Condition of item' }],
  ['returns-handling', 'en', 'loops', 'Can the partial refund be offered more than once?', { loops: true }],
  ['returns-handling', 'en', 'reachability', 'Is every step reachable?', { unreachable: true }],
  ['returns-handling', 'en', 'reachability', 'After the rejection letter has gone out, is it still possible that we refund the payment?', { reaches: ['Send rejection\nletter', 'Refund payment'] }],
  ['returns-handling', 'en', 'ends', 'In how many ways can a return end?', { ends: true }],
  ['returns-handling', 'en', 'lanes', 'who decides whether a return is eligible?', { lane: 'Check return\neligibility ' }],
  ['returns-handling', 'en', 'lanes', 'What does Finance do here?', { laneWork: 'Finance' }],
  ['returns-handling', 'en', 'compare', 'which team has the most work in this process?', { mostLane: true }],
  ['returns-handling', 'en', 'compare', 'Are there more manual tasks than user tasks?', { more: [{ types: ['manualTask'] }, { types: ['userTask'] }] }],
  ['returns-handling', 'en', 'lint', 'Before I hand this in, is there anything wrong with the model?', { lint: true }],
  ['returns-handling', 'en', 'typos', 'waht happens if teh item is as new', { whatIf: ['Condition of item', 'as new'] }],
  ['returns-handling', 'en', 'paths', 'how many different routes are there from start to finish?', { paths: true }],
  ['returns-handling', 'en', 'paths', 'Can this process finish without the eligibility check?', { pathsAvoid: 'Check return\neligibility ' }],
  ['returns-handling', 'de', 'crosslang', 'Was passiert, wenn der Kunde das Angebot ablehnt?', { whatIf: ['Customer accepts?', 'declined'] }],
  ['returns-handling', 'de', 'crosslang', 'Wer erstattet das Geld?', { lane: 'Refund payment' }],
  ['returns-handling', 'ja', 'crosslang', '返品ラベルを送った後は何をしますか', { next: 'Email return label' }],
  ['returns-handling', 'en', 'needsModel', 'Could you draft a short customer FAQ explaining our returns policy based on this?', { needsModel: true }],

  // ---------------------------------------------------------------- shuri-uketsuke (Japanese collaboration)
  ['shuri-uketsuke', 'ja', 'count', '修理センターのタスクはいくつありますか', { count: { ...T, pool: '修理センター' } }],
  ['shuri-uketsuke', 'ja', 'count', '技術部の作業は何件？', { count: { ...T, lane: '技術部' } }],
  ['shuri-uketsuke', 'en', 'count', 'How many message flows are there between the customer and the repair centre?', { count: { collection: 'messageFlows' } }],
  ['shuri-uketsuke', 'ja', 'messages', '顧客と修理センターの間でどんなメッセージがやり取りされますか', { messages: true }],
  ['shuri-uketsuke', 'ja', 'messages', '見積書はどこに送られますか', { messageTarget: '見積書を送る' }],
  ['shuri-uketsuke', 'ja', 'after', '故障を診断した後は何をしますか', { next: '故障を診断する' }],
  ['shuri-uketsuke', 'ja', 'before', '修理品を返送する前に必要なことを全部教えてください', { upstream: '修理品を返送する' }],
  ['shuri-uketsuke', 'ja', 'lanes', '部品を交換するのはどの部署ですか', { lane: '部品を交換する' }],
  ['shuri-uketsuke', 'ja', 'whatif', '見積を承認しなかったらどうなりますか', { whatIf: ['見積を承認する？', 'いいえ'] }],
  ['shuri-uketsuke', 'en', 'reachability', 'Is it possible to get from 見積を確認する to 修理完了?', { reaches: ['見積を確認する', '修理完了'] }],
  ['shuri-uketsuke', 'en', 'pools', 'Which parties are involved?', { pools: true }],
  ['shuri-uketsuke', 'en', 'crosslang', 'What does the technical department do?', { laneWork: '技術部' }],
  ['shuri-uketsuke', 'de', 'crosslang', 'Wie viele Aufgaben hat der Kunde?', { count: { ...T, pool: '顧客' } }],
  ['shuri-uketsuke', 'en', 'crosslang', 'what happens if the customer approves the quote?', { whatIf: ['見積を承認する？', 'はい'] }],
  ['shuri-uketsuke', 'ja', 'lookup', '3日超過のイベントについて教えて', { describe: '3日超過' }],
  ['shuri-uketsuke', 'ja', 'ends', '終了イベントを全部教えて', { ends: true }],
  ['shuri-uketsuke', 'ja', 'lint', 'このモデルに問題はありますか', { lint: true }],
  ['shuri-uketsuke', 'de', 'loops', 'Gibt es in diesem Ablauf eine Wiederholung?', { loops: true }],
  ['shuri-uketsuke', 'en', 'gateways', 'are the gateways balanced?', { mismatches: true }],
  ['shuri-uketsuke', 'en', 'typos', 'how many taks does 修理センター have', { count: { ...T, pool: '修理センター' } }],

  // ---------------------------------------------------------------- older diagrams, new phrasings
  ['order-fulfilment', 'en', 'compare', 'Quick question — does Sales have more tasks than the Warehouse?', { more: [{ ...T, lane: 'Sales' }, { ...T, lane: 'Warehouse' }] }],
  ['lieferkette', 'en', 'crosslang', 'What happens after the goods are picked?', { next: 'Ware kommissionieren' }],
  ['reisekosten', 'en', 'crosslang', 'Who checks the expense report?', { lane: 'Abrechnung prüfen' }],
  ['juchu-shori', 'en', 'crosslang', 'What happens if the item is out of stock?', { whatIf: ['在庫はあるか？', 'いいえ'] }],
  ['juchu-shori', 'de', 'crosslang', 'Wer verpackt die Ware?', { lane: '梱包する' }],
  ['loan-application', 'ja', 'crosslang', '融資が却下されたらどうなりますか', { whatIf: ['Loan approved?', 'rejected'] }],
  ['bestellfreigabe', 'en', 'crosslang', 'who orders the goods in the end?', { lane: 'Bestellung auslösen' }],
  ['incident-management', 'en', 'reachability', 'Hello, can an incident that was handed to the vendor still get closed normally?', { reaches: ['Handed to vendor', 'Incident closed'] }],
  ['incident-management', 'de', 'lookup', 'Gibt es einen Schritt, in dem der Fehler behoben wird?', { find: 'Apply fix' }],
  ['order-fulfilment', 'en', 'typos', 'who pakcs teh goods', { lane: 'Pack goods' }],
];

/** FRESH_4 on its first run (14:48 UTC, before any change for it): 38/60 = 63.3 %. Per category: after 2/3,
 *  before 3/3, compare 2/3, count 5/6, crosslang 6/12, ends 2/2, gateways 1/2, lanes 2/3, lint 2/2, lookup 2/5,
 *  loops 1/2, messages 1/2, needsModel 1/1, paths 2/2, pools 0/1, reachability 2/4, typos 2/3, whatif 2/4.
 *  Misses: a fragment without a verb ("no. of send tasks"); paraphrased names — throw away → Dispose, money back →
 *  Refund, eligible → Check return eligibility, broken / declines / as new branches, partial refund offered again
 *  → a loop question read as a lookup; "is it still possible that …" read as a writing request; "who decides …"
 *  and "Who checks the expense report?" matched the wrong element or listed every lane; "which team has the most
 *  work" listed lanes instead of ranking; "Wer erstattet das Geld?", "technical department" (技術部), "customer
 *  approves the quote" (見積を承認する？), "out of stock" (在庫はあるか？ いいえ), "Fehler behoben" (Apply fix),
 *  "Angebot ablehnt" (declined) — cross-language words missing; "見積書はどこに送られますか" answered as a lookup, not
 *  the message's receiver; "Which parties are involved?" answered without a sentence; "are the gateways balanced?"
 *  with one split and no join listed gateways instead of "no mismatch"; "handed to the vendor … still get closed"
 *  described the end event instead of answering no. */
export const FRESH_4_FIRST_RUN = { passed: 38, total: 60 };
