// FRESH_14: a blind batch, written on 2 Dec 2026 between 17:20 and 17:35 UTC without reading the analyst's code
// (lib/ai/analyst*.ts, lib/bpmn/tools/{text,vocabulary,queries,index}.ts) or running it on these questions, and without
// reading the other batches' questions beyond their format. All are over three diagrams in export styles new to the
// fixtures (e2e/fixtures/diagrams/generate-fresh14.ts): manuscript-axonivy (Axon Ivy-like, `_<PID>-f<n>` ids,
// `-S10-f<n>` inside the embedded sub-process, ivy: attributes, IvyScript conditions, labels with line breaks, English;
// a journal's manuscript handling with pools Author / Journal Editorial Office / Reviewers and ten message flows,
// lanes Editorial Assistant / Handling Editor / Production, a missing-files loop, an expanded peer-review sub-process
// with an event-based wait and a reminder loop inside, a non-interrupting 8-week timer and an error boundary on it, a
// revision loop back to the decision, a 90-day timer on a receive task, a parallel split/join, an inclusive split/join
// with a default flow, a data object, a task nothing leads to) and its next revision manuscript-axonivy-v2 (a
// conflict-of-interest check added before the review, the proofs task renamed); sperrmuell-ibmbaw (IBM BAW Process
// Designer-like, JAXB prefixes ns2:/ns3:/ns4:–ns6:, `bpdid_…_-7fxx` ids sharing one long prefix, JavaScript
// conditions, HTML documentation, a System lane, German; a bulky-waste collection with pools Antragsteller /
// Abfallwirtschaftsbetrieb / Elektro-Recyclingpartner and seven message flows, lanes Kundenservice / Tourenplanung /
// Entsorgungsteam / System, an event-based wait for the citizen's answer, an inclusive split/join with a default flow,
// a call activity with a non-interrupting timer and an error boundary whose handling loops back, a parallel split/join,
// a data object, a gateway with one outgoing flow, a task nothing leads to); seihin-kaishu-powerdesigner (SAP
// PowerDesigner-like, `o<n>` ids, pd:objectID/pd:code, CR LF line breaks in labels, Japanese; a product recall with
// pools 顧客 / あおば電機株式会社 / 消費者庁 / 販売店 and eight message flows, lanes カスタマーセンター / 品質保証部 /
// 経営会議 / 物流センター, an investigation sub-process with a loop, a non-interrupting 10-day timer and an error
// boundary on it, a risk decision with a default flow, a three-way parallel split/join with an event-based wait and an
// enquiry loop, an inclusive split/join with a default flow, a data object, an unnamed task and a task nothing leads
// to). Facts are computed by the suite's oracle from its own parse; each was checked by hand against the XML
// (ORACLE_ONLY=1 prints them).
import type { Question } from './analyst-questions.data';

const T = { family: 'task' } as const;
const MAN = 'manuscript-axonivy', MAN2 = 'manuscript-axonivy-v2', SPERR = 'sperrmuell-ibmbaw', RECALL = 'seihin-kaishu-powerdesigner';

/** FRESH_14 on its first and only honest run: 2 Dec 2026, 18:30–18:38 UTC, on main at a9dd0be ("[fresh14-ready]", the
 *  round's merged analyst work; run in writer14's clone on branch run14 = 4427b56 + main, merge 8127f47):
 *  **139/166 = 83.7 %**.
 *  Per language: en 48/58 (83 %), de 43/54 (80 %), ja 48/54 (89 %).
 *  Per category: after 14/17, before 7/8, changes 2/2, compare 3/3, count 15/16, crosslang 30/34, ends 3/3, gateways 9/9,
 *  lanes 12/12, lint 3/3, lookup 4/6, loops 3/3, messages 6/6, needsModel 3/4, paths 2/6, pools 3/3, reachability 8/8,
 *  summary 2/3, typos 3/5, whatif 7/15.
 *  Misses (question → what was wrong; the answer's first line). Every expected fact was checked again against the XML
 *  after the run and none was found wrong, none was changed (path counts 19/25/21 also recounted with an independent
 *  script). One is ambiguous in the question, not in the fact: "Was kommt nach der Tourenplanung?" names the lane
 *  Tourenplanung as well as the planning step (the call activity "Abholtour planen", whose called process is also
 *  "Tourenplanung"); the fact is the step's successor, the answer described the lane's work.
 *  - [count] manuscript-axonivy "How many send tasks are there, counting the ones inside the review sub-process too?" → expected the count 9 in the first line ; answered: There are **0 send tasks** in pool **Reviewers** (`_19C4E7A2F05B3D81-p2`).
 *  - [whatif] manuscript-axonivy "what happens if the plagiarism score comes out over 30%?" → expected _19C4E7A2F05B3D81-f63 cited ; answered: If **Within journal scope?** (`_19C4E7A2F05B3D81-f62`) takes the branch "in scope" (condition `in.manuscript.inScope`): **Peer review round** (`_19C4E…
 *  - [whatif] manuscript-axonivy "If the paper doesn't fit the journal at all, what then?" → expected _19C4E7A2F05B3D81-f63 cited ; answered: I couldn't find an element called that in the diagram. Elements with names include **Manuscript submitted** (`_19C4E7A2F05B3D81-f54`), **Check submiss…
 *  - [whatif] manuscript-axonivy "What happens when the editor asks the author for changes?" → expected _19C4E7A2F05B3D81-f76 cited ; answered: **Author** (`_19C4E7A2F05B3D81-p0`) is a pool of **Author** (`_19C4E7A2F05B3D81-p0`).
 *  - [whatif] manuscript-axonivy "Suppose the author has paid for open access — which step does that trigger?" → expected _19C4E7A2F05B3D81-f89 cited ; answered: There are **0 activities** in pool **Author** (`_19C4E7A2F05B3D81-p0`).
 *  - [paths] manuscript-axonivy "how many start-to-end paths are there?" → expected 19 paths in the first line ; answered: The process can end in 5 ways:
 *  - [lookup] manuscript-axonivy "is there a step where we check for plagiarism?" → expected _19C4E7A2F05B3D81-f59 cited ; answered: Yes: **Reviewers** (`_19C4E7A2F05B3D81-p2`), **Review reports** (`_19C4E7A2F05B3D81-f4`), **Invite reviewers** (`_19C4E7A2F05B3D81-S10-f1`).
 *  - [after] manuscript-axonivy "which activities can still happen once the acceptance letter is out?" → expected _19C4E7A2F05B3D81-f84, _19C4E7A2F05B3D81-f85, _19C4E7A2F05B3D81-f87, _19C4E7A2F05B3D81-f89, _19C4E7A2F05B3D81-f90, _19C4E7A2F05B3D81-f92 cited ; answered: Yes — **Send acceptance letter** (`_19C4E7A2F05B3D81-f82`) can be reached from **Similarity acceptable?** (`_19C4E7A2F05B3D81-f60`): **Similarity acce…
 *  - [needsModel] manuscript-axonivy "Which KPIs would you suggest we track for this editorial process?" → expected to say a language model is needed ; answered: **Invoice article processing charge** (`_19C4E7A2F05B3D81-f89`) is a service task in lane **Production** (`_19C4E7A2F05B3D81-l2`) of **Journal Editori…
 *  - [after] sperrmuell-ibmbaw "Was kommt nach der Tourenplanung?" → expected bpdid_2f64a1c9e03b7d58_-3b7f1e2a_19a2c4d7e61_-7fb6 cited ; answered: Die Lane **Tourenplanung** (`bpdid_2f64a1c9e03b7d58_-3b7f1e2a_19a2c4d7e61_-7ff3`) (Pool **Abfallwirtschaftsbetrieb** (`bpdid_2f64a1c9e03b7d58_-3b7f1e2…
 *  - [whatif] sperrmuell-ibmbaw "Was ist, wenn auch alte Farbeimer dabei sind?" → expected bpdid_2f64a1c9e03b7d58_-3b7f1e2a_19a2c4d7e61_-7fbe cited ; answered: **Abfallstatistik aktualisieren** (`bpdid_2f64a1c9e03b7d58_-3b7f1e2a_19a2c4d7e61_-7fab`) ist eine Serviceaufgabe in der Lane **System** (`bpdid_2f64a1…
 *  - [whatif] sperrmuell-ibmbaw "Was passiert, wenn ein alter Kühlschrank mit abgeholt werden soll?" → expected bpdid_2f64a1c9e03b7d58_-3b7f1e2a_19a2c4d7e61_-7fbf cited ; answered: **Abfallstatistik aktualisieren** (`bpdid_2f64a1c9e03b7d58_-3b7f1e2a_19a2c4d7e61_-7fab`) ist eine Serviceaufgabe in der Lane **System** (`bpdid_2f64a1…
 *  - [whatif] sperrmuell-ibmbaw "Was passiert, wenn der Sperrmüll gar nicht an der Straße steht?" → expected bpdid_2f64a1c9e03b7d58_-3b7f1e2a_19a2c4d7e61_-7fae cited ; answered: **Sperrmüll abholen** (`bpdid_2f64a1c9e03b7d58_-3b7f1e2a_19a2c4d7e61_-7fb5`) ist eine manuelle Aufgabe in der Lane **Entsorgungsteam** (`bpdid_2f64a1c…
 *  - [whatif] sperrmuell-ibmbaw "und wenn alles ordentlich bereitsteht?" → expected bpdid_2f64a1c9e03b7d58_-3b7f1e2a_19a2c4d7e61_-7fb3 cited ; answered: Das kann ich aus der Struktur des Diagramms allein nicht beantworten. Ich kann Elemente zählen und auflisten (nach Typ, Lane oder Pool), sagen, was na…
 *  - [paths] sperrmuell-ibmbaw "Wie viele mögliche Abläufe vom Start bis zum Ende gibt es?" → expected 25 paths in the first line ; answered: 20+ Pfade vom Start bis zum Ende:
 *  - [typos] sperrmuell-ibmbaw "wiviele user tasks gibts" → answer is not in de ; answered: I can't answer that from the diagram's structure alone. I can count and list elements (by type, lane or pool), say what happens after or before a step…
 *  - [before] sperrmuell-ibmbaw "Welche Schritte können alle schon vor der Tourenplanung gelaufen sein?" → expected bpdid_2f64a1c9e03b7d58_-3b7f1e2a_19a2c4d7e61_-7fc3, bpdid_2f64a1c9e03b7d58_-3b7f1e2a_19a2c4d7e61_-7fc8, bpdid_2f64a1c9e03b7d58_-3b7f1e2a_19a2c4d7e61_-7fca, bpdid_2f64a1c9e03b7d58_-3b7f1e2a_19a2c4d7e61_-7fcb cited ; answered: Die Lane **Tourenplanung** (`bpdid_2f64a1c9e03b7d58_-3b7f1e2a_19a2c4d7e61_-7ff3`) (Pool **Abfallwirtschaftsbetrieb** (`bpdid_2f64a1c9e03b7d58_-3b7f1e2…
 *  - [summary] sperrmuell-ibmbaw "Hallo! Kannst du mir das Diagramm kurz zusammenfassen?" → expected 34 elements in the first line ; answered: Ich bin der Offline-Diagramm-Analyst und antworte aus der Struktur Ihres Diagramms. Ich kann Elemente zählen und auflisten (nach Typ, Lane oder Pool),…
 *  - [crosslang] sperrmuell-ibmbaw "粗大ごみが出されていなかったらどうなりますか？" → expected bpdid_2f64a1c9e03b7d58_-3b7f1e2a_19a2c4d7e61_-7fae cited ; answered: 図の構造だけではその質問には答えられません。要素を種類・レーン・プール別に数えて一覧にし、ステップの前後や分岐した場合に何が起こるか、経路、終わり方、ループ、レーン、プール、メッセージフロー、ゲートウェイ、到達できない要素、モデラーが示す問題と修正方法、変更点を答えられます。
 *  - [paths] seihin-kaishu-powerdesigner "リコールを決めないままプロセスが終わることはありますか？" → expected yes ; answered: **回収の実施を決定する** (`o81`)はレーン**経営会議** (`o20`) （**あおば電機株式会社** (`o6`)）のユーザータスクです。
 *  - [paths] seihin-kaishu-powerdesigner "開始から終了までの経路はいくつありますか？" → expected 21 paths in the first line ; answered: 開始から終了までの経路は20+通りです：
 *  - [lookup] seihin-kaishu-powerdesigner "「重大事故の発生」について説明して" → expected o74 cited ; answered: **seihin-kaishu-powerdesigner**（プロセス**製品回収（リコール）対応**）には要素が38個あり、41本のシーケンスフローと8本のメッセージフローでつながっています。
 *  - [typos] seihin-kaishu-powerdesigner "しょうひしゃちょうにとどけでたあとはどうなる" → expected o84 cited ; answered: 図の中に"はどうなる"という要素は見つかりません。名前のある要素：**不具合の報告を受けた** (`o58`)、**不具合情報を登録する** (`o59`)、**原因を調査する** (`o60`)、**調査開始** (`o61`)、**現品を回収して 分析する** (`o62`)、**類似の報告を検…
 *  - [after] seihin-kaishu-powerdesigner "回収を決定したあと、どの作業が行われる可能性がありますか？" → expected o91, o93, o94, o95, o97, o98, o87 cited ; answered: **回収の実施を決定する** (`o81`)の次は並列ゲートウェイ (`o82`)です。
 *  - [crosslang] seihin-kaishu-powerdesigner "what happens if there is a serious accident during the investigation?" → expected o80 cited ; answered: **原因を調査する** (`o60`) is a sub process in lane **品質保証部** (`o19`) of **あおば電機株式会社** (`o6`).
 *  - [crosslang] seihin-kaishu-powerdesigner "Was passiert nach der Meldung an die Verbraucherbehörde?" → expected o84 cited ; answered: Nach **届出が受理された** (`o85`) kommt paralleles Gateway (`o90`).
 *  - [crosslang] seihin-kaishu-powerdesigner "Was passiert, wenn das Risiko gering ist?" → expected o76 cited ; answered: Wenn **リスクの程度は？** (`o75`) den Zweig "重大なリスク" (Bedingung `[リスク区分] = "高"`) nimmt: exklusives Gateway (`o80`) → **回収の実施を決定する** (`o81`) → paralleles Gatew…
 */
export const FRESH_14_FIRST_RUN = { passed: 139, total: 166 };

export const FRESH_14: Question[] = [
  // ---------------------------------------------------------------- manuscript-axonivy (Axon Ivy, English)
  [MAN, 'en', 'count', 'We model our journal workflow in Axon Ivy and exported it as BPMN. How many tasks does the handling editor have?', { count: { ...T, lane: 'Handling Editor' } }],
  [MAN, 'en', 'count', 'How many send tasks are there, counting the ones inside the review sub-process too?', { count: { types: ['sendTask'] } }],
  [MAN, 'en', 'count', 'number of timer events?', { count: { eventDef: 'timer' } }],
  [MAN, 'en', 'count', 'how many gateways, joins included', { count: { family: 'gateway' } }],
  [MAN, 'en', 'count', 'How many user tasks are in Production?', { count: { types: ['userTask'], lane: 'Production' } }],
  [MAN, 'en', 'count', 'how many message flows does the collaboration have?', { count: { collection: 'messageFlows' } }],
  [MAN, 'en', 'after', 'What happens after the similarity check?', { next: 'Run similarity check' }],
  [MAN, 'en', 'after', 'Once the peer review round is over, where does the manuscript go next?', { next: 'Peer review round' }],
  [MAN, 'en', 'after', 'and after the author sends back the revised manuscript?', { next: 'Receive revised\nmanuscript' }],
  [MAN, 'en', 'after', 'what happens when a reviewer is three weeks late with the report?', { next: '21 days passed' }],
  [MAN, 'en', 'before', 'What has to happen right before we send the acceptance letter?', { prev: 'Send acceptance letter' }],
  [MAN, 'en', 'before', 'what leads into the editorial decision task?', { prev: 'Make editorial\ndecision' }],
  [MAN, 'en', 'whatif', 'What if the submission is incomplete?', { whatIf: ['Submission complete?', 'no'] }],
  [MAN, 'en', 'whatif', "what happens if the plagiarism score comes out over 30%?", { whatIf: ['Similarity acceptable?', 'similarity above 30 %'] }],
  [MAN, 'en', 'whatif', "If the paper doesn't fit the journal at all, what then?", { whatIf: ['Within journal scope?', 'out of scope'] }],
  [MAN, 'en', 'whatif', 'What happens when the editor asks the author for changes?', { whatIf: ['Editorial decision?', 'revise'] }],
  [MAN, 'en', 'whatif', 'Suppose the author has paid for open access — which step does that trigger?', { whatIf: ['Publication extras?', 'open access'] }],
  [MAN, 'en', 'gateways', 'what are the possible outcomes of the editorial decision?', { branches: 'Editorial decision?' }],
  [MAN, 'en', 'gateways', 'What kind of gateway is "Wait for reviews"?', { gatewayKind: 'Wait for reviews' }],
  [MAN, 'en', 'gateways', 'is the publication extras gateway exclusive or inclusive?', { gatewayKind: 'Publication extras?' }],
  [MAN, 'en', 'lanes', 'Who runs the similarity check?', { lane: 'Run similarity check' }],
  [MAN, 'en', 'lanes', 'which role does the copy-editing?', { lane: 'Copy-edit manuscript' }],
  [MAN, 'en', 'lanes', 'what is the editorial assistant responsible for?', { laneWork: 'Editorial Assistant' }],
  [MAN, 'en', 'lanes', 'Which lane carries the most tasks?', { mostLane: true }],
  [MAN, 'en', 'pools', 'who takes part in this collaboration?', { pools: true }],
  [MAN, 'en', 'messages', 'What messages go back and forth between the office, the authors and the reviewers?', { messages: true }],
  [MAN, 'en', 'messages', 'Where does the acceptance letter get sent to?', { messageTarget: 'Send acceptance letter' }],
  [MAN, 'en', 'ends', 'In how many different ways can a manuscript end up?', { ends: true }],
  [MAN, 'en', 'loops', 'Is there rework anywhere, like going round again after a revision?', { loops: true }],
  [MAN, 'en', 'reachability', 'After a revision has been checked, can the manuscript come back to the editorial decision again?', { reaches: ['Check revision\nagainst reviews', 'Make editorial\ndecision'] }],
  [MAN, 'en', 'reachability', 'Once we have sent a desk rejection, can that paper still end up published?', { reaches: ['Send desk rejection', 'Article published'] }],
  [MAN, 'en', 'reachability', 'Is there anything in the model that nothing leads to?', { unreachable: true }],
  [MAN, 'en', 'paths', 'Can a manuscript finish without ever going through the peer review round?', { pathsAvoid: 'Peer review round' }],
  [MAN, 'en', 'paths', 'how many start-to-end paths are there?', { paths: true }],
  [MAN, 'en', 'lint', 'anything I should fix before we deploy this to the engine?', { lint: true }],
  [MAN, 'en', 'lookup', 'Tell me about the 8-week timer on the review.', { describe: '8 weeks\nwithout decision' }],
  [MAN, 'en', 'lookup', 'is there a step where we check for plagiarism?', { find: 'Run similarity check' }],
  [MAN, 'en', 'typos', 'waht happens aftr the proofs are sent', { next: 'Send proofs to author' }],
  [MAN, 'en', 'typos', 'how many recieve tasks r there', { count: { types: ['receiveTask'] } }],
  [MAN, 'en', 'compare', 'Does the handling editor have more tasks than production?', { more: [{ ...T, lane: 'Handling Editor' }, { ...T, lane: 'Production' }] }],
  [MAN, 'en', 'after', 'which activities can still happen once the acceptance letter is out?', { downstream: 'Send acceptance letter' }],
  [MAN, 'en', 'needsModel', 'Can you draft the email text for a desk rejection?', { needsModel: true }],
  [MAN, 'en', 'needsModel', 'Which KPIs would you suggest we track for this editorial process?', { needsModel: true }],
  [MAN, 'en', 'summary', 'hi! give me a quick overview of this diagram', { summary: true }],
  [MAN2, 'en', 'changes', 'I changed a couple of things since the last upload — what is different now?', { changes: MAN }],
  [MAN2, 'en', 'before', 'In this version, what comes right before the peer review round?', { prev: 'Peer review round' }],
  [MAN, 'de', 'crosslang', 'Was passiert, wenn die Einreichung unvollständig ist?', { whatIf: ['Submission complete?', 'no'] }],
  [MAN, 'de', 'crosslang', 'Wie viele Aufgaben hat die Lane Production?', { count: { ...T, lane: 'Production' } }],
  [MAN, 'de', 'crosslang', 'Wer entscheidet über das Manuskript?', { lane: 'Make editorial\ndecision' }],
  [MAN, 'de', 'crosslang', 'Gibt es Schleifen?', { loops: true }],
  [MAN, 'de', 'crosslang', 'Kann der Prozess enden, ohne dass die Begutachtung stattfindet?', { pathsAvoid: 'Peer review round' }],
  [MAN, 'ja', 'crosslang', 'この図のタスクはいくつありますか？', { count: T }],
  [MAN, 'ja', 'crosslang', '査読者が21日以内に返事をしないとどうなりますか？', { next: '21 days passed' }],
  [MAN, 'ja', 'crosslang', '「Send proofs to author」の担当レーンは？', { lane: 'Send proofs to author' }],
  [MAN, 'ja', 'crosslang', 'プロセスの終わり方を教えてください', { ends: true }],
  [MAN, 'ja', 'crosslang', '到達できないタスクはありますか？', { unreachable: true }],
  [MAN2, 'ja', 'changes', '前のバージョンから何が変わりましたか？', { changes: MAN }],

  // ---------------------------------------------------------------- sperrmuell-ibmbaw (IBM BAW Process Designer, German)
  [SPERR, 'de', 'count', 'Das ist ein Export aus IBM BAW. Wie viele Aufgaben laufen in der System-Lane?', { count: { ...T, lane: 'System' } }],
  [SPERR, 'de', 'count', 'Wie viele Service-Tasks gibt es?', { count: { types: ['serviceTask'] } }],
  [SPERR, 'de', 'count', 'Anzahl der Endereignisse?', { count: { types: ['endEvent'] } }],
  [SPERR, 'de', 'count', 'wieviele Gateways hat das Modell insgesamt', { count: { family: 'gateway' } }],
  [SPERR, 'de', 'count', 'Wie viele Aufgaben hat das Entsorgungsteam?', { count: { ...T, lane: 'Entsorgungsteam' } }],
  [SPERR, 'de', 'after', 'Was passiert, nachdem die Anmeldung erfasst wurde?', { next: 'Anmeldung erfassen' }],
  [SPERR, 'de', 'after', 'Was kommt nach der Tourenplanung?', { next: 'Abholtour planen' }],
  [SPERR, 'de', 'after', 'Und was passiert, wenn der Bürger das Angebot annimmt?', { next: 'Angebot angenommen' }],
  [SPERR, 'de', 'after', 'Was passiert, wenn sich der Antragsteller zwei Wochen lang nicht meldet?', { next: '14 Tage ohne Antwort' }],
  [SPERR, 'de', 'after', 'Was passiert, wenn in der Woche keine Kapazität mehr frei ist?', { next: 'Keine Kapazität in der Woche' }],
  [SPERR, 'de', 'before', 'Was muss passieren, bevor der Sperrmüll abgeholt wird?', { prev: 'Sperrmüll abholen' }],
  [SPERR, 'de', 'before', 'Was geht der Fehlfahrtgebühr voraus?', { prev: 'Fehlfahrtgebühr in Rechnung stellen' }],
  [SPERR, 'de', 'whatif', 'Was passiert, wenn jemand mehr als 5 Kubikmeter anmeldet?', { whatIf: ['Menge zulässig?', 'mehr als 5 m³'] }],
  [SPERR, 'de', 'whatif', 'Was ist, wenn auch alte Farbeimer dabei sind?', { whatIf: ['Welche Abfallarten?', 'Farben oder Chemikalien dabei'] }],
  [SPERR, 'de', 'whatif', 'Was passiert, wenn ein alter Kühlschrank mit abgeholt werden soll?', { whatIf: ['Welche Abfallarten?', 'Elektrogeräte dabei'] }],
  [SPERR, 'de', 'whatif', 'Was passiert, wenn der Sperrmüll gar nicht an der Straße steht?', { whatIf: ['Sperrmüll bereitgestellt?', 'nein'] }],
  [SPERR, 'de', 'whatif', 'und wenn alles ordentlich bereitsteht?', { whatIf: ['Sperrmüll bereitgestellt?', 'ja'] }],
  [SPERR, 'de', 'gateways', 'Welche Zweige hat das Gateway „Welche Abfallarten?“', { branches: 'Welche Abfallarten?' }],
  [SPERR, 'de', 'gateways', 'Was für ein Gateway ist „Antwort abwarten“?', { gatewayKind: 'Antwort abwarten' }],
  [SPERR, 'de', 'gateways', 'Passen die öffnenden und schließenden Gateways überall zusammen?', { mismatches: true }],
  [SPERR, 'de', 'lanes', 'Wer plant die Abholtour?', { lane: 'Abholtour planen' }],
  [SPERR, 'de', 'lanes', 'Wer ist für die Gebührenberechnung zuständig?', { lane: 'Gebühr berechnen' }],
  [SPERR, 'de', 'lanes', 'Was macht der Kundenservice alles?', { laneWork: 'Kundenservice' }],
  [SPERR, 'de', 'lanes', 'Welche Lanes hat der Pool?', { lanes: true }],
  [SPERR, 'de', 'pools', 'Welche Pools gibt es?', { pools: true }],
  [SPERR, 'de', 'messages', 'Welche Nachrichten werden ausgetauscht?', { messages: true }],
  [SPERR, 'de', 'messages', 'An wen geht der Auftrag für die Elektrogeräte?', { messageTarget: 'Abholung der Elektrogeräte beim Partner beauftragen' }],
  [SPERR, 'de', 'ends', 'Wie kann die Sperrmüllabholung enden?', { ends: true }],
  [SPERR, 'de', 'loops', 'Gibt es irgendwo eine Schleife?', { loops: true }],
  [SPERR, 'de', 'reachability', 'Gibt es Aufgaben, die nie erreicht werden?', { unreachable: true }],
  [SPERR, 'de', 'reachability', 'Wenn 14 Tage ohne Antwort vergehen, kann der Sperrmüll dann trotzdem noch abgeholt werden?', { reaches: ['14 Tage ohne Antwort', 'Sperrmüll abholen'] }],
  [SPERR, 'de', 'reachability', 'Kann eine kostenpflichtige Zusatzabholung am Ende trotzdem zur Abholung führen?', { reaches: ['Kostenpflichtige Zusatzabholung anbieten', 'Sperrmüll abholen'] }],
  [SPERR, 'de', 'paths', 'Kann der Prozess enden, ohne dass eine Abholtour geplant wird?', { pathsAvoid: 'Abholtour planen' }],
  [SPERR, 'de', 'paths', 'Wie viele mögliche Abläufe vom Start bis zum Ende gibt es?', { paths: true }],
  [SPERR, 'de', 'lint', 'Gibt es Modellierungsfehler, die ich beheben sollte?', { lint: true }],
  [SPERR, 'de', 'lookup', 'Gibt es einen Schritt, der Fehlfahrten in Rechnung stellt?', { find: 'Fehlfahrtgebühr in Rechnung stellen' }],
  [SPERR, 'de', 'lookup', 'Erklär mir bitte den Timer an der Tourenplanung', { describe: 'Planung dauert über 3 Tage' }],
  [SPERR, 'de', 'typos', 'was pasiert nach dem abholen vom sperrmül', { next: 'Sperrmüll abholen' }],
  [SPERR, 'de', 'typos', 'wiviele user tasks gibts', { count: { types: ['userTask'] } }],
  [SPERR, 'de', 'compare', 'Hat die Tourenplanung mehr Aufgaben als der Kundenservice?', { more: [{ ...T, lane: 'Tourenplanung' }, { ...T, lane: 'Kundenservice' }] }],
  [SPERR, 'de', 'before', 'Welche Schritte können alle schon vor der Tourenplanung gelaufen sein?', { upstream: 'Abholtour planen' }],
  [SPERR, 'de', 'needsModel', 'Formuliere eine freundliche E-Mail an den Antragsteller für die Terminbestätigung', { needsModel: true }],
  [SPERR, 'de', 'summary', 'Hallo! Kannst du mir das Diagramm kurz zusammenfassen?', { summary: true }],
  [SPERR, 'en', 'crosslang', 'What happens if the pile is bigger than 5 cubic metres?', { whatIf: ['Menge zulässig?', 'mehr als 5 m³'] }],
  [SPERR, 'en', 'crosslang', 'how many tasks are in the System lane?', { count: { ...T, lane: 'System' } }],
  [SPERR, 'en', 'crosslang', 'who does the actual pickup?', { lane: 'Sperrmüll abholen' }],
  [SPERR, 'en', 'crosslang', 'Any modelling problems in this one?', { lint: true }],
  [SPERR, 'en', 'crosslang', 'what happens after the fee is calculated?', { next: 'Gebühr berechnen' }],
  [SPERR, 'en', 'crosslang', 'List the ways this process can end', { ends: true }],
  [SPERR, 'ja', 'crosslang', 'タスクは全部でいくつ？', { count: T }],
  [SPERR, 'ja', 'crosslang', '粗大ごみが出されていなかったらどうなりますか？', { whatIf: ['Sperrmüll bereitgestellt?', 'nein'] }],
  [SPERR, 'ja', 'crosslang', 'レーンを教えてください', { lanes: true }],
  [SPERR, 'ja', 'crosslang', 'ループはありますか？', { loops: true }],
  [SPERR, 'ja', 'crosslang', 'メッセージフローは何本ありますか？', { count: { collection: 'messageFlows' } }],
  [SPERR, 'ja', 'crosslang', '「Abholtour planen」の前には何がありますか？', { prev: 'Abholtour planen' }],

  // ---------------------------------------------------------------- seihin-kaishu-powerdesigner (SAP PowerDesigner, Japanese)
  [RECALL, 'ja', 'count', 'PowerDesignerから書き出したリコール対応のフローです。タスクはいくつありますか？', { count: T }],
  [RECALL, 'ja', 'count', '品質保証部のタスクは何個？', { count: { ...T, lane: '品質保証部' } }],
  [RECALL, 'ja', 'count', '送信タスクの数は？', { count: { types: ['sendTask'] } }],
  [RECALL, 'ja', 'count', '並列ゲートウェイはいくつ使われていますか', { count: { types: ['parallelGateway'] } }],
  [RECALL, 'ja', 'count', 'プールはいくつありますか？', { count: { collection: 'participants' } }],
  [RECALL, 'ja', 'after', '不具合情報を登録したら、次は何をしますか？', { next: '不具合情報を登録する' }],
  [RECALL, 'ja', 'after', '原因の調査が終わったあとはどうなりますか？', { next: '__subProcessOf:調査完了' }],
  [RECALL, 'ja', 'after', '回収品を受け付けた後の流れは？', { next: '回収品を受け付ける' }],
  [RECALL, 'ja', 'after', '消費者庁から5営業日たっても連絡がないときは？', { next: '5営業日経過' }],
  [RECALL, 'ja', 'after', '調査中に重大な事故が起きたらどうなりますか？', { next: '重大事故の発生' }],
  [RECALL, 'ja', 'after', '調査が10日を超えてしまったら？', { next: '調査開始から\r\n10日経過' }],
  [RECALL, 'ja', 'before', '回収の実施を決定する前に何がありますか？', { prev: '回収の実施を決定する' }],
  [RECALL, 'ja', 'before', '回収完了報告書を作る直前のステップは？', { prev: '回収完了報告書を\r\n作成する' }],
  [RECALL, 'ja', 'whatif', 'リスクが高いと判断されたらどうなりますか？', { whatIf: ['リスクの程度は？', '重大なリスク'] }],
  [RECALL, 'ja', 'whatif', '軽い不具合だった場合は？', { whatIf: ['リスクの程度は？', '軽微な不具合'] }],
  [RECALL, 'ja', 'whatif', '特にリスクがなかったらどうする？', { whatIf: ['リスクの程度は？', 'リスクなし'] }],
  [RECALL, 'ja', 'whatif', 'お客様が交換を希望したら？', { whatIf: ['対応方法は？', '交換を希望'] }],
  [RECALL, 'ja', 'whatif', '修理すれば使える場合はどうなる？', { whatIf: ['対応方法は？', '修理で直る'] }],
  [RECALL, 'ja', 'gateways', '「対応方法は？」の分岐先を教えて', { branches: '対応方法は？' }],
  [RECALL, 'ja', 'gateways', '「受理の連絡を待つ」はどんな種類のゲートウェイですか？', { gatewayKind: '受理の連絡を待つ' }],
  [RECALL, 'ja', 'gateways', '分岐と合流でゲートウェイの種類が合っていないところはありますか？', { mismatches: true }],
  [RECALL, 'ja', 'lanes', '回収を実施するかどうかは誰が決めますか？', { lane: '回収の実施を決定する' }],
  [RECALL, 'ja', 'lanes', '返金はどの部署の担当？', { lane: '代金を返金する' }],
  [RECALL, 'ja', 'lanes', '物流センターの仕事を一覧にして', { laneWork: '物流センター' }],
  [RECALL, 'ja', 'lanes', '一番タスクが多いレーンはどこ？', { mostLane: true }],
  [RECALL, 'ja', 'pools', 'この図に出てくる参加者（プール）は？', { pools: true }],
  [RECALL, 'ja', 'messages', 'どんなメッセージがやり取りされますか？', { messages: true }],
  [RECALL, 'ja', 'messages', '販売停止の依頼はどこに送られますか？', { messageTarget: '販売店に販売停止を\r\n依頼する' }],
  [RECALL, 'ja', 'ends', 'このプロセスにはどんな終わり方がありますか？', { ends: true }],
  [RECALL, 'ja', 'loops', '繰り返し（ループ）になっている箇所はありますか？', { loops: true }],
  [RECALL, 'ja', 'reachability', '到達できない要素はありますか？', { unreachable: true }],
  [RECALL, 'ja', 'reachability', '軽微な不具合として個別に修理したあと、回収に進むことはありますか？', { reaches: ['個別に修理対応する', '回収の実施を決定する'] }],
  [RECALL, 'ja', 'paths', 'リコールを決めないままプロセスが終わることはありますか？', { pathsAvoid: '回収の実施を決定する' }],
  [RECALL, 'ja', 'paths', '開始から終了までの経路はいくつありますか？', { paths: true }],
  [RECALL, 'ja', 'lint', 'この図に直したほうがいい点はありますか？', { lint: true }],
  [RECALL, 'ja', 'lookup', '社告を出すステップはありますか？', { find: '社告を掲載する' }],
  [RECALL, 'ja', 'lookup', '「重大事故の発生」について説明して', { describe: '重大事故の発生' }],
  [RECALL, 'ja', 'typos', 'しょうひしゃちょうにとどけでたあとはどうなる', { next: '消費者庁に\r\n届け出る' }],
  [RECALL, 'ja', 'compare', '物流センターのタスクはカスタマーセンターより多いですか？', { more: [{ ...T, lane: '物流センター' }, { ...T, lane: 'カスタマーセンター' }] }],
  [RECALL, 'ja', 'after', '回収を決定したあと、どの作業が行われる可能性がありますか？', { downstream: '回収の実施を決定する' }],
  [RECALL, 'ja', 'needsModel', 'お客様向けのお詫び文を書いてください', { needsModel: true }],
  [RECALL, 'ja', 'summary', 'こんにちは！この図をざっくり要約してもらえますか', { summary: true }],
  [RECALL, 'en', 'crosslang', 'How many tasks does the quality assurance department have?', { count: { ...T, lane: '品質保証部' } }],
  [RECALL, 'en', 'crosslang', 'what happens if there is a serious accident during the investigation?', { next: '重大事故の発生' }],
  [RECALL, 'en', 'crosslang', 'Who decides on the recall?', { lane: '回収の実施を決定する' }],
  [RECALL, 'en', 'crosslang', 'Which pools are there?', { pools: true }],
  [RECALL, 'en', 'crosslang', 'if the customer wants an exchange, what happens?', { whatIf: ['対応方法は？', '交換を希望'] }],
  [RECALL, 'en', 'crosslang', 'Is anything unreachable here?', { unreachable: true }],
  [RECALL, 'de', 'crosslang', 'Wie viele Aufgaben hat das Logistikzentrum?', { count: { ...T, lane: '物流センター' } }],
  [RECALL, 'de', 'crosslang', 'Was passiert nach der Meldung an die Verbraucherbehörde?', { next: '消費者庁に\r\n届け出る' }],
  [RECALL, 'de', 'crosslang', 'Gibt es Schleifen in diesem Prozess?', { loops: true }],
  [RECALL, 'de', 'crosslang', 'Wie kann der Prozess enden?', { ends: true }],
  [RECALL, 'de', 'crosslang', 'Was passiert, wenn das Risiko gering ist?', { whatIf: ['リスクの程度は？', '軽微な不具合'] }],
  [RECALL, 'de', 'crosslang', 'Welche Lanes gibt es?', { lanes: true }],
];
