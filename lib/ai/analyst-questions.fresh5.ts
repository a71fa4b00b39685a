// FRESH_5: a blind batch, written on 1 Dec 2026 between 14:50 and 15:30 UTC without reading the analyst's code or
// running it on these questions. Most are over three diagrams in export styles new to the fixtures
// (e2e/fixtures/diagrams/generate-fresh5.ts): refund-zeebe (Camunda 8, English, multi-line labels, inclusive
// gateways, boundary timer and error, non-interrupting event sub-process) and its next revision refund-zeebe-v2, reklamation-aris
// (ARIS/Trisotech-like, GUID ids, German, three pools with message flows) and toiawase-bonita (Bonita-like, EMF ids,
// Japanese, sub-process with a loop, link events); a few are over older fixtures. Facts are computed by the
// suite's oracle from its own parse; each was checked by hand against the XML (ORACLE_ONLY=1 prints them).
import type { Question } from './analyst-questions.data';

const T = { family: 'task' } as const;

/** FRESH_5 on its first and only honest run: 1 Dec 2026, 15:50 UTC, on main at 4167810 (the analyst work for
 *  FRESH_4 merged): **75/103 = 72.8 %**. Per language: en 31/42 (74 %), de 22/32 (69 %), ja 22/29 (76 %).
 *  Per category: after 6/8, before 1/4, changes 2/2, compare 3/4, count 14/16, crosslang 7/9, ends 2/4,
 *  gateways 6/7, lanes 6/7, lint 3/3, lookup 2/6, loops 2/3, messages 2/3, needsModel 2/2, paths 2/4, pools 1/1,
 *  reachability 4/7, typos 5/5, whatif 5/8.
 *  Misses (question → what was wrong); no expected fact was found wrong against the XML, none was changed:
 *  - refund-zeebe "…how many tasks does it contain altogether?" → first line lists the lanes ("team"), 11 only on line 2
 *  - "If the request is incomplete, where does it go?" → the step after the start, not the "details missing" branch
 *  - "and when the customer would rather have a voucher?" → "can't answer from the structure"
 *  - "What feeds into the review step? …" → the lint report
 *  - "Issuing the voucher — what does that set off further down the line?" → only the direct successor (no transitive list)
 *  - "Can a rejected request still end up with a refund payment?" → "Yes", reached from the start (ignored "rejected")
 *  - "Can a case go round in circles here, e.g. back to the review?" → the lint report
 *  - "What are all the possible outcomes of a refund request?" → a reachability answer about two end events
 *  - "Is there a step where someone escalates to a supervisor?" → the end event "Escalated", not the task
 *  - "timer on review?" → the lint report
 *  - "…can this process reach an end without ever running the refund payment?" → "No", a reachability answer
 *  - 「Refund payment」でエラーが起きたら次に何をしますか？ → the lint report
 *  - この返金プロセスはどんな結果で終わりますか？ → "can't answer from the structure"
 *  - reklamation-aris "…Wie viele Aufgaben hat der Kundenservice insgesamt?" → counted pool "Kunde" (1), not
 *    "Kundenservice Nord GmbH" (10)
 *  - "Welche Nachrichten gehen zwischen Kunde, Service und Spedition hin und her?" → only the Spedition's 2 flows
 *  - "In welche Bahnen ist der Kundenservice aufgeteilt?" → "0 lanes in pool Kunde"
 *  - "nach Erfassen?" → "no element named erfassen", asks back although Reklamation erfassen is the only match
 *  - "Was muss alles erledigt sein, bevor das Antwortschreiben rausgeht?" → no element "antwortschreiben rausgeht"
 *  - "Gibt es Schritte, die nie ausgeführt werden können?" → read as a name search ("kein Elementname enthält …")
 *  - "Wo wird geschaut, ob die Gewährleistung greift?" → "can't answer" (Gewährleistung ~ Garantieanspruch prüfen)
 *  - "Was hat es mit den 5 Tagen auf sich?" → "can't answer" (boundary timer "5 Tage überschritten")
 *  - "Bei wem liegt die meiste Arbeit – beim Kunden, beim Service oder bei der Spedition?" → describes pool Spedition
 *  - toiawase-bonita FAQを使わずに完了まで行けますか？ → "can't answer"
 *  - メールを送る前に必要なことを全部教えて → "needs a language model"
 *  - 解決しなかったらどうなる？ → followed the branch 解決 instead of 未解決
 *  - エスカレーションした後、お客様への回答メールまで進めますか？ → describes the link event, no yes/no
 *  - 分岐と合流でゲートウェイの種類が食い違っている箇所はある？ → lists the gateways, never says "none"
 *  - "Was passiert, nachdem die Antwort per E-Mail verschickt wurde?" (Japanese labels) → "needs a language model" */
export const FRESH_5_FIRST_RUN = { passed: 75, total: 103 };

export const FRESH_5: Question[] = [
  // ---------------------------------------------------------------- refund-zeebe (Camunda 8 export, English)
  ['refund-zeebe', 'en', 'count', "I'm reviewing our refund flow with the team before we deploy it to Camunda 8 — how many tasks does it contain altogether?", { count: T }],
  ['refund-zeebe', 'en', 'count', 'user tasks?', { count: { types: ['userTask'] } }],
  ['refund-zeebe', 'en', 'count', 'How many tasks does Customer Service own in this process?', { count: { ...T, lane: 'Customer Service' } }],
  ['refund-zeebe', 'en', 'count', 'number of boundary events on this model pls', { count: { types: ['boundaryEvent'] } }],
  ['refund-zeebe', 'en', 'count', 'How many tasks live inside the event subprocess for status enquiries?', { count: { ...T, pool: '__sub:Customer asks for status' } }],
  ['refund-zeebe', 'en', 'typos', 'how many gatways does the refnud process have', { count: { family: 'gateway' } }],
  ['refund-zeebe', 'en', 'gateways', "What kind of gateway is 'What else is needed?' — XOR or OR?", { gatewayKind: 'What else is needed?' }],
  ['refund-zeebe', 'en', 'gateways', 'Our architect says every split should be closed by a join of the same type. Does this diagram break that rule anywhere?', { mismatches: true }],
  ['refund-zeebe', 'en', 'whatif', "Suppose the customer isn't eligible. What's the next step then?", { whatIf: ['Eligible for refund?', 'no'] }],
  ['refund-zeebe', 'en', 'whatif', 'If the request is incomplete, where does it go?', { whatIf: ['Eligible for refund?', 'details missing'] }],
  ['refund-zeebe', 'en', 'whatif', 'and when the customer would rather have a voucher?', { whatIf: ['What else is needed?', 'voucher wanted'] }],
  ['refund-zeebe', 'en', 'after', 'Once the money has gone back to the customer, what happens?', { next: 'Refund payment' }],
  ['refund-zeebe', 'en', 'after', 'what follows receiving the returned item', { next: 'Receive returned\nitem' }],
  ['refund-zeebe', 'en', 'before', 'What feeds into the review step? I want every way you can land there.', { prev: 'Review refund\nrequest' }],
  ['refund-zeebe', 'en', 'before', 'Everything that has to be done before we notify the customer — list it all, not just the last step.', { upstream: 'Notify customer' }],
  ['refund-zeebe', 'en', 'after', 'Issuing the voucher — what does that set off further down the line?', { downstream: 'Issue store voucher' }],
  ['refund-zeebe', 'en', 'reachability', 'Are there any orphaned elements in this model that a token could never get to?', { unreachable: true }],
  ['refund-zeebe', 'en', 'reachability', 'Can a rejected request still end up with a refund payment?', { reaches: ['Send rejection\nemail', 'Refund payment'] }],
  ['refund-zeebe', 'en', 'reachability', 'is it possible to get from arranging the pickup to notifying the customer?', { reaches: ['Arrange return\npickup', 'Notify customer'] }],
  ['refund-zeebe', 'en', 'loops', 'Can a case go round in circles here, e.g. back to the review?', { loops: true }],
  ['refund-zeebe', 'en', 'ends', 'What are all the possible outcomes of a refund request?', { ends: true }],
  ['refund-zeebe', 'en', 'lanes', 'Which team issues the vouchers?', { lane: 'Issue store voucher' }],
  ['refund-zeebe', 'en', 'lanes', 'What is Logistics responsible for?', { laneWork: 'Logistics' }],
  ['refund-zeebe', 'en', 'lookup', 'Tell me more about the payment provider error event', { describe: 'Payment provider\nerror' }],
  ['refund-zeebe', 'en', 'lookup', 'Is there a step where someone escalates to a supervisor?', { find: 'Escalate to\nteam lead' }],
  ['refund-zeebe', 'en', 'lookup', 'timer on review?', { describe: '48 hours passed' }],
  ['refund-zeebe', 'en', 'compare', 'Are people doing more of the work than the automated services? Compare user tasks with service tasks.', { more: [{ types: ['userTask'] }, { types: ['serviceTask'] }] }],
  ['refund-zeebe', 'en', 'compare', 'which lane is the busiest?', { mostLane: true }],
  ['refund-zeebe', 'en', 'lint', 'Before I hand this over to the developers: are there modelling problems I should clean up?', { lint: true }],
  ['refund-zeebe', 'en', 'paths', 'How many distinct routes are there from the refund request to an end?', { paths: true }],
  ['refund-zeebe', 'en', 'paths', 'My colleague wonders: can this process reach an end without ever running the refund payment?', { pathsAvoid: 'Refund payment' }],
  ['refund-zeebe', 'en', 'typos', 'waht hapens if the item must be sent back', { whatIf: ['What else is needed?', 'item must be sent back'] }],
  ['refund-zeebe', 'en', 'needsModel', 'Can you write release notes for this process in a friendly tone?', { needsModel: true }],
  ['refund-zeebe', 'de', 'count', 'Wie viele Servicetasks gibt es in diesem Prozess?', { count: { types: ['serviceTask'] } }],
  ['refund-zeebe', 'de', 'crosslang', 'Was passiert, nachdem die Rückerstattung ausgezahlt wurde?', { next: 'Refund payment' }],
  ['refund-zeebe', 'de', 'crosslang', 'Welche Lane kümmert sich um die Abholung der zurückgeschickten Ware?', { lane: 'Arrange return\npickup' }],
  ['refund-zeebe', 'ja', 'crosslang', '「Refund payment」でエラーが起きたら次に何をしますか？', { next: 'Payment provider\nerror' }],
  ['refund-zeebe', 'ja', 'ends', 'この返金プロセスはどんな結果で終わりますか？', { ends: true }],
  ['refund-zeebe-v2', 'en', 'changes', "I just edited the diagram — what's different compared with the version you saw before?", { changes: 'refund-zeebe' }],
  ['refund-zeebe-v2', 'de', 'changes', 'Was habe ich seit vorhin geändert?', { changes: 'refund-zeebe' }],

  // ---------------------------------------------------------------- reklamation-aris (ARIS-like export, German, three pools)
  ['reklamation-aris', 'de', 'count', 'Hallo! Ich schaue mir gerade unsere Reklamationsbearbeitung an. Wie viele Aufgaben hat der Kundenservice insgesamt?', { count: { ...T, pool: 'Kundenservice Nord GmbH' } }],
  ['reklamation-aris', 'de', 'count', 'Anzahl Nachrichtenflüsse?', { count: { collection: 'messageFlows' } }],
  ['reklamation-aris', 'de', 'count', 'wie viele Sendeaufgaben?', { count: { types: ['sendTask'] } }],
  ['reklamation-aris', 'de', 'count', 'Aus wie vielen Pools besteht die Kollaboration?', { count: { collection: 'participants' } }],
  ['reklamation-aris', 'de', 'pools', 'Welche Parteien sind an diesem Ablauf beteiligt?', { pools: true }],
  ['reklamation-aris', 'de', 'messages', 'Welche Nachrichten gehen zwischen Kunde, Service und Spedition hin und her?', { messages: true }],
  ['reklamation-aris', 'de', 'messages', 'An wen geht die Nachricht, wenn wir die Abholung beauftragen?', { messageTarget: 'Abholung\nbeauftragen' }],
  ['reklamation-aris', 'en', 'crosslang', 'When the customer sends off the complaint, who receives it?', { messageTarget: 'Reklamation\nabschicken' }],
  ['reklamation-aris', 'de', 'after', 'Kurze Frage zur Kundenseite: Was macht der Kunde, nachdem er die Reklamation abgeschickt hat?', { next: 'Reklamation\nabschicken' }],
  ['reklamation-aris', 'de', 'lanes', 'Wer ist für die Gutschrift zuständig?', { lane: 'Gutschrift buchen' }],
  ['reklamation-aris', 'de', 'lanes', 'Was macht die Technik alles?', { laneWork: 'Technik' }],
  ['reklamation-aris', 'de', 'lanes', 'In welche Bahnen ist der Kundenservice aufgeteilt?', { lanes: true }],
  ['reklamation-aris', 'de', 'gateways', 'Gibt es irgendwo einen Split, der von einem Gateway anderen Typs wieder zusammengeführt wird?', { mismatches: true }],
  ['reklamation-aris', 'de', 'gateways', "Was für ein Gateway ist 'Garantiefall?'", { gatewayKind: 'Garantiefall?' }],
  ['reklamation-aris', 'de', 'whatif', 'Und wenn es kein Garantiefall ist?', { whatIf: ['Garantiefall?', 'nein'] }],
  ['reklamation-aris', 'de', 'after', 'Was passiert nach der Reparatur?', { next: 'Gerät reparieren' }],
  ['reklamation-aris', 'de', 'after', 'nach Erfassen?', { next: 'Reklamation\nerfassen' }],
  ['reklamation-aris', 'de', 'before', 'Was muss alles erledigt sein, bevor das Antwortschreiben rausgeht?', { upstream: 'Antwortschreiben\nversenden' }],
  ['reklamation-aris', 'de', 'reachability', 'Gibt es Schritte, die nie ausgeführt werden können?', { unreachable: true }],
  ['reklamation-aris', 'de', 'reachability', 'Kann ein Kostenvoranschlag später noch zu einer Gutschrift führen?', { reaches: ['Kostenvoranschlag\nsenden', 'Gutschrift buchen'] }],
  ['reklamation-aris', 'de', 'loops', 'Geht es irgendwo zurück zu einem früheren Schritt, also eine Wiederholung?', { loops: true }],
  ['reklamation-aris', 'de', 'ends', 'Auf welche Arten kann die Reklamation enden?', { ends: true }],
  ['reklamation-aris', 'de', 'lint', 'Bitte prüf mal das Modell auf Fehler.', { lint: true }],
  ['reklamation-aris', 'de', 'lookup', 'Wo wird geschaut, ob die Gewährleistung greift?', { find: 'Garantieanspruch\nprüfen' }],
  ['reklamation-aris', 'de', 'lookup', 'Was hat es mit den 5 Tagen auf sich?', { describe: '5 Tage überschritten' }],
  ['reklamation-aris', 'de', 'compare', 'Bei wem liegt die meiste Arbeit – beim Kunden, beim Service oder bei der Spedition?', { mostPool: true }],
  ['reklamation-aris', 'de', 'typos', 'wie vile Aufgabn hat die Buchaltung', { count: { ...T, lane: 'Buchhaltung' } }],
  ['reklamation-aris', 'ja', 'crosslang', '「Gerät reparieren」の直前には何がありますか？', { prev: 'Gerät reparieren' }],
  ['reklamation-aris', 'en', 'crosslang', 'How many tasks does the technical team have?', { count: { ...T, lane: 'Technik' } }],

  // ---------------------------------------------------------------- toiawase-bonita (Bonita-like export, Japanese)
  ['toiawase-bonita', 'ja', 'count', 'このプロセスにタスクはいくつありますか？サブプロセスの中も含めて。', { count: T }],
  ['toiawase-bonita', 'ja', 'count', 'ユーザータスクの数は？', { count: { types: ['userTask'] } }],
  ['toiawase-bonita', 'ja', 'count', '「技術調査」の中には何個のタスクがありますか', { count: { ...T, pool: '__sub:技術調査' } }],
  ['toiawase-bonita', 'ja', 'count', 'タイマーイベントはいくつ？', { count: { eventDef: 'timer' } }],
  ['toiawase-bonita', 'ja', 'count', '窓口レーンのタスク数を教えてください', { count: { ...T, lane: '窓口' } }],
  ['toiawase-bonita', 'ja', 'count', '上司にこの図を説明する前に確認したいのですが、ゲートウェイは全部でいくつありますか？', { count: { family: 'gateway' } }],
  ['toiawase-bonita', 'ja', 'paths', 'FAQを使わずに完了まで行けますか？', { pathsAvoid: 'FAQから回答を選ぶ' }],
  ['toiawase-bonita', 'ja', 'after', '回答を作成した後はどうなりますか？', { next: '回答を作成' }],
  ['toiawase-bonita', 'ja', 'after', '技術調査が終わったら次は？', { next: '__subProcessOf:調査完了' }],
  ['toiawase-bonita', 'ja', 'before', 'メールを送る前に必要なことを全部教えて', { upstream: '回答をメールで送信' }],
  ['toiawase-bonita', 'ja', 'whatif', '技術的な問題だった場合は？', { whatIf: ['技術的な問題？', 'はい'] }],
  ['toiawase-bonita', 'ja', 'whatif', '解決しなかったらどうなる？', { whatIf: ['解決済み？', '未解決'] }],
  ['toiawase-bonita', 'ja', 'loops', 'ループはありますか？例えば調査のやり直しなど', { loops: true }],
  ['toiawase-bonita', 'ja', 'reachability', '到達不能なノードがあれば教えてください', { unreachable: true }],
  ['toiawase-bonita', 'ja', 'reachability', 'エスカレーションした後、お客様への回答メールまで進めますか？', { reaches: ['品質保証へエスカレーション', '回答をメールで送信'] }],
  ['toiawase-bonita', 'ja', 'ends', 'このプロセスの終わり方を全部挙げてください', { ends: true }],
  ['toiawase-bonita', 'ja', 'lanes', 'ログ解析は誰の担当？', { lane: 'ログを解析' }],
  ['toiawase-bonita', 'ja', 'lanes', '品質保証チームは何をしますか？', { laneWork: '品質保証' }],
  ['toiawase-bonita', 'ja', 'gateways', '「技術的な問題？」の分岐先を教えて', { branches: '技術的な問題？' }],
  ['toiawase-bonita', 'ja', 'gateways', '分岐と合流でゲートウェイの種類が食い違っている箇所はある？', { mismatches: true }],
  ['toiawase-bonita', 'ja', 'lookup', '3営業日のタイマーは何に付いていますか？', { describe: '3営業日経過' }],
  ['toiawase-bonita', 'ja', 'paths', '開始から終了までの経路は何通り？', { paths: true }],
  ['toiawase-bonita', 'ja', 'lint', 'モデルに問題点はありますか？直すべきところを教えてください', { lint: true }],
  ['toiawase-bonita', 'ja', 'typos', 'ユーザタスクいくつ', { count: { types: ['userTask'] } }],
  ['toiawase-bonita', 'en', 'crosslang', 'Who handles the log analysis?', { lane: 'ログを解析' }],
  ['toiawase-bonita', 'de', 'crosslang', 'Was passiert, nachdem die Antwort per E-Mail verschickt wurde?', { next: '回答をメールで送信' }],
  ['toiawase-bonita', 'ja', 'needsModel', 'この図のラベルを全部英語に翻訳して', { needsModel: true }],

  // ---------------------------------------------------------------- older fixtures
  ['travel-booking', 'en', 'gateways', 'We open a parallel split for the bookings — is it closed by a different kind of gateway by mistake?', { mismatches: true }],
  ['travel-booking', 'en', 'typos', 'how many things get booked automaticaly (service tasks)?', { count: { types: ['serviceTask'] } }],
  ['loan-application', 'en', 'whatif', 'Suppose the risk comes out medium, what then?', { whatIf: ['Risk level?', 'medium risk'] }],
  ['loan-application', 'de', 'crosslang', 'Wer erstellt den Kreditvertrag?', { lane: 'Prepare loan contract' }],
  ['loan-application', 'en', 'compare', 'does risk management have more tasks than the front office?', { more: [{ ...T, lane: 'Risk management' }, { ...T, lane: 'Front office' }] }],
  ['payment-reminder', 'ja', 'messages', 'リマインダーは誰に送られますか？', { messageTarget: 'Send reminder' }],
  ['payment-reminder', 'en', 'whatif', 'What happens after two reminders have already gone out?', { whatIf: ['Already reminded twice?', 'yes'] }],
];
