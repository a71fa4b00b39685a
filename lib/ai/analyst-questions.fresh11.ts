// FRESH_11: a blind batch, written on 2 Dec 2026 between 00:35 and 01:30 UTC without reading the analyst's code
// (lib/ai/analyst*.ts, lib/bpmn/tools/{text,vocabulary,queries}.ts) or running it on these questions, and without
// reading the other batches' questions beyond their format. Almost all are over three diagrams in export styles new
// to the fixtures (e2e/fixtures/diagrams/generate-fresh11.ts): lost-baggage-cameo (Cameo Systems Modeler /
// MagicDraw-like, `bpmn2:` prefix, MagicDraw ids, English; an airline lost-baggage claim with lanes Passenger /
// Baggage Service Desk / Tracing Team / Claims, a call activity with a non-interrupting timer boundary, an
// event-based gateway "bag found" vs. 21 days, a default flow, a receipts loop, a terminate end) and its next revision
// lost-baggage-cameo-v2; fundbuero-appian (Appian-like UUIDs, German; a lost-property office with lanes Schalter /
// Verwaltung / Lager, an inclusive split and join, a six-month timer boundary on a receive task, a proof loop, a
// signal throw, data objects, a data store and text annotations); toshokan-yoyaku-miro (Miro-like board ids,
// Japanese; a library reservation with pools 利用者 / 図書館 and four message flows, a sub-process, a seven-day timer
// boundary, an extension loop, an escalation end, a task nothing leads to). Facts are computed by the suite's oracle
// from its own parse; each was checked by hand against the XML (ORACLE_ONLY=1 prints them).
import type { Question } from './analyst-questions.data';

const T = { family: 'task' } as const;
const BAG = 'lost-baggage-cameo', BAG2 = 'lost-baggage-cameo-v2', FUND = 'fundbuero-appian', LIB = 'toshokan-yoyaku-miro';

/** FRESH_11 on its first and only honest run: 2 Dec 2026, 01:54 UTC, on main at 32a4247 (after "[fresh10-ready]",
 *  the round's merged analyst work): **110/138 = 79.7 %**. Per language: en 41/53 (77 %), de 36/44 (82 %), ja 33/41 (80 %).
 *  Per category: after 4/8, before 7/8, changes 3/3, compare 4/5, count 15/17, crosslang 17/21, ends 3/3, gateways 8/8, lanes 11/11, lint 2/3, lookup 4/8, loops 3/3, messages 3/4, needsModel 3/3, paths 3/6, pools 3/3, reachability 6/7, typos 4/6, whatif 7/11.
 *  Misses (question → what was wrong; the answer's first line); no expected fact was found wrong against the XML, none
 *  was changed:
 *  - [count] lost-baggage-cameo "how many things does the claims team have to do" → expected the count 5 in the first line; answered: There are **9 elements** in lane **Claims** (`_2022x_2_8a7027a_1701083320370_176360_4100`) (2 end events, 2 ex
 *  - [lookup] lost-baggage-cameo "tell me about the reminder that fires while the trace is running" → expected _2022x_2_8a7027a_1701059952986_564035_2321 cited; answered: The work of lane **Tracing Team** (`_2022x_2_8a7027a_1701083359200_578853_2273`) (pool **Lost baggage handling
 *  - [after] lost-baggage-cameo "what happens after the passenger confirms they got their bag back" → expected _2022x_2_8a7027a_1701064877034_537204_2191 cited; answered: After **Bag found** (`_2022x_2_8a7027a_1701006187142_581193_5755`) comes **Deliver bag to passenger** (`_2022x
 *  - [after] lost-baggage-cameo "After we give up on the bag, what work is still left to do?" → expected _2022x_2_8a7027a_1701089346641_117840_4179, _2022x_2_8a7027a_1701020197256_381432_8394, _2022x_2_8a7027a_1701041257791_589868_2629, _2022x_2_8a7027a_1701001614072_687769_5129, _2022x_2_8a7027a_1701002882224_777534_4555 cited; answered: After **Bag found** (`_2022x_2_8a7027a_1701006187142_581193_5755`) comes **Deliver bag to passenger** (`_2022x
 *  - [whatif] lost-baggage-cameo "Suppose the claim comes in without all the receipts. Then what?" → expected _2022x_2_8a7027a_1701041257791_589868_2629 cited; answered: Yes — it can end without **Collect claim form and receipts** (`_2022x_2_8a7027a_1701089346641_117840_4179`), a
 *  - [whatif] lost-baggage-cameo "If the suitcase never shows up, what does the process do after three weeks?" → expected _2022x_2_8a7027a_1701026666834_301833_4651 cited; answered: After **Remind passenger** (`_2022x_2_8a7027a_1701059952986_564035_2321`) comes **Send status update to passen
 *  - [compare] lost-baggage-cameo "Does Claims have more tasks than the service desk?" → expected both counts 5 and 4 in the first line; answered: The work of lane **Claims** (`_2022x_2_8a7027a_1701083320370_176360_4100`) (pool **Lost baggage handling** (`_
 *  - [typos] lost-baggage-cameo "wat happens after delcare bag lost" → expected _2022x_2_8a7027a_1701089346641_117840_4179 cited; answered: After **Bag found** (`_2022x_2_8a7027a_1701006187142_581193_5755`) comes **Deliver bag to passenger** (`_2022x
 *  - [typos] lost-baggage-cameo "whos responsable for the irregulrity report" → expected lane _2022x_2_8a7027a_1701049629338_799463_5205 cited; answered: The work of lane **Claims** (`_2022x_2_8a7027a_1701083320370_176360_4100`) (pool **Lost baggage handling** (`_
 *  - [paths] lost-baggage-cameo "is it possible to get all the way through without handing out a kit?" → expected yes; answered: 8 paths from start to end:
 *  - [lookup] fundbuero-appian "Wo wird die abgegebene Sache aufgenommen?" → expected _a-ced26729-82c8-8000-dc4d-a705361fc4be_179 cited; answered: Ja: **Fundsache abgegeben** (`_a-e2cebba4-773d-8000-1c3e-ad21d8dc8545_175`).
 *  - [lookup] fundbuero-appian "Kommt irgendwo ein Signal vor?" → expected _a-3bbb9b4c-0297-8000-552b-d32232920a42_220 cited; answered: Das kann ich aus der Struktur des Diagramms allein nicht beantworten. Ich kann Elemente zählen und auflisten (
 *  - [whatif] fundbuero-appian "Angenommen, der Finder will die Sache gar nicht haben – was dann?" → expected _a-aca2b448-13b9-8000-8983-2d396b73ca79_231 cited; answered: Nein — kein Elementname enthält „angenommen“ oder „will“ oder „sache“ oder „nicht“ oder „haben“ oder „dann“.
 *  - [reachability] fundbuero-appian "Kann eine schon versteigerte Sache danach noch gegen Gebühr rausgegeben werden?" → expected no; answered: Nach **Fundsache versteigern** (`_a-aca2b448-13b9-8000-8983-2d396b73ca79_231`) kommt **Fundsache versteigert**
 *  - [paths] fundbuero-appian "Wie viele mögliche Abläufe gibt es vom Start bis zum Ende?" → expected 9 paths in the first line; answered: Es gibt **12 Aufgaben** (5 Benutzeraufgaben, 3 manuelle Aufgaben, 1 Empfangsaufgabe, 1 Sendeaufgabe, 1 Service
 *  - [paths] fundbuero-appian "Kommt man auch ohne Gebühr bis zum Ende durch?" → expected yes; answered: Das kann ich aus der Struktur des Diagramms allein nicht beantworten. Ich kann Elemente zählen und auflisten (
 *  - [crosslang] fundbuero-appian "is there any way to reach an end without the fee ever being charged?" → expected yes; answered: The process can end in 3 ways:
 *  - [crosslang] fundbuero-appian "落とし物を競売にかける前には何がありますか？" → expected _a-4b15bd86-cf09-8000-8ff9-7300952fefc5_224 cited; answered: 図の中に"は何がありますか"という要素は見つかりません。名前のある要素：**Fundsache abgegeben** (`_a-e2cebba4-773d-8000-1c3e-ad21d8dc8545_175`)、**
 *  - [count] toshokan-yoyaku-miro "りようしゃのタスクはいくつ" → expected the count 4 in the first line; answered: **タスク 14個**あります（受信タスク 3個、送信タスク 3個、ユーザータスク 3個、手動タスク 2個、サービスタスク 2個、タスク 1個）（うち2個は**取り置き処理** (`id_3458764762293787
 *  - [lookup] toshokan-yoyaku-miro "7日のタイマーについて教えて" → expected host id_3458764171225068998 cited; answered: **タイマーイベント 1個**あります：**取り置き期限（7日）** (`id_3458764834452462993`)。
 *  - [after] toshokan-yoyaku-miro "本を書庫から出したら、次はどうなる？" → expected id_3458764762293787566 cited; answered: 図の中に"どうなる"という要素は見つかりません。名前のある要素：**読みたい本が貸出中** (`id_3458764763681888411`)、**ウェブで予約を申し込む** (`id_3458764327297238
 *  - [after] toshokan-yoyaku-miro "よやくだなにおいたあと、なにをする？" → expected id_3458764647218951428 cited; answered: 図の中に"なにをする"という要素は見つかりません。名前のある要素：**読みたい本が貸出中** (`id_3458764763681888411`)、**ウェブで予約を申し込む** (`id_345876432729723
 *  - [before] toshokan-yoyaku-miro "貸し出しにたどり着くまでにやる作業を全部あげて" → expected id_3458764171225068998, id_3458764762293787566, id_3458764625768199300, id_3458764381786567537, id_3458764675517489972, id_3458764349759650727 cited; answered: **予約を受け付けた** (`id_3458764611815056576`)は開始イベントなので、その前には何もありません。
 *  - [whatif] toshokan-yoyaku-miro "本がほかの人に借りられていたらどうなる？" → expected id_3458764675517489972 cited; answered: **本を借りた** (`id_3458764891020277824`)は（**利用者** (`id_3458764182219652061`)）の終了イベントです。
 *  - [messages] kita-platzvergabe-visio "Was schicken sich Eltern und Jugendamt gegenseitig zu?" → expected messages Nachforderung, Zusagebescheid, Absagebescheid; answered: Von **Eltern** (`Pool_Lane.2`) an **Jugendamt** (`Pool_Lane.4`) gehen 2 Nachrichtenflüsse:
 *  - [lint] toshokan-yoyaku-miro "このモデル、直したほうがいいところある？" → expected 4 problems in the first line; answered: 図の構造だけではその質問には答えられません。要素を種類・レーン・プール別に数えて一覧にし、ステップの前後や分岐した場合に何が起こるか、経路、終わり方、ループ、レーン、プール、メッセージフロー、ゲートウェイ、到達できない要
 *  - [crosslang] toshokan-yoyaku-miro "how many tasks does the library have?" → expected the count 10 in the first line; answered: There are **14 tasks** (3 receive tasks, 3 send tasks, 3 user tasks, 2 manual tasks, 2 service tasks, 1 task) 
 *  - [crosslang] toshokan-yoyaku-miro "Wie viele Empfangsaufgaben hat die Bibliothek?" → expected the count 2 in the first line; answered: Es gibt **3 Empfangsaufgaben**: **取り置きの連絡を待つ** (`id_3458764241077538124`), **返却を待つ** (`id_3458764675517489972` */
export const FRESH_11_FIRST_RUN = { passed: 110, total: 138 };

export const FRESH_11: Question[] = [
  // ---------------------------------------------------------------- lost-baggage-cameo (Cameo / MagicDraw, English)
  [BAG, 'en', 'count', 'We exported our lost luggage process from Cameo and loaded it here. How many tasks are in it altogether?', { count: T }],
  [BAG, 'en', 'count', 'how many things does the claims team have to do', { count: { ...T, lane: 'Claims' } }],
  [BAG, 'en', 'count', 'number of end events?', { count: { types: ['endEvent'] } }],
  [BAG, 'en', 'count', 'Does a system do any of this on its own? Count the service tasks for me.', { count: { types: ['serviceTask'] } }],
  [BAG, 'en', 'count', 'how many timers r in this', { count: { eventDef: 'timer' } }],
  [BAG, 'en', 'count', 'How many swimlanes did we draw?', { count: { collection: 'lanes' } }],
  [BAG, 'en', 'lookup', 'Which step is the paperwork the desk fills in when a suitcase goes missing?', { find: 'Create property irregularity report' }],
  [BAG, 'en', 'lookup', 'tell me about the reminder that fires while the trace is running', { describe: 'Remind passenger' }],
  [BAG, 'en', 'lookup', 'is there a call activity in here? which one?', { find: 'Trace bag worldwide' }],
  [BAG, 'en', 'after', 'Once the bag has turned up, what is the next step?', { next: 'Bag found' }],
  [BAG, 'en', 'after', 'what happens after the passenger confirms they got their bag back', { next: 'Confirm receipt of bag' }],
  [BAG, 'en', 'after', 'After we give up on the bag, what work is still left to do?', { downstream: 'Declare bag lost' }],
  [BAG, 'en', 'before', 'what comes right before we pay out?', { prev: 'Pay compensation' }],
  [BAG, 'en', 'before', 'What has to happen before the claims team collects the form and receipts?', { prev: 'Collect claim form and receipts' }],
  [BAG, 'en', 'before', 'Which activities can come before compensation is assessed? All of them, please', { upstream: 'Assess compensation' }],
  [BAG, 'en', 'whatif', "if the passenger doesn't need any essentials, where does it go?", { whatIf: ['Passenger needs essentials?', 'no'] }],
  [BAG, 'en', 'whatif', 'Suppose the claim comes in without all the receipts. Then what?', { whatIf: ['Claim complete?', 'no'] }],
  [BAG, 'en', 'whatif', 'what if we turn the claim down', { whatIf: ['Claim approved?', 'rejected'] }],
  [BAG, 'en', 'whatif', 'If the suitcase never shows up, what does the process do after three weeks?', { next: '21 days passed' }],
  [BAG, 'en', 'gateways', "What kind of gateway is 'Wait for trace result'?", { gatewayKind: 'Wait for trace result' }],
  [BAG, 'en', 'gateways', 'what are the options at "Passenger needs essentials?"', { branches: 'Passenger needs essentials?' }],
  [BAG, 'en', 'gateways', "Is there a split that's merged again by a different kind of gateway?", { mismatches: true }],
  [BAG, 'en', 'loops', 'Can a claim end up going round in circles?', { loops: true }],
  [BAG, 'en', 'reachability', 'any dead or unreachable steps in this one?', { unreachable: true }],
  [BAG, 'en', 'reachability', "Can a bag that's been declared lost still get delivered to the passenger?", { reaches: ['Declare bag lost', 'Deliver bag to passenger'] }],
  [BAG, 'en', 'reachability', 'does a reminder to the passenger ever lead to a payout?', { reaches: ['Remind passenger', 'Pay compensation'] }],
  [BAG, 'en', 'ends', 'How can this whole thing finish?', { ends: true }],
  [BAG, 'en', 'lanes', 'who brings the suitcase back to the traveller?', { lane: 'Deliver bag to passenger' }],
  [BAG, 'en', 'lanes', 'Who pays the money?', { lane: 'Pay compensation' }],
  [BAG, 'en', 'lanes', 'what does the tracing team actually do', { laneWork: 'Tracing Team' }],
  [BAG, 'en', 'lanes', 'list the lanes please', { lanes: true }],
  [BAG, 'en', 'pools', 'Which participants does this diagram have?', { pools: true }],
  [BAG, 'en', 'compare', 'Does Claims have more tasks than the service desk?', { more: [{ ...T, lane: 'Claims' }, { ...T, lane: 'Baggage Service Desk' }] }],
  [BAG, 'en', 'compare', 'which lane carries the most work?', { mostLane: true }],
  [BAG, 'en', 'lint', 'Anything I should clean up before I send this to the ops team?', { lint: true }],
  [BAG, 'en', 'typos', 'how many usr tasks ar there', { count: { types: ['userTask'] } }],
  [BAG, 'en', 'typos', 'wat happens after delcare bag lost', { next: 'Declare bag lost' }],
  [BAG, 'en', 'typos', 'whos responsable for the irregulrity report', { lane: 'Create property irregularity report' }],
  [BAG, 'en', 'paths', 'How many different routes are there from start to finish?', { paths: true }],
  [BAG, 'en', 'paths', 'can the process finish without anyone writing the property irregularity report?', { pathsAvoid: 'Create property irregularity report' }],
  [BAG, 'en', 'paths', 'is it possible to get all the way through without handing out a kit?', { pathsAvoid: 'Hand out overnight kit' }],
  [BAG, 'en', 'needsModel', 'Draft an apology email to a passenger whose bag is lost, based on this process', { needsModel: true }],
  [BAG, 'de', 'crosslang', 'Wer zahlt die Entschädigung aus?', { lane: 'Pay compensation' }],
  [BAG, 'de', 'crosslang', 'Wie viele Aufgaben hat das Team Claims?', { count: { ...T, lane: 'Claims' } }],
  [BAG, 'de', 'crosslang', 'Was passiert, wenn der Koffer gefunden wurde?', { next: 'Bag found' }],
  [BAG, 'ja', 'crosslang', '荷物が見つからないまま21日たったら、次に何をしますか？', { next: '21 days passed' }],
  [BAG, 'ja', 'crosslang', 'このプロセスのタスクはいくつ？', { count: T }],
  [BAG, 'ja', 'crosslang', '補償金を払うのはどのレーン？', { lane: 'Pay compensation' }],
  [BAG2, 'en', 'changes', 'what did I change since the last version?', { changes: BAG }],
  [BAG2, 'de', 'changes', 'Was ist seit der letzten Fassung anders?', { changes: BAG }],
  [BAG2, 'ja', 'changes', '前のリビジョンから何が変わりましたか？', { changes: BAG }],

  // ---------------------------------------------------------------- fundbuero-appian (Appian, German)
  [FUND, 'de', 'count', 'Wie viele Aufgaben hat das Fundbüro insgesamt?', { count: T }],
  [FUND, 'de', 'count', 'wieviele schritte erledigt die Verwaltung', { count: { ...T, lane: 'Verwaltung' } }],
  [FUND, 'de', 'count', 'Gibt es hier inklusive Gateways, und wenn ja wie viele?', { count: { types: ['inclusiveGateway'] } }],
  [FUND, 'de', 'count', 'Wie viele Tätigkeiten werden von Hand erledigt (manuelle Aufgaben)?', { count: { types: ['manualTask'] } }],
  [FUND, 'de', 'count', 'wie viele Endereignisse hat das Modell', { count: { types: ['endEvent'] } }],
  [FUND, 'de', 'lookup', 'Wo wird die abgegebene Sache aufgenommen?', { find: 'Fundsache erfassen' }],
  [FUND, 'de', 'lookup', 'Was hat es mit der Frist von einem halben Jahr auf sich?', { describe: 'Aufbewahrungsfrist 6 Monate abgelaufen' }],
  [FUND, 'de', 'lookup', 'Kommt irgendwo ein Signal vor?', { find: 'Lagerplatz frei' }],
  [FUND, 'de', 'after', 'Was passiert, nachdem die Gebühr bezahlt ist?', { next: 'Gebühr kassieren' }],
  [FUND, 'de', 'after', 'was kommt nach dem Einlagern', { next: 'Fundsache einlagern' }],
  [FUND, 'de', 'before', 'Was muss passiert sein, bevor wir die Sache rausgeben?', { prev: 'Fundsache herausgeben' }],
  [FUND, 'de', 'before', 'Von wo kommt man zu "Auf Eigentümer warten"?', { prev: 'Auf Eigentümer warten' }],
  [FUND, 'de', 'whatif', 'Was passiert, wenn sich der Eigentümer nie meldet?', { downstream: 'Aufbewahrungsfrist 6 Monate abgelaufen' }],
  [FUND, 'de', 'whatif', 'Was, wenn der Nachweis nicht reicht?', { whatIf: ['Nachweis ausreichend?', 'nein'] }],
  [FUND, 'de', 'whatif', 'Angenommen, der Finder will die Sache gar nicht haben – was dann?', { whatIf: ['Finder erhebt Anspruch?', 'nein'] }],
  [FUND, 'de', 'whatif', 'Wie geht es weiter, wenn es sich um einen Wertgegenstand handelt?', { whatIf: ['Welche Hinweise liegen vor?', 'Wertgegenstand'] }],
  [FUND, 'de', 'gateways', "Was für ein Gateway ist 'Welche Hinweise liegen vor?'", { gatewayKind: 'Welche Hinweise liegen vor?' }],
  [FUND, 'de', 'gateways', 'Welche Zweige gehen von "Welche Hinweise liegen vor?" ab?', { branches: 'Welche Hinweise liegen vor?' }],
  [FUND, 'de', 'gateways', 'Wird irgendwo eine Verzweigung von einem Gateway anderen Typs wieder zusammengeführt?', { mismatches: true }],
  [FUND, 'de', 'loops', 'Kann es sein, dass wir mehrmals auf den Eigentümer warten müssen?', { loops: true }],
  [FUND, 'de', 'reachability', 'Gibt es Schritte, zu denen man nie hinkommt?', { unreachable: true }],
  [FUND, 'de', 'reachability', 'Kann eine schon versteigerte Sache danach noch gegen Gebühr rausgegeben werden?', { reaches: ['Fundsache versteigern', 'Gebühr kassieren'] }],
  [FUND, 'de', 'ends', 'Auf welche Arten kann so ein Fall ausgehen?', { ends: true }],
  [FUND, 'de', 'lanes', 'Wer versteigert die Sachen?', { lane: 'Fundsache versteigern' }],
  [FUND, 'de', 'lanes', 'Wer nimmt das Geld entgegen?', { lane: 'Gebühr kassieren' }],
  [FUND, 'de', 'lanes', 'Was macht das Lager alles?', { laneWork: 'Lager' }],
  [FUND, 'de', 'lanes', 'Welche Bahnen hat das Diagramm?', { lanes: true }],
  [FUND, 'de', 'pools', "Welche Pools gibt's?", { pools: true }],
  [FUND, 'de', 'compare', 'Hat die Verwaltung mehr Aufgaben als der Schalter?', { more: [{ ...T, lane: 'Verwaltung' }, { ...T, lane: 'Schalter' }] }],
  [FUND, 'de', 'lint', 'Ist das Modell so in Ordnung oder muss ich noch was korrigieren?', { lint: true }],
  [FUND, 'de', 'typos', 'wie viele benutzeraufgabn gibts', { count: { types: ['userTask'] } }],
  [FUND, 'de', 'typos', 'was pasiert nach eigentümer ermiteln', { next: 'Eigentümer ermitteln' }],
  [FUND, 'de', 'paths', 'Wie viele mögliche Abläufe gibt es vom Start bis zum Ende?', { paths: true }],
  [FUND, 'de', 'paths', 'Kommt man auch ohne Gebühr bis zum Ende durch?', { pathsAvoid: 'Gebühr kassieren' }],
  [FUND, 'de', 'needsModel', 'Schreib mir bitte einen Aushang für die Bürger, wie das Fundbüro arbeitet', { needsModel: true }],
  [FUND, 'en', 'crosslang', 'who puts the found item into storage?', { lane: 'Fundsache einlagern' }],
  [FUND, 'en', 'crosslang', 'what happens after Eigentümer anschreiben?', { next: 'Eigentümer anschreiben' }],
  [FUND, 'en', 'crosslang', 'is there any way to reach an end without the fee ever being charged?', { pathsAvoid: 'Gebühr kassieren' }],
  [FUND, 'ja', 'crosslang', '「Gebühr kassieren」はどのレーンの担当ですか？', { lane: 'Gebühr kassieren' }],
  [FUND, 'ja', 'crosslang', '落とし物を競売にかける前には何がありますか？', { prev: 'Fundsache versteigern' }],
  [FUND, 'ja', 'crosslang', 'ユーザータスクはいくつありますか？', { count: { types: ['userTask'] } }],

  // ---------------------------------------------------------------- toshokan-yoyaku-miro (Miro, Japanese)
  [LIB, 'ja', 'count', 'タスクは全部でいくつありますか？', { count: T }],
  [LIB, 'ja', 'count', '図書館側のタスクは何個？', { count: { ...T, pool: '図書館' } }],
  [LIB, 'ja', 'count', 'りようしゃのタスクはいくつ', { count: { ...T, pool: '利用者' } }],
  [LIB, 'ja', 'count', 'メッセージフローはいくつありますか', { count: { collection: 'messageFlows' } }],
  [LIB, 'ja', 'count', '取り置き処理の中にタスクはいくつある？', { count: { ...T, pool: '__sub:取り置き処理' } }],
  [LIB, 'ja', 'count', 'ゲートウェイの数は？', { count: { family: 'gateway' } }],
  [LIB, 'ja', 'lookup', '統計をつけているステップはありますか？', { find: '予約統計を更新する' }],
  [LIB, 'ja', 'lookup', '7日のタイマーについて教えて', { describe: '取り置き期限（7日）' }],
  [LIB, 'ja', 'after', '本を書庫から出したら、次はどうなる？', { next: '書庫から本を出す' }],
  [LIB, 'ja', 'after', '取り置き処理が終わったら何が起きますか', { next: '取り置き処理' }],
  [LIB, 'ja', 'after', 'よやくだなにおいたあと、なにをする？', { next: '予約棚に置く' }],
  [LIB, 'ja', 'before', '貸出手続きの前に何がありますか？', { prev: '貸出手続きをする' }],
  [LIB, 'ja', 'before', '書庫から本を出す前のステップは？', { prev: '書庫から本を出す' }],
  [LIB, 'ja', 'before', '貸し出しにたどり着くまでにやる作業を全部あげて', { upstream: '貸出手続きをする' }],
  [LIB, 'ja', 'whatif', '延長の申し出がなければどうなりますか？', { whatIf: ['延長の申し出あり？', 'いいえ'] }],
  [LIB, 'ja', 'whatif', 'もし期限内に行けなかったら？', { whatIf: ['期限内に行ける？', 'いいえ'] }],
  [LIB, 'ja', 'whatif', '本がほかの人に借りられていたらどうなる？', { whatIf: ['貸出中？', 'はい'] }],
  [LIB, 'ja', 'gateways', '「延長の申し出あり？」はどんな種類のゲートウェイ？', { gatewayKind: '延長の申し出あり？' }],
  [LIB, 'ja', 'loops', 'ループはありますか？', { loops: true }],
  [LIB, 'ja', 'reachability', 'どこからも到達できないタスクはある？', { unreachable: true }],
  [LIB, 'ja', 'reachability', '次の予約者に回したあとで、貸出になることはありますか？', { reaches: ['次の予約者に回す', '貸出手続きをする'] }],
  [LIB, 'ja', 'ends', '終わり方は何通りありますか？', { ends: true }],
  [LIB, 'ja', 'lanes', '延長の手続きは誰がやるの？', { lane: '取り置きを延長する' }],
  [LIB, 'ja', 'lanes', '予約棚に置くのはどのレーン？', { lane: '予約棚に置く' }],
  [LIB, 'ja', 'lanes', '書庫係の仕事を教えて', { laneWork: '書庫係' }],
  [LIB, 'ja', 'pools', 'プールは何がありますか？', { pools: true }],
  [LIB, 'ja', 'messages', '利用者と図書館の間でやり取りされるメッセージは？', { messages: true }],
  [LIB, 'en', 'messages', 'list every message flow here with its name', { messages: true }],
  ['kita-platzvergabe-visio', 'en', 'gateways', 'do any of the gateways that open a split get closed by one of another type?', { mismatches: true }],
  ['kita-platzvergabe-visio', 'de', 'messages', 'Was schicken sich Eltern und Jugendamt gegenseitig zu?', { messages: true }],
  [LIB, 'ja', 'messages', '予約を取り消すと、その連絡はどこへ届く？', { messageTarget: '予約を取り消す' }],
  [LIB, 'ja', 'compare', '図書館のほうが利用者よりタスクが多いですか？', { more: [{ ...T, pool: '図書館' }, { ...T, pool: '利用者' }] }],
  [LIB, 'ja', 'compare', '一番タスクが多いプールはどれ？', { mostPool: true }],
  [LIB, 'ja', 'lint', 'このモデル、直したほうがいいところある？', { lint: true }],
  [LIB, 'ja', 'typos', '貸し出し手続きのあとは？', { next: '貸出手続きをする' }],
  [LIB, 'ja', 'paths', '始まりから終わりまでの経路は何本ありますか？', { paths: true }],
  [LIB, 'ja', 'needsModel', 'このプロセスを英語に翻訳してください', { needsModel: true }],
  [LIB, 'en', 'crosslang', 'What happens after 来館を待つ?', { next: '来館を待つ' }],
  [LIB, 'en', 'crosslang', 'how many tasks does the library have?', { count: { ...T, pool: '図書館' } }],
  [LIB, 'en', 'crosslang', 'who receives the message sent by 利用者に連絡する?', { messageTarget: '利用者に連絡する' }],
  [LIB, 'en', 'crosslang', 'Is there any step that nothing leads to?', { unreachable: true }],
  [LIB, 'en', 'crosslang', 'which messages go back and forth between the reader and the library?', { messages: true }],
  [LIB, 'de', 'crosslang', 'Wer ist für 貸出手続きをする zuständig?', { lane: '貸出手続きをする' }],
  [LIB, 'de', 'crosslang', 'Welche Nachrichten laufen zwischen den beiden Pools?', { messages: true }],
  [LIB, 'de', 'crosslang', 'Gibt es eine Schleife, wenn die Abholfrist verlängert wird?', { loops: true }],
  [LIB, 'de', 'crosslang', 'Wie viele Empfangsaufgaben hat die Bibliothek?', { count: { types: ['receiveTask'], pool: '図書館' } }],
];
