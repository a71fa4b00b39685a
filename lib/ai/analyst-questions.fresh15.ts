// FRESH_15: a blind batch, written on 2 Dec 2026 between 17:18 and 17:35 UTC without reading the analyst's code
// (lib/ai/analyst*.ts, lib/bpmn/tools/{text,vocabulary,queries,index}.ts) or running it on these questions, and without
// reading the other batches' questions beyond their format (apart from a glance at the first 14 FRESH_13 questions
// while looking for the end of its header). All are over three diagrams in export styles new to the
// fixtures (e2e/fixtures/diagrams/generate-fresh15.ts): call-for-papers-creately (Creately-like, Creately shape ids,
// creately: DI attributes, fractional coordinates, labels with a line break and a non-breaking space, English; a
// conference's call for papers with pools Speaker (black box) and Conference Organisers — lanes Program Chair /
// Reviewers / Event Office / Finance — and seven message flows, an expanded peer-review sub-process with an error end
// caught by a boundary, an interrupting deadline timer with a chase loop and a non-interrupting reminder timer, a
// decision with a default flow, an event-based wait for the revised paper with a revision loop, an inclusive
// split/join with a default flow, a parallel split/join, a data object, a task nothing leads to);
// abschlussarbeit-heflo (HEFLO-like, Portuguese type-and-counter ids, character references for every non-ASCII
// character, HTML documentation, German; thesis registration and grading with pools Studierende and
// Plagiatsprüfdienst (black boxes) and Hochschule — lanes Prüfungsamt / Erstbetreuer/in / Zweitgutachter/in — and ten
// message flows, an exposé rework loop, a call activity with an error boundary (loop) and a non-interrupting timer,
// an event-based wait with an extension loop, a gateway with one outgoing flow, a default flow, parallel and
// inclusive split/joins, a data object) and its next revision abschlussarbeit-heflo-v2 (a blocking-notice check
// added, the interim-status task renamed); kaigo-nintei-bpanda (Bpanda-like, `bp-` + UUID ids, bpanda: English
// translations in the extension elements, labels with line breaks, Japanese; a city's long-term care certification
// with pools 申請者 and 主治医 (black boxes) and みどり市 介護保険課 — lanes 窓口 / 認定調査員 / 介護認定審査会 — and nine
// message flows, a missing-documents loop, a parallel split/join, an event-based wait for the doctor's opinion with a
// reminder loop, a call activity with an error boundary (loop) and a non-interrupting timer, a decision with a
// default flow, an inclusive split/join with a default flow, a data object, an unnamed task and a task nothing leads
// to). Facts are computed by the suite's oracle from its own parse; each was checked by hand against the XML
// (ORACLE_ONLY=1 prints them).
import type { Question } from './analyst-questions.data';

const T = { family: 'task' } as const;
const CFP = 'call-for-papers-creately', THESIS = 'abschlussarbeit-heflo', THESIS2 = 'abschlussarbeit-heflo-v2', CARE = 'kaigo-nintei-bpanda';
// Labels as the tools wrote them (a line break, a non-breaking space).
const SCREEN = 'Screen submission\nfor scope', DISCUSS = 'Discuss reviews\nin committee', BADGE = 'Print speaker\u00a0badge';
const ASK_DOC = '主治医に意見書を\n依頼する', BEFORE_DEADLINE = '調査期限の\n5日前';

/** FRESH_15 on its first and only honest run: 2 Dec 2026, 18:32–18:39 UTC, on main at a9dd0be ("[fresh14-ready]", the
 *  round's merged analyst work — whatif, reach, lingo; run in writer15's clone on branch run15 = e5ab160 merged with
 *  a9dd0be): **141/158 = 89.2 %**.
 *  Per language: en 47/53 (89 %), de 46/53 (87 %), ja 48/52 (92 %).
 *  Per category: after 10/10, before 8/9, changes 2/2, compare 2/3, count 13/13, crosslang 30/34, ends 3/3, gateways 9/9,
 *  lanes 8/8, lint 4/4, lookup 9/10, loops 3/3, messages 4/6, needsModel 3/3, paths 5/6, pools 2/2, reachability 8/9,
 *  summary 2/2, typos 5/6, whatif 11/16.
 *  Misses (question → what was wrong; the answer's first line). Each expected fact was re-checked against the XML and
 *  none was found wrong or changed; one question is arguable (marked):
 *  - [lookup] call-for-papers-creately "Where do we check that a paper actually fits the conference topic?" → expected qnVip6LzRtT (Screen submission for scope) cited ; answered: The work of lane **Reviewers** (`j6Slo567Uq7`) (pool **Conference Organisers** (`qz4xmGIH0Qy`)) is 4 activities: …
 *  - [whatif] call-for-papers-creately "What if the paper is out of scope?" → expected hZV05Sgqnac (Send desk rejection) cited ; answered: **Read the paper** (`DBrog2RpPyD`) is a user task in lane **Reviewers** (`j6Slo567Uq7`) of **Conference Organisers** (`qz4xmGIH0Qy`) inside **Peer review** (`gpUa1CEPUGF`).
 *  - [whatif] call-for-papers-creately "what happens to papers that score between 5 and 7?" → expected zhBA1Jdec7a (Ask author for revision) cited ; answered: **Read the paper** (`DBrog2RpPyD`) is a user task in lane **Reviewers** … (as above)
 *  - [whatif] call-for-papers-creately "If a reviewer turns out to have a conflict of interest, what do we do?" → expected c3fmC1GKGGd (Reassign to another reviewer, after the boundary "Conflict of interest declared") cited ; answered: If **Conflict of interest?** (`DRWJbOSWvoM`) takes the branch "yes" (condition `reviewer.conflict == true`): **Conflict declared** (`gBVQ5OxhCQB`) — and the process ends there. (Arguable: the sub-process's gateway is a fair first reading, but "the process ends there" is wrong — the error end is caught by the boundary and the paper is reassigned.)
 *  - [crosslang] call-for-papers-creately "Was kommt direkt vor dem Drucken der Namensschilder?" → expected gnsJEdGfDuw (the parallel split before "Print speaker badge", whose label has a non-breaking space) cited ; answered: Ich finde kein Element namens "drucken der namensschilder" im Diagramm. …
 *  - [before] abschlussarbeit-heflo "Was führt zur Begutachtung des Exposés? Alle Wege bitte." → expected Atividade_5 (Überarbeitetes Exposé empfangen) cited ; answered: 9 Pfade über **Exposé begutachten** (`Atividade_3`): (start-to-end paths, missing the rework way in)
 *  - [whatif] abschlussarbeit-heflo "Und wenn das Exposé nicht reicht?" → expected Atividade_4 (Überarbeitung anfordern) cited ; answered: Nach **Arbeit eingereicht** (`Evento_6`) kommt **Formal vollständig?** (`Gateway_4`) (exklusives Gateway).
 *  - [messages] abschlussarbeit-heflo "Welche Nachrichten werden mit den Studierenden und dem Prüfdienst ausgetauscht?" → expected messages Prüfauftrag, Ähnlichkeitsbericht ; answered: Es gibt im Pool **Studierende** (`Piscina_1`) **8 Nachrichtenflüsse**: … (the second pool asked about left out)
 *  - [reachability] abschlussarbeit-heflo "Kann jemand, gegen den der Prüfungsausschuss eingeschaltet wurde, trotzdem noch ein Zeugnis bekommen?" → expected no ; answered: Die Nachricht **Zeugnis** (`FluxoMensagem_10`) geht von **Zeugnis ausstellen** (`Atividade_20`) im Pool **Hochschule** (`Piscina_2`) an **Studierende** (`Piscina_1`).
 *  - [compare] abschlussarbeit-heflo "Hat das Prüfungsamt mehr Aufgaben als die Erstbetreuung?" → expected both counts 13 and 5 in the first line ; answered: Die Lane **Prüfungsamt** (`Raia_1`) (Pool **Hochschule** (`Piscina_2`)) erledigt 13 Aktivitäten: … (the other lane not counted)
 *  - [crosslang] abschlussarbeit-heflo "what happens if the plagiarism check finds something suspicious?" → expected Atividade_14 (Prüfungsausschuss einschalten) cited ; answered: **Exposé begutachten** (`Atividade_3`) is a user task in lane **Erstbetreuer/in** (`Raia_2`) of **Hochschule** (`Piscina_2`).
 *  - [crosslang] abschlussarbeit-heflo "can a student who was not admitted still hand in a thesis?" → expected no ; answered: **Arbeit eingereicht** (`Evento_6`) is done in lane **Prüfungsamt** (`Raia_1`) of **Hochschule** (`Piscina_2`).
 *  - [whatif] kaigo-nintei-bpanda "要支援の場合はどうなりますか" → expected bp-94688cd1-2e99-40d2-a20d-c84ea1af2b77 (地域包括支援センターに連絡する) cited ; answered: 図の構造だけではその質問には答えられません。…
 *  - [messages] kaigo-nintei-bpanda "督促はだれに送られますか？" → expected bp-3effc79f-23e6-4e60-afca-90a25dfbbdaf (主治医) or its pool named ; answered: **主治医に督促する** (`bp-92565796-…`)の担当は**みどり市 介護保険課** (`bp-a2cc31cb-…`)のレーン**窓口** (`bp-5080ca0b-…`)です。
 *  - [paths] kaigo-nintei-bpanda "主治医の意見書が届かないまま手続きが終わることはありますか？" → expected no ; answered: はい。**主治医に意見書を 依頼する** (`bp-afa8b9b2-…`)から**意見書が届いた** (`bp-1cdb2be8-…`)に到達できます：…
 *  - [typos] kaigo-nintei-bpanda "いちじはんていの つぎは なに" → expected bp-0ac64165-d7da-4cfc-a672-e0f6f4b0a02d (the parallel join after 一次判定を行う) cited ; answered: 図の構造だけではその質問には答えられません。…
 *  - [crosslang] kaigo-nintei-bpanda "Was passiert nach dem Hausbesuch?" → expected bp-818e0ce4-7590-4f37-a85c-0b1bf139a11d (一次判定を行う) cited ; answered: Ich finde kein Element namens "hausbesuch" im Diagramm. …
 */
export const FRESH_15_FIRST_RUN = { passed: 141, total: 158 };

export const FRESH_15: Question[] = [
  // ---------------------------------------------------------------- call-for-papers-creately (Creately, English)
  [CFP, 'en', 'count', 'We drew our CfP workflow in Creately and exported it as BPMN. How many tasks does it have in total?', { count: T }],
  [CFP, 'en', 'count', 'how many tasks does the program chair do?', { count: { ...T, lane: 'Program Chair' } }],
  [CFP, 'en', 'count', 'how many message flows go back and forth with the speaker?', { count: { collection: 'messageFlows' } }],
  [CFP, 'en', 'count', 'How many end events are inside the review sub-process?', { count: { types: ['endEvent'], pool: '__sub:Peer review' } }],
  [CFP, 'en', 'lookup', 'Where do we check that a paper actually fits the conference topic?', { find: SCREEN }],
  [CFP, 'en', 'lookup', 'tell me about the 21 day timer on the review', { describe: 'Review deadline reached' }],
  [CFP, 'en', 'lookup', 'is there a step for printing name badges?', { find: BADGE }],
  [CFP, 'en', 'after', 'What happens after the reviewers have been assigned?', { next: 'Assign reviewers' }],
  [CFP, 'en', 'after', 'After the committee has discussed the reviews, what can happen all the way to the end?', { downstream: DISCUSS }],
  [CFP, 'en', 'before', 'what has to be done before the acceptance letter goes out?', { prev: 'Send acceptance letter' }],
  [CFP, 'en', 'before', 'What leads into the committee discussion? all the ways in please', { prev: DISCUSS }],
  [CFP, 'en', 'before', 'Which activities can happen before the programme is published online? every one of them', { upstream: 'Publish programme online' }],
  [CFP, 'en', 'whatif', 'What if the paper is out of scope?', { whatIf: ['Within conference scope?', 'no'] }],
  [CFP, 'en', 'whatif', 'what happens to papers that score between 5 and 7?', { whatIf: ['Decision?', 'minor revision'] }],
  [CFP, 'en', 'whatif', 'what if the speaker asks for a travel grant?', { whatIf: ['Extras requested?', 'travel grant requested'] }],
  [CFP, 'en', 'whatif', 'What happens if the author never sends the revised paper back?', { next: '10 days without answer' }],
  [CFP, 'en', 'whatif', 'If a reviewer turns out to have a conflict of interest, what do we do?', { next: 'Conflict of interest declared' }],
  [CFP, 'en', 'gateways', 'what are the outgoing branches of the Decision? gateway', { branches: 'Decision?' }],
  [CFP, 'en', 'gateways', "What kind of gateway is 'Wait for revision'?", { gatewayKind: 'Wait for revision' }],
  [CFP, 'en', 'gateways', 'do the splits and joins match up?', { mismatches: true }],
  [CFP, 'en', 'lanes', 'Who books the workshop room?', { lane: 'Book workshop room' }],
  [CFP, 'en', 'lanes', 'What does the event office do?', { laneWork: 'Event Office' }],
  [CFP, 'en', 'lanes', 'Which lane has the most tasks?', { mostLane: true }],
  [CFP, 'en', 'messages', 'Which messages does the speaker get from us or send to us?', { messages: true }],
  [CFP, 'en', 'pools', 'what are the pools in this diagram?', { pools: true }],
  [CFP, 'en', 'messages', 'where does the acceptance letter go?', { messageTarget: 'Send acceptance letter' }],
  [CFP, 'en', 'ends', 'In how many ways can a submission end?', { ends: true }],
  [CFP, 'en', 'loops', 'Is there any loop in this process?', { loops: true }],
  [CFP, 'en', 'paths', 'How many paths are there from the submission to an end?', { paths: true }],
  [CFP, 'en', 'paths', 'Can a submission be finished without ever getting a peer review?', { pathsAvoid: 'Peer review' }],
  [CFP, 'en', 'reachability', 'If the paper is desk rejected, can it still end up in the programme?', { reaches: ['Send desk rejection', 'Publish programme online'] }],
  [CFP, 'en', 'reachability', 'if we ask the author for a revision, could the talk still get scheduled in the end?', { reaches: ['Ask author for revision', 'Add talk to schedule'] }],
  [CFP, 'en', 'lint', 'Anything I should clean up before sharing this with the committee?', { lint: true }],
  [CFP, 'en', 'reachability', 'Are there steps that can never be reached?', { unreachable: true }],
  [CFP, 'en', 'compare', 'Does the program chair have more tasks than the event office?', { more: [{ ...T, lane: 'Program Chair' }, { ...T, lane: 'Event Office' }] }],
  [CFP, 'en', 'typos', 'waht happens after the paper is read', { next: 'Read the paper' }],
  [CFP, 'en', 'typos', 'how mnay user taks are there', { count: { types: ['userTask'] } }],
  [CFP, 'en', 'needsModel', 'Can you write an email to the speakers explaining how our review works?', { needsModel: true }],
  [CFP, 'en', 'summary', 'hey! give me a quick overview of this diagram', { summary: true }],
  // cross-language questions about the English diagram
  [CFP, 'de', 'crosslang', 'Wie viele Aufgaben hat die Lane Reviewers?', { count: { ...T, lane: 'Reviewers' } }],
  [CFP, 'de', 'crosslang', 'Was passiert, wenn die Vortragende einen Workshop-Slot möchte?', { whatIf: ['Extras requested?', 'workshop slot wanted'] }],
  [CFP, 'de', 'crosslang', 'Wer verschickt die Absagen?', { lane: 'Send rejection letter' }],
  [CFP, 'de', 'crosslang', 'Gibt es Schleifen im Prozess?', { loops: true }],
  [CFP, 'de', 'crosslang', 'Welche Endereignisse gibt es?', { ends: true }],
  [CFP, 'de', 'crosslang', 'Was kommt direkt vor dem Drucken der Namensschilder?', { prev: BADGE }],
  [CFP, 'ja', 'crosslang', 'このプロセスのタスクはいくつありますか？', { count: T }],
  [CFP, 'ja', 'crosslang', '査読の締め切りが過ぎたらどうなりますか？', { next: 'Review deadline reached' }],
  [CFP, 'ja', 'crosslang', 'レーンを全部教えてください', { lanes: true }],
  [CFP, 'ja', 'crosslang', 'メッセージフローは何本ありますか', { count: { collection: 'messageFlows' } }],
  [CFP, 'ja', 'crosslang', '修正を依頼したあと、論文が戻ってこなかったら？', { next: '10 days without answer' }],
  [CFP, 'ja', 'crosslang', 'このモデルに問題はありますか？', { lint: true }],

  // ---------------------------------------------------------------- abschlussarbeit-heflo (HEFLO, German)
  [THESIS, 'de', 'count', 'Wir haben den Ablauf in HEFLO modelliert und als BPMN exportiert. Wie viele Aufgaben enthält er?', { count: T }],
  [THESIS, 'de', 'count', 'Wie viele Aufgaben liegen beim Prüfungsamt?', { count: { ...T, lane: 'Prüfungsamt' } }],
  [THESIS, 'de', 'count', 'wie viele Benutzeraufgaben hat die Erstbetreuung?', { count: { types: ['userTask'], lane: 'Erstbetreuer/in' } }],
  [THESIS, 'de', 'count', 'Wie viele Nachrichtenflüsse hat das Diagramm?', { count: { collection: 'messageFlows' } }],
  [THESIS, 'de', 'count', 'Wie viele Timer-Ereignisse gibt es?', { count: { family: 'event', eventDef: 'timer' } }],
  [THESIS, 'de', 'lookup', 'Welcher Schritt gibt die Plagiatsprüfung in Auftrag?', { find: 'Plagiatsprüfung beauftragen' }],
  [THESIS, 'de', 'lookup', 'Was hat es mit dem Drei-Monats-Timer auf sich?', { describe: 'Nach drei Monaten' }],
  [THESIS, 'de', 'lookup', 'Was bedeutet das Fehlerereignis an der Bearbeitungsphase?', { describe: 'Betreuung abgebrochen' }],
  [THESIS, 'de', 'after', 'Was passiert nach der Prüfung der Zulassungsvoraussetzungen?', { next: 'Zulassungsvoraussetzungen prüfen' }],
  [THESIS, 'de', 'after', 'Was passiert, wenn ein Verlängerungsantrag reinkommt?', { next: 'Verlängerungsantrag erhalten' }],
  [THESIS, 'de', 'after', 'Wie geht es weiter, wenn die Betreuung abgebrochen wird?', { next: 'Betreuung abgebrochen' }],
  [THESIS, 'de', 'after', 'Was kann nach der Berechnung der Gesamtnote noch alles passieren?', { downstream: 'Gesamtnote berechnen' }],
  [THESIS, 'de', 'before', 'Was muss passieren, bevor das Thema ausgegeben wird?', { prev: 'Thema ausgeben' }],
  [THESIS, 'de', 'before', 'Was führt zur Begutachtung des Exposés? Alle Wege bitte.', { prev: 'Exposé begutachten' }],
  [THESIS, 'de', 'before', 'Welche Aktivitäten können vor dem Ausstellen des Zeugnisses liegen? Alle bitte.', { upstream: 'Zeugnis ausstellen' }],
  [THESIS, 'de', 'whatif', 'Was passiert, wenn jemand nicht zugelassen wird?', { whatIf: ['Zugelassen?', 'nein'] }],
  [THESIS, 'de', 'whatif', 'Und wenn das Exposé nicht reicht?', { whatIf: ['Exposé ausreichend?', 'nein'] }],
  [THESIS, 'de', 'whatif', 'Was passiert bei Plagiatsverdacht?', { whatIf: ['Plagiatsverdacht?', 'ja'] }],
  [THESIS, 'de', 'whatif', 'Was, wenn die beiden Gutachten mehr als eine Note auseinanderliegen?', { whatIf: ['Weitere Schritte nötig?', 'Gutachten weichen um mehr als eine Note ab'] }],
  [THESIS, 'de', 'whatif', 'Was passiert, wenn die Abgabefrist verpasst wird?', { next: 'Abgabefrist verstrichen' }],
  [THESIS, 'de', 'gateways', 'Welche Ausgänge hat das Gateway "Weitere Schritte nötig?"', { branches: 'Weitere Schritte nötig?' }],
  [THESIS, 'de', 'gateways', 'Was für ein Gateway ist "Auf Abgabe warten"?', { gatewayKind: 'Auf Abgabe warten' }],
  [THESIS, 'de', 'gateways', 'Passen die Split- und Join-Gateways zusammen?', { mismatches: true }],
  [THESIS, 'de', 'lanes', 'Wer schreibt das Zweitgutachten?', { lane: 'Zweitgutachten schreiben' }],
  [THESIS, 'de', 'lanes', 'Was macht die Erstbetreuerin alles?', { laneWork: 'Erstbetreuer/in' }],
  [THESIS, 'de', 'messages', 'Welche Nachrichten werden mit den Studierenden und dem Prüfdienst ausgetauscht?', { messages: true }],
  [THESIS, 'de', 'pools', 'Welche Pools hat das Diagramm?', { pools: true }],
  [THESIS, 'de', 'messages', 'An wen geht der Prüfauftrag?', { messageTarget: 'Plagiatsprüfung beauftragen' }],
  [THESIS, 'de', 'ends', 'Auf welche Arten kann der Prozess enden?', { ends: true }],
  [THESIS, 'de', 'loops', 'Gibt es Schleifen, z. B. beim Exposé?', { loops: true }],
  [THESIS, 'de', 'paths', 'Wie viele Pfade gibt es vom Start bis zu einem Ende?', { paths: true }],
  [THESIS, 'de', 'paths', 'Kann der Prozess zu Ende gehen, ohne dass ein Drittgutachten eingeholt wird?', { pathsAvoid: 'Drittgutachten einholen' }],
  [THESIS, 'de', 'reachability', 'Kann jemand, gegen den der Prüfungsausschuss eingeschaltet wurde, trotzdem noch ein Zeugnis bekommen?', { reaches: ['Prüfungsausschuss einschalten', 'Zeugnis ausstellen'] }],
  [THESIS, 'de', 'reachability', 'Kann man nach einer geprüften Verlängerung die Arbeit noch abgeben?', { reaches: ['Verlängerung prüfen', 'Arbeit eingereicht'] }],
  [THESIS, 'de', 'lint', 'Was sollte ich an dem Modell noch korrigieren?', { lint: true }],
  [THESIS, 'de', 'reachability', 'Gibt es Elemente, die nie erreicht werden?', { unreachable: true }],
  [THESIS, 'de', 'compare', 'Hat das Prüfungsamt mehr Aufgaben als die Erstbetreuung?', { more: [{ ...T, lane: 'Prüfungsamt' }, { ...T, lane: 'Erstbetreuer/in' }] }],
  [THESIS, 'de', 'typos', 'was pasiert nach dem exposee begutachten', { next: 'Exposé begutachten' }],
  [THESIS, 'de', 'typos', 'wieviele gatways gibts', { count: { family: 'gateway' } }],
  [THESIS, 'de', 'needsModel', 'Formuliere eine freundliche E-Mail an Studierende, die ihre Abgabefrist verpasst haben.', { needsModel: true }],
  [THESIS2, 'de', 'changes', 'Was hat sich gegenüber der letzten Version geändert?', { changes: THESIS }],
  [THESIS2, 'en', 'changes', 'what changed since the previous revision?', { changes: THESIS }],
  [THESIS2, 'de', 'after', 'Was passiert nach der Prüfung des Sperrvermerks?', { next: 'Sperrvermerk prüfen' }],
  // cross-language questions about the German diagram
  [THESIS, 'en', 'crosslang', 'How many tasks are in this thesis process?', { count: T }],
  [THESIS, 'en', 'crosslang', 'what happens if the plagiarism check finds something suspicious?', { whatIf: ['Plagiatsverdacht?', 'ja'] }],
  [THESIS, 'en', 'crosslang', 'Who writes the second assessment?', { lane: 'Zweitgutachten schreiben' }],
  [THESIS, 'en', 'crosslang', 'Is there anything wrong with this model?', { lint: true }],
  [THESIS, 'en', 'crosslang', 'can a student who was not admitted still hand in a thesis?', { reaches: ['Ablehnung mitteilen', 'Arbeit eingereicht'] }],
  [THESIS, 'en', 'crosslang', 'what does the examination office do?', { laneWork: 'Prüfungsamt' }],
  [THESIS, 'en', 'lint', 'which gateway has only one way out?', { find: 'Formal vollständig?' }],
  [THESIS, 'ja', 'crosslang', 'この図のプールを教えてください', { pools: true }],
  [THESIS, 'ja', 'crosslang', '提出期限が過ぎたらどうなりますか？', { next: 'Abgabefrist verstrichen' }],
  [THESIS, 'ja', 'crosslang', 'ゲートウェイはいくつありますか', { count: { family: 'gateway' } }],
  [THESIS, 'ja', 'crosslang', '終わり方は何通りありますか？', { ends: true }],
  [THESIS, 'ja', 'crosslang', '延長の申請が来たら何をしますか', { next: 'Verlängerungsantrag erhalten' }],

  // ---------------------------------------------------------------- kaigo-nintei-bpanda (Bpanda, Japanese)
  [CARE, 'ja', 'count', 'Bpandaで作った要介護認定のプロセスです。タスクは全部でいくつありますか？', { count: T }],
  [CARE, 'ja', 'count', '窓口のタスクはいくつ？', { count: { ...T, lane: '窓口' } }],
  [CARE, 'ja', 'count', '送信タスクは何個ありますか', { count: { types: ['sendTask'] } }],
  [CARE, 'ja', 'count', '境界イベントはいくつ付いていますか？', { count: { types: ['boundaryEvent'] } }],
  [CARE, 'ja', 'lookup', '主治医に意見書をお願いするステップはどれ？', { find: ASK_DOC }],
  [CARE, 'ja', 'lookup', '訪問調査についているタイマーは何のためですか？', { describe: BEFORE_DEADLINE }],
  [CARE, 'ja', 'lookup', '「申請者と連絡が取れない」イベントについて教えて', { describe: '申請者と連絡が取れない' }],
  [CARE, 'ja', 'lookup', 'コンピュータによる判定はどこで行われますか？', { find: '一次判定を行う' }],
  [CARE, 'ja', 'after', '申請書類を確認したあとはどうなりますか？', { next: '申請書類を確認する' }],
  [CARE, 'ja', 'after', '二次判定のあとは何をしますか', { next: '二次判定を行う' }],
  [CARE, 'ja', 'after', '認定結果を通知した後、最後までに何が行われますか？', { downstream: '認定結果を通知する' }],
  [CARE, 'ja', 'before', '二次判定の前に何が必要ですか？', { prev: '二次判定を行う' }],
  [CARE, 'ja', 'before', '訪問調査に入ってくる流れをすべて教えて', { prev: '訪問調査を実施する' }],
  [CARE, 'ja', 'before', '認定結果の通知までに行われる可能性のある作業を全部挙げてください', { upstream: '認定結果を通知する' }],
  [CARE, 'ja', 'whatif', '書類がそろっていない場合はどうなりますか？', { whatIf: ['書類はそろっている？', 'いいえ'] }],
  [CARE, 'ja', 'whatif', '非該当と判定されたら？', { whatIf: ['判定結果は？', '非該当'] }],
  [CARE, 'ja', 'whatif', '要支援の場合はどうなりますか', { whatIf: ['判定結果は？', '要支援1・2'] }],
  [CARE, 'ja', 'whatif', '福祉用具を希望した場合は？', { whatIf: ['追加の相談は？', '福祉用具の希望あり'] }],
  [CARE, 'ja', 'whatif', '主治医から2週間たっても意見書が来なかったら？', { next: '14日経過' }],
  [CARE, 'ja', 'whatif', '要介護と判定された場合は？', { whatIf: ['判定結果は？', '要介護1〜5'] }],
  [CARE, 'ja', 'gateways', '「追加の相談は？」の分岐を教えて', { branches: '追加の相談は？' }],
  [CARE, 'ja', 'gateways', '「意見書を待つ」はどの種類のゲートウェイですか', { gatewayKind: '意見書を待つ' }],
  [CARE, 'ja', 'gateways', '分岐と合流の種類は合っていますか？', { mismatches: true }],
  [CARE, 'ja', 'lanes', '一次判定はどのレーンが担当しますか？', { lane: '一次判定を行う' }],
  [CARE, 'ja', 'lanes', '認定調査員の仕事は何ですか', { laneWork: '認定調査員' }],
  [CARE, 'ja', 'lanes', 'いちばんタスクが多いレーンは？', { mostLane: true }],
  [CARE, 'ja', 'messages', '申請者や主治医とやり取りするメッセージは？', { messages: true }],
  [CARE, 'ja', 'messages', '督促はだれに送られますか？', { messageTarget: '主治医に督促する' }],
  [CARE, 'ja', 'ends', 'このプロセスの終わり方を全部教えて', { ends: true }],
  [CARE, 'ja', 'loops', '繰り返しになっている部分はありますか？', { loops: true }],
  [CARE, 'ja', 'paths', '開始から終了までの経路は何通り？', { paths: true }],
  [CARE, 'ja', 'paths', '主治医の意見書が届かないまま手続きが終わることはありますか？', { pathsAvoid: '意見書が届いた' }],
  [CARE, 'ja', 'reachability', '非該当になった人が、そのあと住宅改修の相談に進むことはありますか？', { reaches: ['非該当を通知する', '住宅改修の相談を受ける'] }],
  [CARE, 'ja', 'reachability', '書類の不足を連絡したあとでも、最終的に認定結果の通知まで進めますか？', { reaches: ['不足書類を連絡する', '認定結果を通知する'] }],
  [CARE, 'ja', 'lint', 'このモデルで直すべき点はありますか？', { lint: true }],
  [CARE, 'ja', 'reachability', '到達できないタスクはありますか？', { unreachable: true }],
  [CARE, 'ja', 'compare', '窓口は認定調査員よりタスクが多いですか？', { more: [{ ...T, lane: '窓口' }, { ...T, lane: '認定調査員' }] }],
  [CARE, 'ja', 'typos', 'いちじはんていの つぎは なに', { next: '一次判定を行う' }],
  [CARE, 'ja', 'typos', 'ゆーざーたすく いくつ', { count: { types: ['userTask'] } }],
  [CARE, 'ja', 'needsModel', '申請者向けに、この流れをやさしい言葉で説明する文章を書いてください', { needsModel: true }],
  [CARE, 'ja', 'summary', 'このプロセスの概要を教えて', { summary: true }],
  // cross-language questions about the Japanese diagram
  [CARE, 'en', 'crosslang', 'How many tasks does the front desk have?', { count: { ...T, lane: '窓口' } }],
  [CARE, 'en', 'crosslang', 'What happens when the application documents are incomplete?', { whatIf: ['書類はそろっている？', 'いいえ'] }],
  [CARE, 'en', 'crosslang', 'Who does the home visit?', { lane: '訪問調査を実施する' }],
  [CARE, 'en', 'crosslang', 'List all the messages in this diagram', { messages: true }],
  [CARE, 'en', 'crosslang', 'Are there unreachable elements?', { unreachable: true }],
  [CARE, 'en', 'crosslang', "What if the doctor doesn't send the opinion within two weeks?", { next: '14日経過' }],
  [CARE, 'de', 'crosslang', 'Wie viele Aufgaben gibt es insgesamt?', { count: T }],
  [CARE, 'de', 'crosslang', 'Was passiert nach dem Hausbesuch?', { next: '訪問調査を実施する' }],
  [CARE, 'de', 'crosslang', 'Welche Lanes hat der Pool?', { lanes: true }],
  [CARE, 'de', 'crosslang', 'Gibt es Schleifen?', { loops: true }],
  [CARE, 'de', 'crosslang', 'Was passiert, wenn die Unterlagen vollständig sind?', { whatIf: ['書類はそろっている？', 'はい'] }],
];
