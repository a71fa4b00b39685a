// FRESH_13: a blind batch, written on 2 Dec 2026 between 03:40 and 04:00 UTC without reading the analyst's code
// (lib/ai/analyst*.ts, lib/bpmn/tools/{text,vocabulary,queries,index}.ts) or running it on these questions, and without
// reading the other batches' questions beyond their format. Almost all are over three diagrams in export styles new
// to the fixtures (e2e/fixtures/diagrams/generate-fresh13.ts): roadside-igrafx (iGrafx Process-like, `bpmn2:` prefix,
// `igxObj_` ids, igx: attributes, English; a motoring club's roadside assistance with pools Member / Roadside
// Assistance / Tow Partner and six message flows, lanes Call Centre / Dispatch / Patrol / Billing, a call activity
// with an error boundary, an event-based wait for the patrol with a chase loop, an error boundary and a
// non-interrupting timer on the repair, a test-drive loop, an inclusive split/join with a default flow, a parallel
// split/join, a data object, a task nothing leads to) and its next revision roadside-igrafx-v2 (a location check
// added, the chase task renamed); blutspende-oracle (Oracle BPM Studio-like, default namespace, typed counter ids,
// German; a blood donation with pools Blutspendedienst — lanes Empfang / Ärztlicher Dienst / Entnahme /
// Qualitätssicherung — and Zentrallabor with its own process, three message flows, an expanded sub-process whose error
// end is caught by a boundary, an error boundary on the withdrawal, a three-day timer with a chase loop, an inclusive
// split/join with a default flow in the lab, a data object, a gateway with one outgoing flow); saihaitatsu-lucid
// (Lucidchart-like ids, labels with line breaks, Japanese; a parcel delivery with redelivery — pools 配送センター
// (lanes 営業所 / ドライバー / コールセンター) and a black-box 受取人 with four message flows, a parallel split/join, an
// error boundary with an address loop, a non-interrupting timer boundary, an event-based wait (redelivery request vs.
// seven days) with a redelivery loop, a cash-on-delivery decision with a default flow, an unnamed task and a task
// nothing leads to). Facts are computed by the suite's oracle from its own parse; each was checked by hand against the
// XML (ORACLE_ONLY=1 prints them).
import type { Question } from './analyst-questions.data';

const T = { family: 'task' } as const;
const RSA = 'roadside-igrafx', RSA2 = 'roadside-igrafx-v2', BLUT = 'blutspende-oracle', PAKET = 'saihaitatsu-lucid';

/** FRESH_13 on its first and only honest run: 2 Dec 2026, 05:21–05:30 UTC, on main at 88b6b34 ("[fresh12-ready]", the
 *  round's merged analyst work; run in writer13's clone after merging it, c9854bb): **119/142 = 83.8 %**.
 *  Per language: en 38/50 (76 %), de 42/47 (89 %), ja 39/45 (87 %).
 *  Per category: after 9/10, before 6/7, changes 2/2, compare 5/6, count 14/14, crosslang 13/18, ends 3/3, gateways 7/8,
 *  lanes 10/10, lint 2/3, lookup 8/9, loops 3/3, messages 5/5, needsModel 3/3, paths 5/5, pools 3/3, reachability 4/8,
 *  typos 7/8, whatif 10/17.
 *  Misses (question → what was wrong; the answer's first line); no expected fact was found wrong against the XML, none
 *  was changed:
 *  - [lookup] roadside-igrafx "Which step checks that the caller is actually a member?" → expected igxObj_8E3C7224 cited ; answered: There are **0 activities** in pool **Member** (`igxObj_485E485F`).
 *  - [after] roadside-igrafx "what happens when the patrol still has not turned up after an hour?" → expected igxObj_C074E4E0 cited ; answered: The work of lane **Patrol** (`igxObj_0CEC7D74`) (pool **Roadside Assistance** (`igxObj_75A083E2`)) is 5 activities: **Diagnose fault** (`igxObj_1DED5CB6`), **Rep
 *  - [whatif] roadside-igrafx "If the car can't be fixed at the roadside, what happens?" → expected igxObj_991F6D63 cited ; answered: **Repair vehicle on the spot** (`igxObj_FC2F7225`) is a manual task in lane **Patrol** (`igxObj_0CEC7D74`) of **Roadside Assistance** (`igxObj_75A083E2`).
 *  - [whatif] roadside-igrafx "what if the car still doesnt run after the test drive" → expected igxObj_FC2F7225 cited ; answered: If **Vehicle running?** (`igxObj_BA01762A`) takes the branch "yes": an exclusive gateway (`igxObj_2D355E42`) → **Write job report** (`igxObj_DC79CA1A`) → a parallel gateway (
 *  - [whatif] roadside-igrafx "What do we do when the member is stranded overnight?" → expected igxObj_6D04E455 cited ; answered: **Member** (`igxObj_485E485F`) is a pool of **Member** (`igxObj_485E485F`).
 *  - [whatif] roadside-igrafx "What happens if the caller turns out not to be a member?" → expected igxObj_3FD79715 cited ; answered: **Member** (`igxObj_485E485F`) is a pool of **Member** (`igxObj_485E485F`).
 *  - [reachability] roadside-igrafx "If the patrol starts repairing on the spot, can we still end up ordering a tow truck?" → expected yes ; answered: No — **Repair vehicle on the spot** (`igxObj_FC2F7225`) cannot be reached any more. Once **Fixable at the roadside?** (`igxObj_0EF00CEB`) takes the branch
 *  - [compare] roadside-igrafx "Does the patrol have more tasks than dispatch?" → expected both counts 5 and 7 in the first line ; answered: Yes: **Dispatch nearest patrol** (`igxObj_D67C27AF`).
 *  - [lint] roadside-igrafx "Anything I should fix before I hand this over to the process owner?" → expected 7 problems in the first line ; answered: I couldn't find an element called "i hand this over to the process owner" in the diagram. Elements with names include **Breakdown call received** (`igxObj_
 *  - [whatif] blutspende-oracle "Was passiert, wenn der Befund auffällig ist?" → expected USER_TASK7 cited ; answered: Wenn **Befund unauffällig?** (`EXCLUSIVE_GATEWAY2`) den Zweig "ja" (Bedingung `ora:getDataObject('befund') = 'unauffaellig'`) nimmt: **Blutkonserve freigeben** (`USER_TASK6`) → **Lagerka
 *  - [whatif] blutspende-oracle "Was macht das Labor, wenn der Spender vorher in den Tropen war?" → expected ABSTRACT_TASK1 cited ; answered: Ich finde kein Element namens "in den tropen war" im Diagramm. Benannte Elemente sind z. B. **Spender meldet sich an** (`START_EVENT1`), **Personalien prüfen** (`U
 *  - [gateways] blutspende-oracle "Welche Ausgänge hat das Gateway Lagerkapazität frei?" → expected END_EVENT5 cited ; answered: **Lagerkapazität frei?** (`EXCLUSIVE_GATEWAY3`) ist ein exklusives Gateway (durchlaufend)
 *  - [reachability] blutspende-oracle "Kann ein zurückgestellter Spender danach trotzdem noch Blut spenden?" → expected no ; answered: **Spender zurückgestellt** (`END_EVENT3`) ist ein Endereignis: Dort endet der Prozess.
 *  - [before] saihaitatsu-lucid "荷送人に返送するまでに通る可能性のある作業を全部挙げてください" → expected MAeA9bKBAaKe, tFEHmfvjCWd1, OmxbvFJIGmnf, symsYSHUpy5S, XlJoLbx4HTEE, iBjkTvXHMXe5, bBmmj0kHYdKq, L7lNeV2Jsufw, PgfU4oKUF2yw cited ; answered: いいえ。**返送済み** (`CQuOudJDXg1T`)から**荷送人に返送する** (`mivonvgRAY1K`)には到達できません。
 *  - [whatif] saihaitatsu-lucid "お客さんが家にいた場合、そのあとは？" → expected sjWGY1lAxLRQ cited ; answered: 図の中に"は"という要素は見つかりません。**受取人は在宅？** (`EeCbYGB9l07T`)、**住所は分かった？** (`Kc0r47dosa9F`)のことですか？
 *  - [reachability] saihaitatsu-lucid "受取人が不在でも、最終的に配達完了になることはありますか？" → expected yes ; answered: いいえ、**配達完了** (`C2pZENVzQLsA`)には到達できません。**受取人に電話する** (`h05DEp1CwddZ`)の後、そこへ続くフローはありません。
 *  - [reachability] saihaitatsu-lucid "保管期限が過ぎたら、荷物は荷送人に返送されますか？" → expected yes ; answered: **保管期限（7日） 経過** (`h0PHAXBzohS8`)の次は排他ゲートウェイ (`DRaYIIaE7Z3p`)です。
 *  - [typos] saihaitatsu-lucid "ふざいひょうをいれたあと なにする" → expected cVnxUQC7WdCP cited ; answered: 図の中に"なにする"という要素は見つかりません。名前のある要素：**荷物が営業所に到着** (`aWDh3OMICn33`)、**荷物を仕分ける** (`PgfU4oKUF2yw`)、**お届け予定を通知する** (`L7lNeV2Jsufw`)、**配達ルートを作成する** (`iBjkTvXHMXe5`)、**トラックに積み込む** (`bBmmj0kHYdKq`)、**配達先へ届ける** (`tFEHmfvjCWd
 *  - [crosslang] blutspende-oracle "what happens if the lab result is not ok?" → expected USER_TASK7 cited ; answered: **Blutkonserve freigeben** (`USER_TASK6`) is a user task in lane **Qualitätssicherung** (`LANE4`) of **Blutspendedienst** (`PARTICIPANT1`).
 *  - [crosslang] saihaitatsu-lucid "what happens when nobody is home?" → expected XlJoLbx4HTEE cited ; answered: After **指定時間帯の 終了30分前** (`YIaiui3T60Qq`) comes **受取人に電話する** (`h05DEp1CwddZ`), a task.
 *  - [crosslang] saihaitatsu-lucid "How many tasks does the driver have?" → expected the count 6 in the first line ; answered: There are **14 tasks** (5 user tasks, 3 tasks, 2 manual tasks, 2 send tasks, 2 service tasks): **荷物を仕分ける** (`PgfU4oKUF2yw`), **お届け予定を通知する** (`L7lNeV2Jsufw`), **配達ルートを作成する** (`iBj
 *  - [crosslang] roadside-igrafx "Was passiert, wenn das Auto vor Ort nicht repariert werden kann?" → expected igxObj_991F6D63 cited ; answered: Direkt vor **Repair vehicle on the spot** (`igxObj_FC2F7225`) kommt **Fixable at the roadside?** (`igxObj_0EF00CEB`) ("yes", Bedingung `fault.fixableOnSite == t
 *  - [crosslang] blutspende-oracle "検査結果に問題がなければ、どうなりますか？" → expected USER_TASK6 cited ; answered: 問題が5件あります（エラー0件、警告5件。モデラーのツールバーと同じ数え方）：
 */
export const FRESH_13_FIRST_RUN = { passed: 119, total: 142 };

export const FRESH_13: Question[] = [
  // ---------------------------------------------------------------- roadside-igrafx (iGrafx, English)
  [RSA, 'en', 'count', 'We mapped our breakdown service in iGrafx and exported it to BPMN. How many tasks are in it altogether?', { count: T }],
  [RSA, 'en', 'count', 'how many tasks sit with dispatch?', { count: { ...T, lane: 'Dispatch' } }],
  [RSA, 'en', 'count', 'How many message flows do we have with the member and the tow company?', { count: { collection: 'messageFlows' } }],
  [RSA, 'en', 'count', 'How many user tasks does the patrol lane have?', { count: { types: ['userTask'], lane: 'Patrol' } }],
  [RSA, 'en', 'lookup', 'Which step checks that the caller is actually a member?', { find: 'Verify membership' }],
  [RSA, 'en', 'lookup', 'tell me about the error on the membership check', { describe: 'Membership not found' }],
  [RSA, 'en', 'lookup', "what's the 45 minute event on the repair for?", { describe: 'Repair takes over 45 minutes' }],
  [RSA, 'en', 'after', 'What happens after the patrol is dispatched?', { next: 'Dispatch nearest patrol' }],
  [RSA, 'en', 'after', 'what happens when the patrol still has not turned up after an hour?', { next: '60 minutes passed' }],
  [RSA, 'en', 'after', 'Once the job report is written, what work is still left?', { downstream: 'Write job report' }],
  [RSA, 'en', 'before', 'what has to happen before we text the member their ETA?', { prev: 'Send ETA to member' }],
  [RSA, 'en', 'before', 'What can lead to ordering a tow truck?', { prev: 'Order tow truck' }],
  [RSA, 'en', 'before', 'Which activities can come before the job report? All of them please.', { upstream: 'Write job report' }],
  [RSA, 'en', 'whatif', "If the car can't be fixed at the roadside, what happens?", { whatIf: ['Fixable at the roadside?', 'no'] }],
  [RSA, 'en', 'whatif', 'what if the car still doesnt run after the test drive', { whatIf: ['Vehicle running?', 'no'] }],
  [RSA, 'en', 'whatif', 'What do we do when the member is stranded overnight?', { whatIf: ['Extra services covered?', 'member stranded overnight'] }],
  [RSA, 'en', 'whatif', 'What if their plan includes mobility cover?', { whatIf: ['Extra services covered?', 'mobility cover included'] }],
  [RSA, 'en', 'whatif', 'What happens if the caller turns out not to be a member?', { next: 'Membership not found' }],
  [RSA, 'en', 'whatif', "suppose the parts for the repair aren't available - then what?", { next: 'Parts not available' }],
  [RSA, 'en', 'gateways', "What type of gateway is 'Wait for patrol'?", { gatewayKind: 'Wait for patrol' }],
  [RSA, 'en', 'gateways', 'what are the options at Extra services covered?', { branches: 'Extra services covered?' }],
  [RSA, 'en', 'gateways', 'Is there a split that gets merged by a different kind of gateway?', { mismatches: true }],
  [RSA, 'en', 'loops', 'Can a breakdown case go round in circles anywhere?', { loops: true }],
  [RSA, 'en', 'reachability', 'any steps in here that can never be reached?', { unreachable: true }],
  [RSA, 'en', 'reachability', 'If the patrol starts repairing on the spot, can we still end up ordering a tow truck?', { reaches: ['Repair vehicle on the spot', 'Order tow truck'] }],
  [RSA, 'en', 'reachability', 'Can a caller whose membership is not found still get a patrol sent out?', { reaches: ['Membership not found', 'Dispatch nearest patrol'] }],
  [RSA, 'en', 'ends', 'In what ways can a breakdown case finish?', { ends: true }],
  [RSA, 'en', 'lanes', 'Who writes the job report?', { lane: 'Write job report' }],
  [RSA, 'en', 'lanes', 'which team sorts out the rental car?', { lane: 'Arrange rental car' }],
  [RSA, 'en', 'lanes', 'What does billing do in this process?', { laneWork: 'Billing' }],
  [RSA, 'en', 'messages', 'What messages go back and forth with the member and the tow partner?', { messages: true }],
  [RSA, 'en', 'messages', 'Where does the tow request go?', { messageTarget: 'Order tow truck' }],
  [RSA, 'en', 'pools', 'which pools are in this diagram?', { pools: true }],
  [RSA, 'en', 'compare', 'Does the patrol have more tasks than dispatch?', { more: [{ ...T, lane: 'Patrol' }, { ...T, lane: 'Dispatch' }] }],
  [RSA, 'en', 'compare', 'Which lane has the most tasks?', { mostLane: true }],
  [RSA, 'en', 'lint', 'Anything I should fix before I hand this over to the process owner?', { lint: true }],
  [RSA, 'en', 'paths', 'how many different routes are there from the call to an end?', { paths: true }],
  [RSA, 'en', 'paths', 'Can the process end without a job report ever being written?', { pathsAvoid: 'Write job report' }],
  [RSA, 'en', 'typos', 'wat happens aftr the test drive', { next: 'Test drive vehicle' }],
  [RSA, 'en', 'typos', 'how many sevice tasks r there', { count: { types: ['serviceTask'] } }],
  [RSA, 'en', 'typos', 'whos in charge of diagnosing the fualt', { lane: 'Diagnose fault' }],
  [RSA, 'en', 'needsModel', 'Write a short email to our members explaining how roadside help works', { needsModel: true }],
  [RSA2, 'en', 'changes', 'What changed compared with the previous version?', { changes: RSA }],
  [RSA2, 'en', 'changes', "I've updated the model — what's different in this revision?", { changes: RSA }],

  // ---------------------------------------------------------------- blutspende-oracle (Oracle BPM Studio, German)
  [BLUT, 'de', 'count', 'Wir haben die Blutspende aus dem Oracle BPM Studio exportiert. Wie viele Aufgaben hat das Modell insgesamt?', { count: T }],
  [BLUT, 'de', 'count', 'Wie viele Aufgaben erledigt das Zentrallabor?', { count: { ...T, pool: 'Zentrallabor' } }],
  [BLUT, 'de', 'count', 'Wie viele Aufgaben stecken in der ärztlichen Voruntersuchung?', { count: { ...T, pool: '__sub:Ärztliche Voruntersuchung' } }],
  [BLUT, 'de', 'count', 'Anzahl der Nachrichtenflüsse?', { count: { collection: 'messageFlows' } }],
  [BLUT, 'de', 'count', 'wie viele Aufgaben hat die Qualitätssicherung', { count: { ...T, lane: 'Qualitätssicherung' } }],
  [BLUT, 'de', 'lookup', 'Gibt es einen Schritt, in dem der Hb-Wert gemessen wird?', { find: 'Blutdruck, Puls und Hb-Wert messen' }],
  [BLUT, 'de', 'lookup', 'Was hat es mit dem Ereignis „3 Tage ohne Befund“ auf sich?', { describe: '3 Tage ohne Befund' }],
  [BLUT, 'de', 'lookup', 'Welcher Schritt kümmert sich um den Spender, wenn beim Stechen etwas schiefgeht?', { find: 'Spende abbrechen und Spender versorgen' }],
  [BLUT, 'de', 'after', 'Was passiert nach der Prüfung der Personalien?', { next: 'Personalien prüfen' }],
  [BLUT, 'de', 'after', 'Was kommt nach der ärztlichen Voruntersuchung?', { next: 'Ärztliche Voruntersuchung' }],
  [BLUT, 'de', 'after', 'Wie geht es weiter, sobald der Laborbefund eingetroffen ist?', { next: 'Auf Laborbefund warten' }],
  [BLUT, 'de', 'after', 'Was macht das Labor, nachdem die Proben eingetroffen sind?', { next: 'Proben eingetroffen' }],
  [BLUT, 'de', 'before', 'Was muss passieren, bevor Vollblut entnommen wird?', { prev: 'Vollblut entnehmen' }],
  [BLUT, 'de', 'before', 'Welche Aktivitäten können alle vor der Freigabe der Blutkonserve liegen?', { upstream: 'Blutkonserve freigeben' }],
  [BLUT, 'de', 'whatif', 'Was passiert, wenn der Befund auffällig ist?', { whatIf: ['Befund unauffällig?', 'nein'] }],
  [BLUT, 'de', 'whatif', 'Was passiert, wenn der Arzt den Spender für nicht spendetauglich hält?', { whatIf: ['Spendetauglich?', 'nein'] }],
  [BLUT, 'de', 'whatif', 'Was passiert, wenn nach drei Tagen immer noch kein Befund da ist?', { next: '3 Tage ohne Befund' }],
  [BLUT, 'de', 'whatif', 'Was geschieht, wenn die Punktion fehlschlägt?', { next: 'Punktion fehlgeschlagen' }],
  [BLUT, 'de', 'whatif', 'Was testet das Labor zusätzlich bei einer Erstspende?', { whatIf: ['Zusatztests nötig?', 'Erstspende'] }],
  [BLUT, 'de', 'whatif', 'Was macht das Labor, wenn der Spender vorher in den Tropen war?', { whatIf: ['Zusatztests nötig?', 'nach Tropenaufenthalt'] }],
  [BLUT, 'de', 'gateways', 'Was für ein Gateway ist „Zusatztests nötig?“', { gatewayKind: 'Zusatztests nötig?' }],
  [BLUT, 'de', 'gateways', 'Welche Ausgänge hat das Gateway Lagerkapazität frei?', { branches: 'Lagerkapazität frei?' }],
  [BLUT, 'de', 'gateways', 'Gibt es Gateways, bei denen Split und Join nicht vom gleichen Typ sind?', { mismatches: true }],
  [BLUT, 'de', 'loops', 'Gibt es im Ablauf eine Schleife?', { loops: true }],
  [BLUT, 'de', 'reachability', 'Gibt es Elemente, die nie erreicht werden?', { unreachable: true }],
  [BLUT, 'de', 'reachability', 'Kann ein zurückgestellter Spender danach trotzdem noch Blut spenden?', { reaches: ['Rückstellung dokumentieren', 'Vollblut entnehmen'] }],
  [BLUT, 'de', 'ends', 'Wie kann der Ablauf in den beiden Pools enden?', { ends: true }],
  [BLUT, 'de', 'lanes', 'Wer nimmt das Blut ab?', { lane: 'Vollblut entnehmen' }],
  [BLUT, 'de', 'lanes', 'Was macht der Empfang?', { laneWork: 'Empfang' }],
  [BLUT, 'de', 'lanes', 'Welche Lanes hat der Blutspendedienst?', { lanes: true }],
  [BLUT, 'de', 'messages', 'Welche Nachrichten gehen zwischen Blutspendedienst und Zentrallabor hin und her?', { messages: true }],
  [BLUT, 'de', 'messages', 'Wohin werden die Blutproben geschickt?', { messageTarget: 'Blutproben ins Labor schicken' }],
  [BLUT, 'de', 'pools', 'Welche Teilnehmer gibt es?', { pools: true }],
  [BLUT, 'de', 'compare', 'Hat das Zentrallabor mehr Aufgaben als die Entnahme?', { more: [{ ...T, pool: 'Zentrallabor' }, { ...T, lane: 'Entnahme' }] }],
  [BLUT, 'de', 'compare', 'Welche Lane hat am meisten zu tun?', { mostLane: true }],
  [BLUT, 'de', 'lint', 'Ist das Modell sauber oder gibt es Warnungen?', { lint: true }],
  [BLUT, 'de', 'paths', 'Kann der Prozess enden, ohne dass Blutproben ins Labor geschickt werden?', { pathsAvoid: 'Blutproben ins Labor schicken' }],
  [BLUT, 'de', 'typos', 'wieviele aufgabn hat der empfang', { count: { ...T, lane: 'Empfang' } }],
  [BLUT, 'de', 'typos', 'was pasiert nach dem vollblut entnemen', { next: 'Vollblut entnehmen' }],
  [BLUT, 'de', 'typos', 'wer is für die rückstelung zuständig', { lane: 'Rückstellung dokumentieren' }],
  [BLUT, 'de', 'needsModel', 'Schreib mir ein Infoblatt für Spender, das den Ablauf in einfachen Worten erklärt', { needsModel: true }],

  // ---------------------------------------------------------------- saihaitatsu-lucid (Lucidchart, Japanese)
  [PAKET, 'ja', 'count', 'Lucidchartから書き出した配達フローです。タスクは全部でいくつありますか？', { count: T }],
  [PAKET, 'ja', 'count', 'ドライバーのタスクはいくつ？', { count: { ...T, lane: 'ドライバー' } }],
  [PAKET, 'ja', 'count', '終了イベントはいくつありますか', { count: { types: ['endEvent'] } }],
  [PAKET, 'ja', 'count', 'ゲートウェイは何個ある？', { count: { family: 'gateway' } }],
  [PAKET, 'ja', 'count', 'メッセージフローの数を教えてください', { count: { collection: 'messageFlows' } }],
  [PAKET, 'ja', 'lookup', '不在票を入れる作業はありますか？', { find: '不在票を投函する' }],
  [PAKET, 'ja', 'lookup', '「住所不明」のイベントについて教えて', { describe: '住所不明' }],
  [PAKET, 'ja', 'lookup', '代引きのお金を受け取るステップはどれ？', { find: '代金を受け取る' }],
  [PAKET, 'ja', 'after', '荷物を仕分けた後は何をしますか？', { next: '荷物を仕分ける' }],
  [PAKET, 'ja', 'after', '再配達の依頼を受けたら、次は何をしますか？', { next: '再配達の依頼を受けた' }],
  [PAKET, 'ja', 'after', '受領サインをもらった後はどうなりますか', { next: '受領サインをもらう' }],
  [PAKET, 'ja', 'before', '「配達先へ届ける」の前には何がありますか？', { prev: '配達先へ届ける' }],
  [PAKET, 'ja', 'before', '荷送人に返送するまでに通る可能性のある作業を全部挙げてください', { upstream: '荷送人に返送する' }],
  [PAKET, 'ja', 'whatif', '受取人が不在だったらどうなりますか？', { whatIf: ['受取人は在宅？', '不在'] }],
  [PAKET, 'ja', 'whatif', '代引きの荷物の場合はどうなる？', { whatIf: ['代金引換？', '代引きあり'] }],
  [PAKET, 'ja', 'whatif', '住所が判明したら、その後どうなりますか？', { whatIf: ['住所は分かった？', 'はい'] }],
  [PAKET, 'ja', 'whatif', '指定の時間帯が終わりそうになったら何が起きますか？', { next: '指定時間帯の\n終了30分前' }],
  [PAKET, 'ja', 'whatif', 'お客さんが家にいた場合、そのあとは？', { whatIf: ['受取人は在宅？', '在宅'] }],
  [PAKET, 'ja', 'gateways', '「再配達の依頼を待つ」はどんな種類のゲートウェイですか？', { gatewayKind: '再配達の依頼を待つ' }],
  [PAKET, 'ja', 'gateways', '「代金引換？」の分岐を教えて', { branches: '代金引換？' }],
  [PAKET, 'ja', 'loops', 'ループはありますか？', { loops: true }],
  [PAKET, 'ja', 'reachability', '到達できない要素はありますか？', { unreachable: true }],
  [PAKET, 'ja', 'reachability', '受取人が不在でも、最終的に配達完了になることはありますか？', { reaches: ['不在票を投函する', '配達完了'] }],
  [PAKET, 'ja', 'reachability', '保管期限が過ぎたら、荷物は荷送人に返送されますか？', { reaches: ['保管期限（7日）\n経過', '荷送人に返送する'] }],
  [PAKET, 'ja', 'ends', 'このフローにはどんな終わり方がありますか？', { ends: true }],
  [PAKET, 'ja', 'lanes', 'トラックへの積み込みは誰がやる？', { lane: 'トラックに積み込む' }],
  [PAKET, 'ja', 'lanes', 'コールセンターは何をしますか？', { laneWork: 'コールセンター' }],
  [PAKET, 'ja', 'lanes', '再配達の日時を登録するのはどの担当ですか', { lane: '再配達の日時を登録する' }],
  [PAKET, 'ja', 'lanes', 'レーンの一覧を見せて', { lanes: true }],
  [PAKET, 'ja', 'messages', '受取人とはどんなやり取りがありますか？', { messages: true }],
  [PAKET, 'ja', 'pools', '参加者（プール）は？', { pools: true }],
  [PAKET, 'ja', 'compare', '営業所はコールセンターよりタスクが多いですか？', { more: [{ ...T, lane: '営業所' }, { ...T, lane: 'コールセンター' }] }],
  [PAKET, 'ja', 'compare', 'いちばん仕事が多いレーンはどこ？', { mostLane: true }],
  [PAKET, 'ja', 'lint', 'この図に直したほうがいいところはありますか？', { lint: true }],
  [PAKET, 'ja', 'paths', 'スタートから終了までの経路はいくつありますか？', { paths: true }],
  [PAKET, 'ja', 'paths', '代金を受け取らずに最後まで行けますか？', { pathsAvoid: '代金を受け取る' }],
  [PAKET, 'ja', 'typos', 'はいたつさきへとどけたあとは？', { next: '配達先へ届ける' }],
  [PAKET, 'ja', 'typos', 'ふざいひょうをいれたあと なにする', { next: '不在票を投函する' }],
  [PAKET, 'ja', 'needsModel', 'この手順をお客様向けの案内文にしてください', { needsModel: true }],

  // ---------------------------------------------------------------- crosslang: a question in one language over labels in another
  [BLUT, 'en', 'crosslang', 'how many tasks does the central lab have?', { count: { ...T, pool: 'Zentrallabor' } }],
  [BLUT, 'en', 'crosslang', 'what happens if the lab result is not ok?', { whatIf: ['Befund unauffällig?', 'nein'] }],
  [BLUT, 'en', 'crosslang', 'who draws the blood?', { lane: 'Vollblut entnehmen' }],
  [PAKET, 'en', 'crosslang', 'what happens when nobody is home?', { whatIf: ['受取人は在宅？', '不在'] }],
  [PAKET, 'en', 'crosslang', 'which elements can never be reached?', { unreachable: true }],
  [PAKET, 'en', 'crosslang', 'How many tasks does the driver have?', { count: { ...T, lane: 'ドライバー' } }],
  [RSA, 'de', 'crosslang', 'Was passiert, wenn das Auto vor Ort nicht repariert werden kann?', { whatIf: ['Fixable at the roadside?', 'no'] }],
  [RSA, 'de', 'crosslang', 'Wie viele Aufgaben hat die Lane Dispatch?', { count: { ...T, lane: 'Dispatch' } }],
  [RSA, 'de', 'crosslang', 'Wer schreibt den Einsatzbericht?', { lane: 'Write job report' }],
  [RSA, 'de', 'crosslang', 'Gibt es Elemente, die nie erreicht werden?', { unreachable: true }],
  [PAKET, 'de', 'crosslang', 'Wie viele Endereignisse hat der Zustellprozess?', { count: { types: ['endEvent'] } }],
  [PAKET, 'de', 'crosslang', 'Was passiert nach 荷物を仕分ける?', { next: '荷物を仕分ける' }],
  [RSA, 'ja', 'crosslang', 'タスクはいくつありますか？', { count: T }],
  [RSA, 'ja', 'crosslang', '「Order tow truck」の前には何がありますか？', { prev: 'Order tow truck' }],
  [RSA, 'ja', 'crosslang', 'Billingレーンは何をしますか？', { laneWork: 'Billing' }],
  [BLUT, 'ja', 'crosslang', '「Vollblut entnehmen」のあとは何をしますか？', { next: 'Vollblut entnehmen' }],
  [BLUT, 'ja', 'crosslang', 'プールはいくつありますか？', { count: { collection: 'participants' } }],
  [BLUT, 'ja', 'crosslang', '検査結果に問題がなければ、どうなりますか？', { whatIf: ['Befund unauffällig?', 'ja'] }],
];
