// FRESH_12: a blind batch, written on 2 Dec 2026 between 03:45 and 05:00 UTC without reading the analyst's code
// (lib/ai/analyst*.ts, lib/bpmn/tools/{text,vocabulary,queries,index}.ts) or running it on these questions, and without
// reading the other batches' questions beyond their format. Almost all are over three diagrams in export styles new
// to the fixtures (e2e/fixtures/diagrams/generate-fresh12.ts): adoption-modelio (Modelio-like, default namespace,
// Modelio UUIDs, English; an animal shelter's pet adoption with lanes Adoption Counsellor / Veterinary Team / Shelter
// Manager, a black-box Adopter pool and eight message flows, a missing-details loop with a 10-day timer boundary, a
// parallel home visit / animal preparation (a call activity with an error boundary), an approval with a default
// flow, an event-based wait for the signed contract, an inclusive choice of extras, a task nothing leads to) and its
// next revision adoption-modelio-v2; zahnersatz-processmaker (ProcessMaker 4-like `node_<n>` ids, German; a dental
// practice's dentures case with pools Zahnarztpraxis Dr. Weber / Krankenkasse, lanes Empfang / Behandlung /
// Abrechnung, a four-week timer boundary with a chasing loop, a parallel split and join, an expanded sub-process with
// a refit loop and an error boundary, a gateway with one outgoing flow, a task nothing leads to); shaken-eclipse
// (Eclipse BPMN2 Modeler-like per-type ids, Japanese; a garage's statutory vehicle inspection with lanes 受付 / 整備士 /
// 検査員 and a black-box お客様 pool, a missing-papers loop inside a parallel split, an event-based wait with a
// three-day timer and a phone-call loop, an inclusive split/join with a default flow, an inspection sub-process with
// an error boundary and a re-work loop, an unnamed task). Facts are computed by the suite's oracle from its own
// parse; each was checked by hand against the XML (ORACLE_ONLY=1 prints them).
import type { Question } from './analyst-questions.data';

const T = { family: 'task' } as const;
const AD = 'adoption-modelio', AD2 = 'adoption-modelio-v2', Z = 'zahnersatz-processmaker', S = 'shaken-eclipse';

/** FRESH_12 on its first and only honest run: 2 Dec 2026, 05:21 UTC, on 81bcc52 (main at 88b6b34 "[fresh12-ready]", the
 *  round's merged analyst work, plus this batch): **130/148 = 87.8 %**. Per language: en 40/49 (82 %), de 44/49 (90 %),
 *  ja 46/50 (92 %). Per category: after 9/12, before 7/7, changes 1/1, compare 3/3, count 9/10, crosslang 20/22, ends 3/3,
 *  gateways 8/9, lanes 13/13, lint 3/3, lookup 5/9, loops 3/3, messages 5/6, needsModel 3/3, paths 5/6, pools 4/4,
 *  reachability 7/9, typos 8/9, whatif 14/16.
 *  Misses (question → what was wrong; the answer's first line); no expected fact was found wrong against the XML, none
 *  was changed:
 *  - [lookup] adoption-modelio "Which step is the one where somebody goes to look at the adopter's home?" → expected Carry out home visit cited; answered: There are **0 activities** in pool **Adopter** (…).
 *  - [lookup] adoption-modelio "where in the process do we take the money?" → expected Collect adoption fee cited; answered: I can't answer that from the diagram's structure alone. …
 *  - [after] adoption-modelio "Hi! Quick one about the adoption flow: once the signed contract is back, what's the next step for us?" → expected Collect adoption fee cited; answered: **Wait for signed contract** (…) is an event based gateway: whichever of these events happens first decides the path:
 *  - [whatif] adoption-modelio "what happens when it's somebody's first pet?" → expected Pack starter kit cited; answered: I couldn't find an element called "it s somebody s first pet" in the diagram. …
 *  - [reachability] adoption-modelio "are there steps nobody can ever get to?" → expected Send follow-up survey cited; answered: Yes: **Hand over animal** (…).
 *  - [messages] adoption-modelio "What do we send to the adopter, and what do we get back?" → expected all eight message names; answered: Yes — **Animal adopted** (…) can be reached from **Send contract to adopter** (…): …
 *  - [paths] adoption-modelio "Can an application finish without the manager ever reviewing the case?" → expected yes; answered: No — every path from a start event to an end event goes through **Screen application** (…).
 *  - [count] zahnersatz-processmaker "Wie viele Aufgaben hat die Praxis insgesamt?" → expected 15 (the practice's pool); answered: Es gibt **17 Aufgaben** (…) (the whole diagram).
 *  - [lookup] zahnersatz-processmaker "Wo wird der Kostenplan für die Kasse geschrieben?" → expected Heil- und Kostenplan erstellen cited; answered: Ja: **Heil- und Kostenplan an Kasse senden** (`node_38`).
 *  - [after] zahnersatz-processmaker "Was kommt, nachdem der Bescheid der Kasse da ist?" → expected Plan genehmigt? cited; answered: Nach **Bescheid versenden** (`node_77`) kommt **Bescheid versandt** (`node_78`) (Endereignis).
 *  - [after] zahnersatz-processmaker "Was folgt, wenn der Zahnersatz fertig eingegliedert ist?" → expected Eigenanteil in Rechnung stellen cited; answered: Nach **Zahnersatz unbrauchbar** (`node_64`) kommt **Zahnersatz reklamiert** (`node_65`) (Endereignis).
 *  - [gateways] zahnersatz-processmaker "Guten Morgen, kurze Frage zum Modell: Welche Ausgänge hat das Gateway „Zahnersatz nötig?“ und wohin führen sie?" → expected node_37, node_36 cited; answered: Die Nachricht **Nachfrage** (`node_5`) geht von **Bei der Kasse nachhaken** (`node_41`) …
 *  - [lookup] shaken-eclipse "不適合のエラーイベントについて教えて" → expected host 完成検査 (SubProcess_1) cited; answered: **エラーイベント 1個**あります：**保安基準に不適合** (`BoundaryEvent_1`)。
 *  - [whatif] shaken-eclipse "検査で基準に合わなかった場合はどうする？" → expected 不適合箇所を再整備する cited; answered: レーン**検査員** (`Lane_3`)（…）のアクティビティは4個：…
 *  - [reachability] shaken-eclipse "再整備したあと、適合証の発行まで行ける？" → expected yes; answered: **不適合箇所を再整備する** (`ManualTask_7`)の次は**完成検査** (`SubProcess_1`)（サブプロセス）です。
 *  - [typos] shaken-eclipse "のうしゃのまえは" → expected 代金を精算する cited; answered: 図の構造だけではその質問には答えられません。…
 *  - [crosslang] zahnersatz-processmaker "what comes after the impression is taken?" → expected the parallel split after Abdruck nehmen cited; answered: After **Bei der Kasse nachhaken** (`node_41`) comes **Bescheid der Kasse abwarten** (`node_39`), a receive task.
 *  - [crosslang] shaken-eclipse "what happens if the customer declines the repair?" → expected 車両をそのまま返却する cited; answered: **お客様** (`Participant_2`) is a pool of **お客様** (`Participant_2`). */
export const FRESH_12_FIRST_RUN = { passed: 130, total: 148 };

export const FRESH_12: Question[] = [
  // ---------------------------------------------------------------- adoption-modelio (Modelio, English)
  [AD, 'en', 'count', 'We modelled our adoption process in Modelio. How many tasks does it have in total?', { count: T }],
  [AD, 'en', 'count', 'How many send tasks are there?', { count: { types: ['sendTask'] } }],
  [AD, 'en', 'count', 'how many gateways, counting the unlabelled ones too?', { count: { family: 'gateway' } }],
  [AD, 'en', 'lookup', "Which step is the one where somebody goes to look at the adopter's home?", { find: 'Carry out home visit' }],
  [AD, 'en', 'lookup', 'tell me about the error event on the animal preparation', { describe: 'Animal not fit for adoption' }],
  [AD, 'en', 'lookup', 'where in the process do we take the money?', { find: 'Collect adoption fee' }],
  [AD, 'en', 'after', 'What happens after the interview?', { next: 'Interview adopter' }],
  [AD, 'en', 'after', "Hi! Quick one about the adoption flow: once the signed contract is back, what's the next step for us?", { next: 'Signed contract received' }],
  [AD, 'en', 'after', 'and after the home visit?', { next: 'Carry out home visit' }],
  [AD, 'en', 'after', 'What does collecting the fee set off further down the line, all the way to the end?', { downstream: 'Collect adoption fee' }],
  [AD, 'en', 'before', 'what comes right before the case review?', { prev: 'Review adoption case' }],
  [AD, 'en', 'before', 'What all has to happen before we can hand the animal over? Every activity, please.', { upstream: 'Hand over animal' }],
  [AD, 'en', 'whatif', "what if the application isn't complete?", { whatIf: ['Application complete?', 'no'] }],
  [AD, 'en', 'whatif', 'Suppose the manager turns the adoption down. Then what?', { whatIf: ['Adoption approved?', 'rejected'] }],
  [AD, 'en', 'whatif', 'If the adopter never signs the contract, what happens after two weeks?', { next: '14 days without signature' }],
  [AD, 'en', 'whatif', "what happens when it's somebody's first pet?", { whatIf: ['Which extras?', 'first-time owner'] }],
  [AD, 'en', 'whatif', 'And if the adopter never sends us the missing details?', { next: 'No reply within 10 days' }],
  [AD, 'en', 'gateways', "What kind of gateway is 'Wait for signed contract'?", { gatewayKind: 'Wait for signed contract' }],
  [AD, 'en', 'gateways', 'which options does "Which extras?" have', { branches: 'Which extras?' }],
  [AD, 'en', 'gateways', 'Is any split closed by a join of a different type?', { mismatches: true }],
  [AD, 'en', 'loops', 'Can an application end up going round in circles?', { loops: true }],
  [AD, 'en', 'reachability', 'are there steps nobody can ever get to?', { unreachable: true }],
  [AD, 'en', 'reachability', 'Can an application that got a rejection letter still end with the animal handed over?', { reaches: ['Send rejection letter', 'Hand over animal'] }],
  [AD, 'en', 'reachability', 'if the vet finds the animal unfit, can the adoption still go through to the handover?', { reaches: ['Animal not fit for adoption', 'Hand over animal'] }],
  [AD, 'en', 'ends', 'In how many ways can an adoption end?', { ends: true }],
  [AD, 'en', 'lanes', 'who does the home visit?', { lane: 'Carry out home visit' }],
  [AD, 'en', 'lanes', 'what does the shelter manager actually do in this process', { laneWork: 'Shelter Manager' }],
  [AD, 'en', 'lanes', 'list the swimlanes', { lanes: true }],
  [AD, 'en', 'lanes', 'Which lane has the most tasks?', { mostLane: true }],
  [AD, 'en', 'messages', 'What do we send to the adopter, and what do we get back?', { messages: true }],
  [AD, 'en', 'messages', 'where does the rejection letter go?', { messageTarget: 'Send rejection letter' }],
  [AD, 'en', 'pools', 'Which pools are in the collaboration?', { pools: true }],
  [AD, 'en', 'paths', 'how many different paths are there from the start to an end?', { paths: true }],
  [AD, 'en', 'paths', 'Can an application finish without the manager ever reviewing the case?', { pathsAvoid: 'Review adoption case' }],
  [AD, 'en', 'lint', 'Anything in this model I should clean up before I share it?', { lint: true }],
  [AD, 'en', 'compare', 'Does the counsellor have more tasks than the shelter manager?', { more: [{ ...T, lane: 'Adoption Counsellor' }, { ...T, lane: 'Shelter Manager' }] }],
  [AD2, 'en', 'changes', 'I just updated the model. What changed since the last version?', { changes: AD }],
  [AD, 'en', 'typos', 'waht happens aftr screening the aplication', { next: 'Screen application' }],
  [AD, 'en', 'typos', 'who reviews the adopton case', { lane: 'Review adoption case' }],
  [AD, 'en', 'typos', 'how many paralell gateways', { count: { types: ['parallelGateway'] } }],
  [AD, 'en', 'needsModel', 'Could you write an email to the adopter explaining the next steps?', { needsModel: true }],

  // ---------------------------------------------------------------- zahnersatz-processmaker (ProcessMaker, German)
  [Z, 'de', 'count', 'Wie viele Aufgaben hat die Praxis insgesamt?', { count: { ...T, pool: 'Zahnarztpraxis Dr. Weber' } }],
  [Z, 'de', 'count', 'wie viele aufgaben liegen bei der abrechnung', { count: { ...T, lane: 'Abrechnung' } }],
  [Z, 'de', 'count', 'Wie viele Aufgaben stecken im Unterprozess „Zahnersatz eingliedern“?', { count: { ...T, pool: '__sub:Zahnersatz eingliedern' } }],
  [Z, 'de', 'lookup', 'Wo wird der Kostenplan für die Kasse geschrieben?', { find: 'Heil- und Kostenplan erstellen' }],
  [Z, 'de', 'lookup', 'Was hat es mit dem Timer beim Warten auf den Bescheid auf sich?', { describe: '4 Wochen ohne Bescheid' }],
  [Z, 'de', 'lookup', 'Welcher Schritt schickt die Bestellung ans Labor?', { find: 'Zahnersatz beim Labor bestellen' }],
  [Z, 'de', 'after', 'nach dem Befund?', { next: 'Befund erheben' }],
  [Z, 'de', 'after', 'Was kommt, nachdem der Bescheid der Kasse da ist?', { next: 'Bescheid der Kasse abwarten' }],
  [Z, 'de', 'after', 'Und nach dem Abdruck?', { next: 'Abdruck nehmen' }],
  [Z, 'de', 'after', 'Was folgt, wenn der Zahnersatz fertig eingegliedert ist?', { next: '__subProcessOf:Zahnersatz eingegliedert' }],
  [Z, 'de', 'before', 'Welche Tätigkeiten kommen alle vor der Rechnung über den Eigenanteil? Bitte vollständig.', { upstream: 'Eigenanteil in Rechnung stellen' }],
  [Z, 'de', 'before', 'Was kommt direkt vor dem Aufklärungsgespräch zum Eigenanteil?', { prev: 'Patient über Eigenanteil aufklären' }],
  [Z, 'de', 'whatif', 'Was passiert, wenn der Plan abgelehnt wird?', { whatIf: ['Plan genehmigt?', 'abgelehnt'] }],
  [Z, 'de', 'whatif', 'Was, wenn gar kein Zahnersatz gebraucht wird?', { whatIf: ['Zahnersatz nötig?', 'nein'] }],
  [Z, 'de', 'whatif', 'Und wenn sich die Kasse vier Wochen lang nicht meldet?', { next: '4 Wochen ohne Bescheid' }],
  [Z, 'de', 'whatif', 'Was passiert, wenn der Zahnersatz nicht richtig sitzt?', { whatIf: ['Sitzt der Zahnersatz?', 'nein'] }],
  [Z, 'de', 'whatif', 'Angenommen, die Kasse genehmigt den Plan – wie geht es dann weiter?', { whatIf: ['Plan genehmigt?', 'genehmigt'] }],
  [Z, 'de', 'whatif', 'Was passiert, wenn sich der Zahnersatz als unbrauchbar herausstellt?', { next: 'Zahnersatz unbrauchbar' }],
  [Z, 'de', 'gateways', 'Welche Art von Gateway ist „Plan genehmigt?“', { gatewayKind: 'Plan genehmigt?' }],
  [Z, 'de', 'gateways', 'Guten Morgen, kurze Frage zum Modell: Welche Ausgänge hat das Gateway „Zahnersatz nötig?“ und wohin führen sie?', { branches: 'Zahnersatz nötig?' }],
  [Z, 'de', 'gateways', 'Wird irgendwo eine Verzweigung mit einem anderen Gateway-Typ wieder zusammengeführt?', { mismatches: true }],
  [Z, 'de', 'loops', 'Gibt es im Ablauf Schleifen?', { loops: true }],
  [Z, 'de', 'reachability', 'Gibt es Schritte, die nie erreicht werden?', { unreachable: true }],
  [Z, 'de', 'reachability', 'Kann ein abgelehnter Plan trotzdem noch zu einer Rechnung führen?', { reaches: ['Patient über Ablehnung informieren', 'Eigenanteil in Rechnung stellen'] }],
  [Z, 'de', 'reachability', 'Führt das Nachhaken bei der Kasse irgendwann doch zur Eingliederung?', { reaches: ['Bei der Kasse nachhaken', 'Zahnersatz eingliedern'] }],
  [Z, 'de', 'ends', 'Auf welche Arten kann das alles enden – in der Praxis und bei der Kasse?', { ends: true }],
  [Z, 'de', 'lanes', 'Wer erstellt den Heil- und Kostenplan?', { lane: 'Heil- und Kostenplan erstellen' }],
  [Z, 'de', 'lanes', 'Wer kümmert sich um den Termin für die Eingliederung?', { lane: 'Eingliederungstermin vereinbaren' }],
  [Z, 'de', 'lanes', 'Was macht die Behandlung alles?', { laneWork: 'Behandlung' }],
  [Z, 'de', 'lanes', 'Welche Lanes gibt es in der Praxis?', { lanes: true }],
  [Z, 'de', 'messages', 'Welche Nachrichten gehen zwischen Praxis und Krankenkasse hin und her?', { messages: true }],
  [Z, 'de', 'messages', 'An wen geht die Nachfrage, wenn wir nachhaken?', { messageTarget: 'Bei der Kasse nachhaken' }],
  [Z, 'de', 'pools', 'Welche Pools hat das Diagramm?', { pools: true }],
  [Z, 'de', 'pools', 'In welchem Pool wird mehr gearbeitet, also welcher hat mehr Aufgaben?', { mostPool: true }],
  [Z, 'de', 'paths', 'Wie viele Wege gibt es vom Start bis zu einem Ende?', { paths: true }],
  [Z, 'de', 'paths', 'Kann die Behandlung enden, ohne dass ein Heil- und Kostenplan erstellt wird?', { pathsAvoid: 'Heil- und Kostenplan erstellen' }],
  [Z, 'de', 'lint', 'Ist das Modell so in Ordnung oder gibt es Warnungen?', { lint: true }],
  [Z, 'de', 'compare', 'Hat der Empfang mehr Aufgaben als die Abrechnung?', { more: [{ ...T, lane: 'Empfang' }, { ...T, lane: 'Abrechnung' }] }],
  [Z, 'de', 'typos', 'wer macht die rechnug für den eigenanteil', { lane: 'Eigenanteil in Rechnung stellen' }],
  [Z, 'de', 'typos', 'wieviele paralelle gateways', { count: { types: ['parallelGateway'] } }],
  [Z, 'de', 'typos', 'was komt nach dem kostenplan erstelen', { next: 'Heil- und Kostenplan erstellen' }],
  [Z, 'de', 'needsModel', 'Formuliere bitte einen Brief an den Patienten, der ihm den Eigenanteil erklärt.', { needsModel: true }],

  // ---------------------------------------------------------------- shaken-eclipse (Eclipse BPMN2 Modeler, Japanese)
  [S, 'ja', 'count', 'タスクは全部でいくつありますか？', { count: T }],
  [S, 'ja', 'count', '整備士のタスクは何個？', { count: { ...T, lane: '整備士' } }],
  [S, 'ja', 'count', 'ゲートウェイの数を教えてください', { count: { family: 'gateway' } }],
  [S, 'ja', 'count', '手動タスクはいくつ', { count: { types: ['manualTask'] } }],
  [S, 'ja', 'lookup', '見積もりを作るのはどのステップ？', { find: '見積書を作成する' }],
  [S, 'ja', 'lookup', '不適合のエラーイベントについて教えて', { describe: '保安基準に不適合' }],
  [S, 'ja', 'lookup', 'ブレーキの測定はどこでやっている？', { find: 'ブレーキを測定する' }],
  [S, 'ja', 'after', '車両を受け付けたあとは何をしますか？', { next: '車両を受け付ける' }],
  [S, 'ja', 'after', '見積書を送ったら次は？', { next: '見積書を送る' }],
  [S, 'ja', 'after', '完成検査のあと', { next: '完成検査' }],
  [S, 'ja', 'after', 'お客様が整備を承認したら、そのあとどうなる？', { next: '整備の承認を受けた' }],
  [S, 'ja', 'before', '見積書を作成する前には何がある？', { prev: '見積書を作成する' }],
  [S, 'ja', 'before', '保安基準適合証を出すまでにやる作業を全部教えて', { upstream: '保安基準適合証を発行する' }],
  [S, 'ja', 'before', '部品を交換する直前のステップは？', { prev: '部品を交換する' }],
  [S, 'ja', 'whatif', '書類がそろっていなかったらどうなる？', { whatIf: ['書類はそろっている？', 'いいえ'] }],
  [S, 'ja', 'whatif', 'お客様に整備を断られたら？', { next: '整備を断られた' }],
  [S, 'ja', 'whatif', '3日たってもお客様から返事がないときは？', { next: '3日間回答なし' }],
  [S, 'ja', 'whatif', 'オイル交換の時期だったらどうなりますか', { whatIf: ['追加整備の内容は？', 'オイル交換時期'] }],
  [S, 'ja', 'whatif', '検査で基準に合わなかった場合はどうする？', { next: '保安基準に不適合' }],
  [S, 'ja', 'gateways', '「お客様の回答待ち」はどの種類のゲートウェイ？', { gatewayKind: 'お客様の回答待ち' }],
  [S, 'ja', 'gateways', '「追加整備の内容は？」の分岐先を教えて', { branches: '追加整備の内容は？' }],
  [S, 'ja', 'gateways', '分岐と合流でゲートウェイの種類が食い違っているところはある？', { mismatches: true }],
  [S, 'ja', 'loops', 'ループはありますか？', { loops: true }],
  [S, 'ja', 'reachability', '到達できない要素はある？', { unreachable: true }],
  [S, 'ja', 'reachability', '整備を断られても、納車までたどり着くことはある？', { reaches: ['整備を断られた', '車両を納車する'] }],
  [S, 'ja', 'reachability', '再整備したあと、適合証の発行まで行ける？', { reaches: ['不適合箇所を再整備する', '保安基準適合証を発行する'] }],
  [S, 'ja', 'ends', 'このプロセスはどんな終わり方がありますか？', { ends: true }],
  [S, 'ja', 'lanes', '部品の発注は誰がやる？', { lane: '交換部品を発注する' }],
  [S, 'ja', 'lanes', '納車はどのレーンの担当？', { lane: '車両を納車する' }],
  [S, 'ja', 'lanes', '検査員は何をしますか？', { laneWork: '検査員' }],
  [S, 'ja', 'lanes', 'レーンを一覧にして', { lanes: true }],
  [S, 'ja', 'lanes', '一番タスクが多いのはどのレーン？', { mostLane: true }],
  [S, 'ja', 'messages', 'すみません、お客様とのあいだでやり取りするメッセージをすべて教えていただけますか？', { messages: true }],
  [S, 'ja', 'messages', '見積書はどこに送られる？', { messageTarget: '見積書を送る' }],
  [S, 'ja', 'pools', 'プールは何がありますか', { pools: true }],
  [S, 'ja', 'paths', 'スタートから終了までの経路は何通り？', { paths: true }],
  [S, 'ja', 'paths', '見積書を送らずに終わるケースはある？', { pathsAvoid: '見積書を送る' }],
  [S, 'ja', 'lint', 'このモデルに問題点はありますか？', { lint: true }],
  [S, 'ja', 'compare', '整備士のタスクは検査員より多い？', { more: [{ ...T, lane: '整備士' }, { ...T, lane: '検査員' }] }],
  [S, 'ja', 'typos', 'みつもりしょをおくったあとは？', { next: '見積書を送る' }],
  [S, 'ja', 'typos', 'ぶひんのはっちゅうはだれがする？', { lane: '交換部品を発注する' }],
  [S, 'ja', 'typos', 'のうしゃのまえは', { prev: '車両を納車する' }],
  [S, 'ja', 'needsModel', 'お客様向けに車検の流れを説明する文章を書いてください', { needsModel: true }],

  // ---------------------------------------------------------------- crosslang: questions in one language over labels in another
  [AD, 'de', 'crosslang', 'Wer macht den Hausbesuch?', { lane: 'Carry out home visit' }],
  [AD, 'de', 'crosslang', 'Was macht eigentlich das Veterinary Team?', { laneWork: 'Veterinary Team' }],
  [AD, 'de', 'crosslang', 'Was passiert, wenn der Antrag nicht vollständig ist?', { whatIf: ['Application complete?', 'no'] }],
  [AD2, 'de', 'crosslang', 'Was hat sich seit der letzten Version geändert?', { changes: AD }],
  [AD, 'ja', 'crosslang', '面談のあとは何をしますか？', { next: 'Interview adopter' }],
  [AD, 'ja', 'crosslang', 'シェルターマネージャーのタスクはいくつ？', { count: { ...T, lane: 'Shelter Manager' } }],
  [AD, 'ja', 'crosslang', '譲渡が却下されたらどうなる？', { whatIf: ['Adoption approved?', 'rejected'] }],
  [AD2, 'ja', 'crosslang', '前のバージョンから何が変わった？', { changes: AD }],
  [Z, 'en', 'crosslang', 'who writes the treatment and cost plan?', { lane: 'Heil- und Kostenplan erstellen' }],
  [Z, 'en', 'crosslang', 'what happens if the health insurer rejects the plan?', { whatIf: ['Plan genehmigt?', 'abgelehnt'] }],
  [Z, 'en', 'crosslang', 'how many tasks does the Krankenkasse pool have?', { count: { ...T, pool: 'Krankenkasse' } }],
  [Z, 'en', 'crosslang', 'what comes after the impression is taken?', { next: 'Abdruck nehmen' }],
  [Z, 'ja', 'crosslang', 'ケースの流れにループはある？', { loops: true }],
  [Z, 'ja', 'crosslang', 'メッセージの一覧を見せて', { messages: true }],
  [Z, 'ja', 'crosslang', 'Befund erheben の次は何？', { next: 'Befund erheben' }],
  [S, 'en', 'crosslang', 'who orders the spare parts?', { lane: '交換部品を発注する' }],
  [S, 'en', 'crosslang', 'what happens if the customer declines the repair?', { next: '整備を断られた' }],
  [S, 'en', 'crosslang', 'what does the 検査員 lane do?', { laneWork: '検査員' }],
  [S, 'en', 'crosslang', "what kind of gateway waits for the customer's answer?", { gatewayKind: 'お客様の回答待ち' }],
  [S, 'de', 'crosslang', 'Was passiert, wenn die Unterlagen nicht vollständig sind?', { whatIf: ['書類はそろっている？', 'いいえ'] }],
  [S, 'de', 'crosslang', 'Wie viele Aufgaben gibt es insgesamt?', { count: T }],
  [S, 'de', 'crosslang', 'Welche Pools gibt es?', { pools: true }],
];
