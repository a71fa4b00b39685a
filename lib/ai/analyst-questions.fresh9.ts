// FRESH_9: a blind batch, written on 1 Dec 2026 between 21:10 and 21:55 UTC without reading the analyst's code
// (lib/ai/analyst*.ts, lib/bpmn/tools/{text,vocabulary,queries}.ts) or running it on these questions, and without
// reading the other batches' questions beyond their format. Almost all are over three diagrams in export styles new
// to the fixtures (e2e/fixtures/diagrams/generate-fresh9.ts): car-rental-yaoqiang (Yaoqiang BPMN Editor, default
// namespace, `_N` ids, English, lanes Counter / Inspection / Billing, link throw/catch, a re-inspection loop, a
// compensation boundary on "Charge card", an event-based gateway, a black-box customer pool) and its next revision
// car-rental-yaoqiang-v2; kita-platzvergabe-visio (Microsoft Visio-like, `Task.12` ids, German, pools Eltern /
// Jugendamt with message flows, an inclusive split joined by a complex gateway, a non-interrupting message boundary,
// an event sub-process); chintai-keiyaku-cardanit (Cardanit-like, `id-` + hex ids, Japanese, lanes 仲介会社 /
// 管理会社 / 保証会社, a default flow, a transaction with a cancel boundary, a terminate end, a task nothing leads to).
// About a fifth ask in one language about labels in another ("crosslang"). Facts are computed by the suite's oracle
// from its own parse; each was checked by hand against the XML (ORACLE_ONLY=1 prints them).
import type { Question } from './analyst-questions.data';

const T = { family: 'task' } as const;
const CAR = 'car-rental-yaoqiang', CAR2 = 'car-rental-yaoqiang-v2', KITA = 'kita-platzvergabe-visio', CH = 'chintai-keiyaku-cardanit';

/** FRESH_9 on its first and only honest run: 1 Dec 2026, 22:09 UTC, on main at 949ac72 ("[fresh89-ready]", the
 *  round's merged analyst work): **114/133 = 85.7 %**. Per language: en 44/53 (83 %), de 35/41 (85 %), ja 35/39 (90 %).
 *  Per category: after 6/9, before 6/6, changes 3/3, compare 5/5, count 14/15, crosslang 19/21, ends 3/3,
 *  gateways 8/8, lanes 8/8, lint 3/3, lookup 5/9, loops 3/3, messages 4/4, needsModel 2/3, paths 4/5, pools 3/3,
 *  reachability 5/9, typos 4/6, whatif 9/10.
 *  Misses (question → what was wrong); no expected fact was found wrong against the XML, none was changed:
 *  - car-rental-yaoqiang "I drew our car return process in Yaoqiang … How many tasks did I end up with?" → a
 *    reachability "No" (Car returned from Check in vehicle), no count
 *  - "The counter throws a link "To inspection" — where does the flow pick up again?" → describes the throw event,
 *    the catch "From counter" not named
 *  - "After we bill the customer's card, which activities can still follow?" → "couldn't find an element called …"
 *  - "Suppose the inspector finds a dent. What happens then?" → follows "Assessment clear?" yes, not "Damage found?"
 *  - "can a return end without photos of damage being taken?" → "No image is attached" ("photos" read as an image)
 *  - "is there a step where the money goes back to the customer's card?" → the loop report
 *  - "How long do we wait for the payment before something else happens?" → what comes before "Wait for payment"
 *  - kita-platzvergabe-visio "wie vile sachbearbeitungs aufgaben gibt es" → "Ja: Sachbearbeitung", no count
 *  - "Die Eltern haben den Bescheid bekommen – wie geht es für sie weiter?" → the parents' message flows
 *  - "Gibt es Elemente, die nie erreicht werden können?" → describes "Antrag einreichen", never "keine"
 *  - "Wenn Nachweise nachgefordert wurden, kann am Ende trotzdem noch eine Zusage rausgehen?" → "Nein", from
 *    "Absage versenden" instead of "Fehlende Nachweise anfordern"
 *  - "Kommt ein Kind, das auf die Warteliste gesetzt wurde, später noch zur Zusage?" → describes the task, no yes/no
 *  - "Gibt es einen Ereignis-Teilprozess? Wie heißt er?" → a name search for "gibt", "ereignis", … ("Nein")
 *  - "What happens when the parents are not offered a place?" (German labels) → "couldn't find an element called …"
 *  - chintai-keiyaku-cardanit 「保障会社のタスクは何こありますか」 → "can't answer" (保障 for 保証, 何こ)
 *  - 「お断りの連絡をしたあとで鍵を渡すことはありえる？」 → the direct successor, no yes/no
 *  - 「終了イベントのうち、プロセス全体を強制終了するものはどれ？」 → describes the pool
 *  - 「入居者向けに、契約までの流れをやさしい文章で説明してください」 → the structural overview, not "needs a language model"
 *  - "Is there a transaction in this process?" (Japanese labels) → "No", a name search for "transaction" */
export const FRESH_9_FIRST_RUN = { passed: 114, total: 133 };

export const FRESH_9: Question[] = [
  // ---------------------------------------------------------------- car-rental-yaoqiang (Yaoqiang export, English)
  [CAR, 'en', 'count', 'I drew our car return process in Yaoqiang and imported it here. How many tasks did I end up with?', { count: T }],
  [CAR, 'en', 'count', 'how many of those steps are done by a person (user tasks)?', { count: { types: ['userTask'] } }],
  [CAR, 'en', 'count', 'Billing lane — number of tasks?', { count: { ...T, lane: 'Billing' } }],
  [CAR, 'en', 'count', 'How many decision points or merges, i.e. gateways, are in the model?', { count: { family: 'gateway' } }],
  [CAR, 'en', 'count', 'how many events in total (start, intermediate, boundary, end)?', { count: { family: 'event' } }],
  [CAR, 'en', 'count', 'How many automated steps (service tasks) does the return have?', { count: { types: ['serviceTask'] } }],
  [CAR, 'en', 'typos', 'how mnay tasks does teh counter do', { count: { ...T, lane: 'Counter' } }],
  [CAR, 'en', 'typos', 'wat happens after the invocie is sent', { next: 'Send invoice' }],
  [CAR, 'en', 'typos', 'who is resposible for asessing the damage?', { lane: 'Assess damage' }],
  [CAR, 'en', 'after', 'Once the car has been checked in at the desk, what is the next step?', { next: 'Check in vehicle' }],
  [CAR, 'en', 'after', 'The counter throws a link "To inspection" — where does the flow pick up again?', { next: '__link:To inspection' }],
  [CAR, 'en', 'after', 'After we bill the customer\'s card, which activities can still follow?', { downstream: 'Charge card' }],
  [CAR, 'en', 'before', 'What happens right before the damage gets assessed?', { prev: 'Assess damage' }],
  [CAR, 'en', 'before', 'Everything that may have happened before the card is charged — can you list it?', { upstream: 'Charge card' }],
  [CAR, 'en', 'whatif', 'Suppose the inspector finds a dent. What happens then?', { whatIf: ['Damage found?', 'yes'] }],
  [CAR, 'en', 'whatif', 'If the card payment fails, what do we do?', { whatIf: ['Card payment successful?', 'no'] }],
  [CAR, 'en', 'whatif', 'and if the damage assessment isn\'t clear?', { whatIf: ['Assessment clear?', 'no'] }],
  [CAR, 'en', 'gateways', 'What kind of gateway is "Wait for payment"?', { gatewayKind: 'Wait for payment' }],
  [CAR, 'en', 'gateways', 'Which outcomes can we be waiting for after the invoice goes out?', { branches: 'Wait for payment' }],
  [CAR, 'en', 'gateways', 'Do any of my splits get joined by a gateway of a different kind?', { mismatches: true }],
  [CAR, 'en', 'loops', 'Can a car go through the inspection more than once?', { loops: true }],
  [CAR, 'en', 'reachability', 'Are there any elements that can never be reached from the start?', { unreachable: true }],
  [CAR, 'en', 'reachability', 'If a re-inspection gets requested, will we still get to calculating the charges at some point?', { reaches: ['Request re-inspection', 'Calculate charges'] }],
  [CAR, 'en', 'reachability', 'Once a case is with the collections agency, can the rental agreement still be closed normally?', { reaches: ['Hand over to collections agency', 'Close rental agreement'] }],
  [CAR, 'en', 'ends', 'What are the possible outcomes of a car return?', { ends: true }],
  [CAR, 'en', 'paths', 'How many different routes are there from the car coming back to an end?', { paths: true }],
  [CAR, 'en', 'paths', 'Is it possible to finish without ever charging the card?', { pathsAvoid: 'Charge card' }],
  [CAR, 'en', 'paths', 'can a return end without photos of damage being taken?', { pathsAvoid: 'Photograph damage' }],
  [CAR, 'en', 'lanes', 'Who closes the rental agreement?', { lane: 'Close rental agreement' }],
  [CAR, 'en', 'lanes', 'What does billing take care of?', { laneWork: 'Billing' }],
  [CAR, 'en', 'lanes', 'Which lanes does the rental station have?', { lanes: true }],
  [CAR, 'en', 'pools', 'Who are the participants in this collaboration?', { pools: true }],
  [CAR, 'en', 'messages', 'What do we send to the customer and what do we get back?', { messages: true }],
  [CAR, 'en', 'messages', 'Where does the invoice go?', { messageTarget: 'Send invoice' }],
  [CAR, 'en', 'compare', 'Does billing have more tasks than the counter?', { more: [{ ...T, lane: 'Billing' }, { ...T, lane: 'Counter' }] }],
  [CAR, 'en', 'compare', 'Which lane is the busiest?', { mostLane: true }],
  [CAR, 'en', 'lookup', 'There\'s a compensation event on the card charge, right? What is it attached to and what does it do?', { describe: 'Charge reversed' }],
  [CAR, 'en', 'lookup', 'is there a step where the money goes back to the customer\'s card?', { find: 'Refund card payment' }],
  [CAR, 'en', 'lookup', 'How long do we wait for the payment before something else happens?', { describe: '14 days passed' }],
  [CAR, 'en', 'lookup', 'Does the model use a business rule task anywhere?', { find: 'Calculate charges' }],
  [CAR, 'en', 'lint', 'Before I send this to the fleet manager — does the model have any modelling problems?', { lint: true }],
  [CAR, 'en', 'needsModel', 'Can you draft an email to the counter staff explaining the new return procedure?', { needsModel: true }],
  [CAR, 'de', 'crosslang', 'Was passiert, wenn kein Schaden gefunden wird?', { whatIf: ['Damage found?', 'no'] }],
  [CAR, 'de', 'crosslang', 'Wie viele Aufgaben hat die Lane Inspection?', { count: { ...T, lane: 'Inspection' } }],
  [CAR, 'de', 'crosslang', 'Gibt es eine Schleife im Rückgabeprozess?', { loops: true }],
  [CAR, 'ja', 'crosslang', '「Charge card」の後は何が起きますか？', { next: 'Charge card' }],
  [CAR, 'ja', 'crosslang', 'イベントベースゲートウェイはありますか？', { gatewayKind: 'Wait for payment' }],
  [CAR, 'ja', 'crosslang', 'このプロセスの終わり方を全部教えて', { ends: true }],

  // ---------------------------------------------------------------- car-rental-yaoqiang-v2 (next revision)
  [CAR2, 'en', 'changes', 'I reworked the return process a bit. What changed compared to the previous version?', { changes: CAR }],
  [CAR2, 'de', 'changes', 'Was hat sich seit der letzten Revision geändert?', { changes: CAR }],
  [CAR2, 'ja', 'changes', '前の版と比べて何が変わった？', { changes: CAR }],
  [CAR2, 'en', 'after', 'in the new version, what comes after calculating the charges?', { next: 'Calculate charges' }],

  // ---------------------------------------------------------------- kita-platzvergabe-visio (Visio export, German)
  [KITA, 'de', 'count', 'Ich habe den Ablauf der Kita-Platzvergabe aus Visio exportiert. Wie viele Aufgaben sind insgesamt drin?', { count: T }],
  [KITA, 'de', 'count', 'Wie viel Arbeit landet beim Jugendamt? Mir reicht die Zahl der Aufgaben.', { count: { ...T, pool: 'Jugendamt' } }],
  [KITA, 'de', 'count', 'wie viele Schritte machen die Eltern selbst?', { count: { ...T, pool: 'Eltern' } }],
  [KITA, 'de', 'count', 'Anzahl Nachrichtenflüsse?', { count: { collection: 'messageFlows' } }],
  [KITA, 'de', 'count', 'Wie viele Verzweigungen bzw. Gateways hat das Modell?', { count: { family: 'gateway' } }],
  [KITA, 'de', 'typos', 'wie vile sachbearbeitungs aufgaben gibt es', { count: { ...T, lane: 'Sachbearbeitung' } }],
  [KITA, 'de', 'typos', 'was pasiert nach dem punkte berechnen', { next: 'Punktzahl berechnen' }],
  [KITA, 'de', 'after', 'Die Eltern haben den Bescheid bekommen – wie geht es für sie weiter?', { next: 'Bescheid abwarten' }],
  [KITA, 'de', 'after', 'Was kann alles passieren, nachdem die Dringlichkeit eingeschätzt wurde?', { downstream: 'Dringlichkeit bewerten' }],
  [KITA, 'de', 'before', 'Was kommt direkt vor der Zuteilung des Platzes?', { prev: 'Platz zuteilen' }],
  [KITA, 'de', 'before', 'Welche Tätigkeiten können insgesamt vor der Platzzuteilung stattfinden?', { upstream: 'Platz zuteilen' }],
  [KITA, 'de', 'whatif', 'Was passiert, wenn im Antrag Unterlagen fehlen?', { whatIf: ['Unterlagen vollständig?', 'nein'] }],
  [KITA, 'de', 'whatif', 'Und wenn in der Wunsch-Kita nichts mehr frei ist?', { whatIf: ['Platz in Wunsch-Kita frei?', 'nein'] }],
  [KITA, 'de', 'whatif', 'Bei einem Härtefall – welcher Schritt folgt dann?', { whatIf: ['Welche Kriterien treffen zu?', 'Härtefall'] }],
  [KITA, 'de', 'gateways', 'Was für ein Gateway führt die Kriterien wieder zusammen?', { gatewayKind: 'Kriterien zusammenführen' }],
  [KITA, 'de', 'gateways', 'Werden irgendwo Zweige von einem Gateway eines anderen Typs zusammengeführt als dem, der sie aufgeteilt hat?', { mismatches: true }],
  [KITA, 'de', 'gateways', 'Welche Zweige hat die Prüfung der Kriterien?', { branches: 'Welche Kriterien treffen zu?' }],
  [KITA, 'de', 'loops', 'Kann es passieren, dass die Vollständigkeit mehrmals geprüft wird?', { loops: true }],
  [KITA, 'de', 'reachability', 'Gibt es Elemente, die nie erreicht werden können?', { unreachable: true }],
  [KITA, 'de', 'reachability', 'Wenn Nachweise nachgefordert wurden, kann am Ende trotzdem noch eine Zusage rausgehen?', { reaches: ['Fehlende Nachweise anfordern', 'Zusage versenden'] }],
  [KITA, 'de', 'reachability', 'Kommt ein Kind, das auf die Warteliste gesetzt wurde, später noch zur Zusage?', { reaches: ['Auf Warteliste setzen', 'Zusage versenden'] }],
  [KITA, 'de', 'ends', 'Auf welche Arten kann das Verfahren enden?', { ends: true }],
  [KITA, 'de', 'lanes', 'Wer teilt den Platz zu?', { lane: 'Platz zuteilen' }],
  [KITA, 'de', 'lanes', 'Was erledigt die Kita-Koordination?', { laneWork: 'Kita-Koordination' }],
  [KITA, 'de', 'pools', 'Welche Beteiligten gibt es in dem Diagramm?', { pools: true }],
  [KITA, 'de', 'messages', 'Welche Nachrichten gehen zwischen Eltern und Amt hin und her?', { messages: true }],
  [KITA, 'de', 'messages', 'Bei wem kommt der Antrag an, wenn die Eltern ihn abschicken?', { messageTarget: 'Antrag einreichen' }],
  [KITA, 'de', 'compare', 'Haben die Eltern mehr Aufgaben als das Jugendamt?', { more: [{ ...T, pool: 'Eltern' }, { ...T, pool: 'Jugendamt' }] }],
  [KITA, 'de', 'compare', 'Welcher Pool hat am meisten zu tun?', { mostPool: true }],
  [KITA, 'de', 'lookup', 'Was passiert genau, wenn Eltern ihren Antrag zurückziehen – woran hängt das Ereignis?', { describe: 'Eltern ziehen Antrag zurück' }],
  [KITA, 'de', 'lookup', 'Gibt es einen Ereignis-Teilprozess? Wie heißt er?', { find: 'Rechtsanspruch sichern' }],
  [KITA, 'de', 'lookup', 'Wird irgendwo ein Bonus für Geschwister vergeben?', { find: 'Geschwisterbonus vergeben' }],
  [KITA, 'de', 'lint', 'Kannst du das Modell auf Fehler prüfen?', { lint: true }],
  [KITA, 'de', 'needsModel', 'Formuliere bitte einen Elternbrief, der das Verfahren erklärt.', { needsModel: true }],
  [KITA, 'en', 'crosslang', 'The labels are German. How many tasks are in the Jugendamt pool?', { count: { ...T, pool: 'Jugendamt' } }],
  [KITA, 'en', 'crosslang', 'What happens after "Vollständigkeit prüfen"?', { next: 'Vollständigkeit prüfen' }],
  [KITA, 'en', 'crosslang', 'Is there an inclusive gateway? Which one?', { gatewayKind: 'Welche Kriterien treffen zu?' }],
  [KITA, 'en', 'crosslang', 'which messages flow between the two pools?', { messages: true }],
  [KITA, 'en', 'crosslang', 'What happens when the parents are not offered a place?', { whatIf: ['Platz angeboten?', 'nein'] }],
  [KITA, 'ja', 'crosslang', '「Zusage versenden」のメッセージはどこに届きますか？', { messageTarget: 'Zusage versenden' }],
  [KITA, 'ja', 'crosslang', 'レーンはいくつありますか？', { count: { collection: 'lanes' } }],
  [KITA, 'ja', 'crosslang', 'タイマーイベントは何個ある？', { count: { eventDef: 'timer' } }],

  // ---------------------------------------------------------------- chintai-keiyaku-cardanit (Cardanit export, Japanese)
  [CH, 'ja', 'count', 'Cardanitで作った賃貸契約のフローです。タスクは全部でいくつありますか？', { count: T }],
  [CH, 'ja', 'count', 'ユーザータスクの数は？', { count: { types: ['userTask'] } }],
  [CH, 'ja', 'count', '仲介会社が担当する作業はいくつ？', { count: { ...T, lane: '仲介会社' } }],
  [CH, 'ja', 'count', 'ゲートウェイは何個', { count: { family: 'gateway' } }],
  [CH, 'ja', 'typos', '保障会社のタスクは何こありますか', { count: { ...T, lane: '保証会社' } }],
  [CH, 'ja', 'after', '重要事項の説明が終わったら次は何をしますか？', { next: '重要事項を説明する' }],
  [CH, 'ja', 'after', '契約締結のトランザクションが終わった後はどうなる？', { next: '__subProcessOf:借主に署名捺印してもらう' }],
  [CH, 'ja', 'after', '重要事項説明のあと、最終的にどんな作業が起こりえますか？', { downstream: '重要事項を説明する' }],
  [CH, 'ja', 'before', '家賃保証の審査の前には何がありますか？', { prev: '家賃保証の審査を行う' }],
  [CH, 'ja', 'before', '鍵の引き渡しまでに行われる可能性のある作業を全部教えて', { upstream: '鍵を引き渡す' }],
  [CH, 'ja', 'whatif', '入居審査で否決されたらどうなりますか？', { whatIf: ['審査結果は？', '否決'] }],
  [CH, 'ja', 'whatif', '保証会社が承認しなかった場合は？', { whatIf: ['保証は承認された？', 'いいえ'] }],
  [CH, 'ja', 'whatif', '審査結果のデフォルトフローはどこへ行く？', { whatIf: ['審査結果は？', '承認'] }],
  [CH, 'ja', 'whatif', '初期費用がまだ入金されていなかったら？', { whatIf: ['初期費用は入金済み？', 'いいえ'] }],
  [CH, 'ja', 'gateways', '「審査結果は？」はどの種類のゲートウェイ？', { gatewayKind: '審査結果は？' }],
  [CH, 'ja', 'gateways', '分岐と合流のゲートウェイの種類が食い違っている箇所はある？', { mismatches: true }],
  [CH, 'ja', 'loops', '保証審査をやり直すループはありますか？', { loops: true }],
  [CH, 'ja', 'reachability', 'どこからもつながっていない、到達できない要素はありますか？', { unreachable: true }],
  [CH, 'ja', 'reachability', '連帯保証人を追加した場合でも、鍵の引き渡しまで進めますか？', { reaches: ['連帯保証人を追加してもらう', '鍵を引き渡す'] }],
  [CH, 'ja', 'reachability', 'お断りの連絡をしたあとで鍵を渡すことはありえる？', { reaches: ['お断りの連絡をする', '鍵を引き渡す'] }],
  [CH, 'ja', 'ends', 'このプロセスはどんな結末で終わりますか？', { ends: true }],
  [CH, 'ja', 'paths', '開始から終了までの経路は何通り？', { paths: true }],
  [CH, 'ja', 'paths', '重要事項説明をしないで終わるケースはある？', { pathsAvoid: '重要事項を説明する' }],
  [CH, 'ja', 'lanes', '入居審査はどの会社がやるの？', { lane: '入居審査を行う' }],
  [CH, 'ja', 'lanes', '保証会社は何をしますか？', { laneWork: '保証会社' }],
  [CH, 'ja', 'lanes', 'この図のレーンを教えてください', { lanes: true }],
  [CH, 'ja', 'pools', 'この図に出てくるプール（参加者）は？', { pools: true }],
  [CH, 'ja', 'lookup', '契約キャンセル時のイベントは何に付いていますか？', { describe: '契約がキャンセルされた' }],
  [CH, 'ja', 'lookup', '終了イベントのうち、プロセス全体を強制終了するものはどれ？', { find: '入居開始' }],
  [CH, 'ja', 'compare', '一番作業が多いレーンはどこ？', { mostLane: true }],
  [CH, 'ja', 'lint', 'このモデル、問題点ある？', { lint: true }],
  [CH, 'ja', 'needsModel', '入居者向けに、契約までの流れをやさしい文章で説明してください', { needsModel: true }],
  [CH, 'en', 'crosslang', 'The diagram is in Japanese. Which task is not connected to the start at all?', { unreachable: true }],
  [CH, 'en', 'crosslang', 'How many tasks does the 管理会社 lane have?', { count: { ...T, lane: '管理会社' } }],
  [CH, 'en', 'crosslang', 'Is there a transaction in this process?', { find: '契約締結' }],
  [CH, 'en', 'crosslang', 'who hands over the keys?', { lane: '鍵を引き渡す' }],
  [CH, 'de', 'crosslang', 'Was passiert nach 申込書の内容を確認する?', { next: '申込書の内容を確認する' }],
  [CH, 'de', 'crosslang', 'Wie viele Endereignisse gibt es im Diagramm insgesamt, inklusive der in der Transaktion?', { count: { types: ['endEvent'] } }],
  [CH, 'de', 'crosslang', 'Gibt es einen Weg ohne 入居審査を行う bis zum Ende?', { pathsAvoid: '入居審査を行う' }],
];
