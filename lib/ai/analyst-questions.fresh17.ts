// FRESH_17: a blind batch, written on 3 Dec 2026 between 12:59 and 13:10 UTC (diagrams 12:59–13:03, questions 13:03–13:06,
// checking and wiring 13:06–13:10) without reading the analyst's code (lib/ai/analyst*.ts, lib/ai/analyst-lexicon*, lib/bpmn/tools/*,
// lib/bpmn/graph.ts) or running it on these questions. Read: analyst-questions.data.ts (the Expect and Question types
// and the first tuned questions, its first 150 lines), analyst-questions.test.ts (the oracle and wiring), build.ts,
// generate-fresh15/16.ts and the exported helpers of generate-fresh5/13.ts (T, lineBreaks, opaqueIds, hash, allIds,
// withDataObject, typeOf); of analyst-questions.fresh16.ts the header, the first questions and — by an over-long look —
// its FRESH_16_FIRST_RUN comment with the first run's misses (lines 40–60), read after the diagrams were built and the
// questions drafted; the first 60 lines of e2e/integration/diagrams-import.test.ts (to find the draw check).
// lib/diagrams/import-check.ts (analyseImport) was used, unread, to check that the new files draw: every flow node and
// flow has a shape (drawn = total − 1, the data object, as for pothole-qpr and sogo-taishaku-questetra).
// All are over three diagrams in export styles new to the fixtures (e2e/fixtures/diagrams/generate-fresh17.ts):
// pharmacy-order-hopex (MEGA HOPEX-like: `model:` prefix, ids mg_ + a MEGA absolute identifier, hopex:idAbs and
// hopex:metaClass, CR LF line breaks `&#xD;&#xA;` in two labels, HTML documentation; English; a hospital pharmacy's
// inpatient medication order with pools Prescribing Physician, Ward and Drug Wholesaler (black boxes) and Hospital
// Pharmacy — lanes Order Intake / Clinical Pharmacist / Dispensary / Pharmacy Logistics — and eight message flows, a
// clarification loop, an expanded clinical screening sub-process with three parallel checks and an error end caught by
// an error boundary, a non-interrupting 4-hour timer, a stock decision with a default flow and an event-based wait for
// the wholesaler (delivery / 48 hours), an inclusive split/join with a default flow, an accuracy-check loop, a parallel
// split/join, a data object and a disconnected audit task) and its next revision pharmacy-order-hopex-v2 (a medication
// reconciliation added before the screening, the picking task renamed); hochzeit-promapp (Nintex Promapp-like:
// pmAct_/pmEvt_/pmGw_/pmLnk_/pmRole_ ids, promapp: step numbers and role ids, non-breaking spaces and a non-breaking
// hyphen in labels; German; a wedding venue booking with pools Brautpaar and Catering-Partner (black boxes) and Schloss
// Waldeck Eventbüro — lanes Vertrieb / Eventplanung / Buchhaltung — and eleven message flows, an availability decision
// with a default flow, an event-based wait for the couple with a loop back to the calendar check, a call activity, a
// receive task with an interrupting 21-day and a non-interrupting timer, a parallel split/join around an expanded menu
// sub-process (tasting loop, an error end caught by an error boundary), an inclusive split/join with a default flow, a
// data object and a disconnected task); tsukan-yed (yEd-like: `bpmn2:` prefix, graph ids n0 / n10.n3 / e5 / row_0 /
// pool_1, yed:nodeId in graphml form, full-width digits and a line break in labels; Japanese; customs clearance of an
// international parcel with pools 荷受人 and 税関 (black boxes) and 通関センター — lanes 受付係 / 通関士 / 配達係 — and eleven
// message flows, a missing-documents loop with an interrupting 30-day timer, a value decision with a default flow, an
// expanded import-declaration sub-process with an event-based wait and an error end caught by an error boundary, a
// non-interrupting 3-day timer, a parallel split/join, a redelivery loop, a data object and a disconnected task).
// Facts are computed by the suite's oracle from its own parse; each printed fact (ORACLE_ONLY=1) was checked by hand
// against the generator's spec and the XML: the counts were counted from the spec by hand, the path counts (29, 16, 7)
// counted by hand, the lint totals (7, 9, 6) taken from the oracle's bpmnlint run. One comparison is a tie on purpose
// (Dispensary and Order Intake both have 3 tasks: "more?" is answered no).
import type { Question } from './analyst-questions.data';

const T = { family: 'task' } as const;
const RX = 'pharmacy-order-hopex', RX2 = 'pharmacy-order-hopex-v2', WED = 'hochzeit-promapp', CUS = 'tsukan-yed';
// Labels as the tools wrote them (CR LF breaks, non-breaking spaces and hyphen, full-width digits, a line break).
const RENAL = 'Check dose against\r\nrenal function', CD = 'Record in controlled\r\ndrugs register';
const D14 = '14\u00a0Tage ohne Antwort', D7 = '7\u00a0Tage vor Fristende', ERSATZ = 'Ersatz\u2011Caterer beauftragen';
const SORT = '配達区域別に\n仕分ける', D30 = '３０日経過', D3 = '３日経過', OVER = '１万円超', UNDER = '１万円以下';

/** FRESH_17 on its first and only honest run: 3 Dec 2026, 13:12–13:16 UTC, on main dfecd01 + this batch (the analyst
 *  work of the morning, finished before the batch was seen; the oracle counting "I couldn't find …" as wrong):
 *  **186/198 = 93.9 %**. Per language: en 62/66 (94 %), de 62/67 (93 %), ja 62/65 (95 %).
 *  Per category: after 19/23, compare 3/4, count 33/35, lookup 8/9, messages 6/7, needsModel 2/3, reachability 12/13,
 *  whatif 17/18; before, crosslang, ends, gateways, lanes, lint, loops, paths, pools, summary, typos all right.
 *  Misses (question → what was wrong; the answer's first line, cut):
 *  - [after] pharmacy-order-hopex: "what comes after Await delivery?" → expected the event-based gateway's successors; answered what follows **Delivery received** (one of them)
 *  - [needsModel] pharmacy-order-hopex: "rewrite all the task names as SOP headings for the pharmacy handbook" → described **Update eMAR**
 *  - [after] pharmacy-order-hopex: "so the order comes in electronically, … what happens when the 48 hours waiting for the wholesaler are up?" → answered the "yes" branch of **Order complete?**
 *  - [compare] pharmacy-order-hopex-v2: "did anyone add or rename steps compared to the previous revision?" → described **4 hours without decision**
 *  - [whatif] hochzeit-promapp: "Was passiert, wenn der Wunschtermin schon belegt ist?" → answered the "ja" branch of **Wunschtermin frei?** (belegt = not free)
 *  - [messages] hochzeit-promapp: "Welche Nachrichten werden mit dem Brautpaar und dem Caterer ausgetauscht?" → the couple's 9 messages only, not the caterer's
 *  - [reachability] hochzeit-promapp: "Kommt man von der Besichtigung aus bis zur Hochzeitsfeier?" → described **Besichtigung durchführen**
 *  - [lookup] hochzeit-promapp: "Gibt es einen Schritt für den Newsletter?" → said writing texts needs a language model
 *  - [after] hochzeit-promapp: "Also, das Paar fragt an, … was genau passiert, wenn die Optionsfrist abläuft?" → answered the "ja" branch of **Wunschtermin frei?**
 *  - [count] tsukan-yed: "通関士のタスクは何個？" → counted 0 tasks in lane 通関士 "of pool 税関" (a lane of 通関センター is meant)
 *  - [count] tsukan-yed: "輸入申告のサブプロセスの中にタスクはいくつある？" → counted the sub-processes (1), not the tasks inside (4)
 *  - [after] tsukan-yed: "小包が着いて、…禁制品が見つかったら結局どうなるの？" → the branch "禁制品あり" to **禁制品を発見**, not what follows that event
 */
export const FRESH_17_FIRST_RUN = { passed: 186, total: 198 };

export const FRESH_17: Question[] = [
  // ---------------------------------------------------------------- pharmacy-order-hopex (English)
  [RX, 'en', 'count', 'how many tasks are in the pharmacy process?', { count: T }],
  [RX, 'en', 'count', 'How many user tasks are there?', { count: { types: ['userTask'] } }],
  [RX, 'en', 'count', 'how many gateways are used in total', { count: { family: 'gateway' } }],
  [RX, 'en', 'count', 'How many tasks does the clinical pharmacist have, including the screening checks?', { count: { family: 'task', lane: 'Clinical Pharmacist' } }],
  [RX, 'en', 'count', 'how many tasks sit in Pharmacy Logistics?', { count: { family: 'task', lane: 'Pharmacy Logistics' } }],
  [RX, 'en', 'count', 'how many steps are inside Clinical screening?', { count: { family: 'task', pool: '__sub:Clinical screening' } }],
  [RX, 'en', 'count', 'how many timer events are there?', { count: { eventDef: 'timer' } }],
  [RX, 'en', 'count', 'how many end events in total, sub-process included?', { count: { types: ['endEvent'] } }],
  [RX, 'en', 'count', 'which lane has the most tasks?', { mostLane: true }],
  [RX, 'en', 'count', 'Does Dispensary have more tasks than Order Intake?', { more: [{ family: 'task', lane: 'Dispensary' }, { family: 'task', lane: 'Order Intake' }] }],
  [RX, 'en', 'after', 'What happens after the prescription details are verified?', { next: 'Verify prescription details' }],
  [RX, 'en', 'after', 'and once the screening is passed, what next?', { next: '__subProcessOf:Screening passed' }],
  [RX, 'en', 'after', 'what comes after Await delivery?', { next: 'Await delivery' }],
  [RX, 'en', 'after', 'after the final accuracy check — then what?', { next: 'Final accuracy check' }],
  [RX, 'en', 'before', 'what leads into picking and labelling?', { prev: 'Pick and label medication' }],
  [RX, 'en', 'before', 'what has to happen before the order is sent to the ward?', { prev: 'Send to ward' }],
  [RX, 'en', 'before', 'What comes right before Arrange therapeutic substitute?', { prev: 'Arrange therapeutic substitute' }],
  [RX, 'en', 'whatif', 'what if the order is incomplete?', { whatIf: ['Order complete?', 'no'] }],
  [RX, 'en', 'whatif', 'What happens when the drug is out of stock?', { whatIf: ['In stock?', 'out of stock'] }],
  [RX, 'en', 'whatif', "what if it's a controlled drug?", { whatIf: ['Special handling?', 'controlled drug'] }],
  [RX, 'en', 'whatif', 'if the medication needs compounding what happens', { whatIf: ['Special handling?', 'needs compounding'] }],
  [RX, 'en', 'whatif', 'What if the accuracy check finds an error?', { whatIf: ['Check passed?', 'error found'] }],
  [RX, 'en', 'whatif', 'in the screening, what happens if an issue is found?', { whatIf: ['Issue found?', 'yes'] }],
  [RX, 'en', 'lanes', 'who does the compounding?', { lane: 'Compound in aseptic unit' }],
  [RX, 'en', 'lanes', 'Which lane is responsible for checking drug interactions?', { lane: 'Check drug interactions' }],
  [RX, 'en', 'lanes', 'what does pharmacy logistics do?', { laneWork: 'Pharmacy Logistics' }],
  [RX, 'en', 'pools', 'who are the participants in this collaboration?', { pools: true }],
  [RX, 'en', 'messages', 'what messages go between the pharmacy and the prescriber, ward and wholesaler?', { messages: true }],
  [RX, 'en', 'messages', 'where does the purchase order go when we order from the wholesaler?', { messageTarget: 'Order from wholesaler' }],
  [RX, 'en', 'gateways', 'what are the options at In stock?', { branches: 'In stock?' }],
  [RX, 'en', 'gateways', 'what kind of gateway is Await delivery?', { gatewayKind: 'Await delivery' }],
  [RX, 'en', 'gateways', 'Special handling? — is that an XOR or an OR gateway?', { gatewayKind: 'Special handling?' }],
  [RX, 'en', 'paths', 'how many paths are there from start to end?', { paths: true }],
  [RX, 'en', 'paths', 'can an order finish without the final accuracy check?', { pathsAvoid: 'Final accuracy check' }],
  [RX, 'en', 'reachability', 'are there steps nothing leads to?', { unreachable: true }],
  [RX, 'en', 'reachability', 'if we query the prescriber, can the order still end up sent to the ward?', { reaches: ['Query prescriber', 'Send to ward'] }],
  [RX, 'en', 'reachability', 'after arranging a substitute, could we still end up ordering from the wholesaler?', { reaches: ['Arrange therapeutic substitute', 'Order from wholesaler'] }],
  [RX, 'en', 'reachability', 'what all has to have happened before the on-call pharmacist gets alerted?', { upstream: 'Alert on-call pharmacist' }],
  [RX, 'en', 'reachability', 'what can still happen after the final accuracy check?', { downstream: 'Final accuracy check' }],
  [RX, 'en', 'loops', 'is there any rework loop?', { loops: true }],
  [RX, 'en', 'ends', 'how can a medication order end?', { ends: true }],
  [RX, 'en', 'lint', 'anything wrong with this model?', { lint: true }],
  [RX, 'en', 'lookup', "what's the 4 hours without decision timer attached to?", { describe: '4 hours without decision' }],
  [RX, 'en', 'lookup', 'is there a step that updates the eMAR?', { find: 'Update eMAR' }],
  [RX, 'en', 'lookup', 'tell me about the renal dose check', { describe: RENAL }],
  [RX, 'en', 'summary', 'give me a quick overview of this diagram', { summary: true }],
  [RX, 'en', 'needsModel', 'rewrite all the task names as SOP headings for the pharmacy handbook', { needsModel: true }],
  [RX, 'en', 'typos', 'waht happens aftr the accuracy chek', { next: 'Final accuracy check' }],
  [RX, 'en', 'typos', 'how mnay user taks', { count: { types: ['userTask'] } }],
  [RX, 'en', 'typos', 'who dose the controled drugs register', { lane: CD }],
  [RX, 'en', 'after', "so the order comes in electronically, somebody in intake verifies it, and if it's fine it goes into screening — what I want to know is, what happens when the 48 hours waiting for the wholesaler are up?", { next: '48 hours passed' }],
  [RX, 'de', 'crosslang', 'Wie viele Aufgaben hat die Lane Dispensary?', { count: { family: 'task', lane: 'Dispensary' } }],
  [RX, 'de', 'crosslang', 'Was passiert, wenn das Medikament nicht vorrätig ist?', { whatIf: ['In stock?', 'out of stock'] }],
  [RX, 'de', 'crosslang', 'Gibt es Schleifen?', { loops: true }],
  [RX, 'de', 'crosslang', 'Welche Elemente sind nicht erreichbar?', { unreachable: true }],
  [RX, 'ja', 'crosslang', 'タスクはいくつありますか？', { count: T }],
  [RX, 'ja', 'crosslang', '「Compound in aseptic unit」の担当レーンは？', { lane: 'Compound in aseptic unit' }],
  [RX, 'ja', 'crosslang', 'この図の問題点を教えて', { lint: true }],
  [RX, 'ja', 'crosslang', 'プールは何がありますか', { pools: true }],

  // ---------------------------------------------------------------- pharmacy-order-hopex-v2 (the next revision)
  [RX2, 'en', 'compare', 'what changed since the last version?', { changes: RX }],
  [RX2, 'en', 'compare', 'did anyone add or rename steps compared to the previous revision?', { changes: RX }],
  [RX2, 'en', 'count', 'how many tasks now?', { count: T }],
  [RX2, 'en', 'after', 'what happens after reconciling with the current medication?', { next: 'Reconcile with current medication' }],
  [RX2, 'en', 'whatif', 'and if the order is complete, where does it go now?', { whatIf: ['Order complete?', 'yes'] }],
  [RX2, 'en', 'lanes', 'who does the medication reconciliation?', { lane: 'Reconcile with current medication' }],
  [RX2, 'en', 'before', 'what comes before Pick, label and bag medication?', { prev: 'Pick, label and bag medication' }],
  [RX2, 'de', 'compare', 'Was hat sich gegenüber der vorigen Version geändert?', { changes: RX }],
  [RX2, 'ja', 'compare', '前の版から何が変わりましたか？', { changes: RX }],

  // ---------------------------------------------------------------- hochzeit-promapp (German)
  [WED, 'de', 'count', 'Wie viele Aufgaben hat der Prozess?', { count: T }],
  [WED, 'de', 'count', 'wieviele Benutzeraufgaben gibt es', { count: { types: ['userTask'] } }],
  [WED, 'de', 'count', 'Wie viele Sendeaufgaben sind modelliert?', { count: { types: ['sendTask'] } }],
  [WED, 'de', 'count', 'Anzahl Gateways?', { count: { family: 'gateway' } }],
  [WED, 'de', 'count', 'Wie viele Aufgaben liegen beim Vertrieb?', { count: { family: 'task', lane: 'Vertrieb' } }],
  [WED, 'de', 'count', 'wie viele Aufgaben hat die Buchhaltung', { count: { family: 'task', lane: 'Buchhaltung' } }],
  [WED, 'de', 'count', 'Wie viele Zeitereignisse (Timer) gibt es?', { count: { eventDef: 'timer' } }],
  [WED, 'de', 'count', 'Wie viele Nachrichtenflüsse gibt es?', { count: { collection: 'messageFlows' } }],
  [WED, 'de', 'count', 'Wie viele Aktivitäten insgesamt, Teilprozesse und Aufrufaktivität mitgezählt?', { count: { family: 'activity' } }],
  [WED, 'de', 'count', 'Wie viele Schritte hat der Teilprozess Menü abstimmen?', { count: { family: 'task', pool: '__sub:Menü abstimmen' } }],
  [WED, 'de', 'count', 'Hat der Vertrieb mehr Aufgaben als die Buchhaltung?', { more: [{ family: 'task', lane: 'Vertrieb' }, { family: 'task', lane: 'Buchhaltung' }] }],
  [WED, 'de', 'after', 'Was passiert nach der Verfügbarkeitsprüfung?', { next: 'Verfügbarkeit im Kalender prüfen' }],
  [WED, 'de', 'after', 'Was kommt nach dem Versand des Angebots mit Option?', { next: 'Angebot mit Option senden' }],
  [WED, 'de', 'after', 'und wenn der unterschriebene Vertrag da ist?', { next: 'Unterschriebenen Vertrag empfangen' }],
  [WED, 'de', 'after', 'Was passiert, wenn die Anzahlung eingegangen ist?', { next: 'Anzahlung eingegangen' }],
  [WED, 'de', 'after', 'Wie geht es weiter, wenn das Menü festgelegt ist?', { next: '__subProcessOf:Menü festgelegt' }],
  [WED, 'de', 'after', 'Was kommt nach Rückmeldung abwarten?', { next: 'Rückmeldung abwarten' }],
  [WED, 'de', 'after', 'was passiert nach dem Probeessen', { next: 'Probeessen durchführen' }],
  [WED, 'de', 'before', 'Was muss vor der Besichtigung passieren?', { prev: 'Besichtigung durchführen' }],
  [WED, 'de', 'before', 'Was geht der Schlussrechnung voraus?', { prev: 'Schlussrechnung senden' }],
  [WED, 'de', 'whatif', 'Was passiert, wenn der Wunschtermin schon belegt ist?', { whatIf: ['Wunschtermin frei?', 'nein'] }],
  [WED, 'de', 'whatif', 'und wenn der Termin frei ist?', { whatIf: ['Wunschtermin frei?', 'ja'] }],
  [WED, 'de', 'whatif', 'Was passiert, wenn das Paar Übernachtungen dazubucht?', { whatIf: ['Zusatzleistungen gebucht?', 'Übernachtung'] }],
  [WED, 'de', 'whatif', 'Was ist, wenn eine freie Trauung gewünscht wird?', { whatIf: ['Zusatzleistungen gebucht?', 'freie Trauung'] }],
  [WED, 'de', 'whatif', 'was passiert bei Änderungswünschen am Menü?', { whatIf: ['Menü bestätigt?', 'Änderungswünsche'] }],
  [WED, 'de', 'whatif', 'Was passiert, wenn der Caterer nicht verfügbar ist?', { whatIf: ['Menü bestätigt?', 'Caterer nicht verfügbar'] }],
  [WED, 'de', 'lanes', 'Wer stellt die Anzahlungsrechnung?', { lane: 'Anzahlungsrechnung stellen' }],
  [WED, 'de', 'lanes', 'In welcher Lane liegt das Probeessen?', { lane: 'Probeessen durchführen' }],
  [WED, 'de', 'lanes', 'Wer kümmert sich um den Ersatz-Caterer?', { lane: ERSATZ }],
  [WED, 'de', 'lanes', 'Was macht die Buchhaltung alles?', { laneWork: 'Buchhaltung' }],
  [WED, 'de', 'lanes', 'Welche Aufgaben hat die Eventplanung?', { laneWork: 'Eventplanung' }],
  [WED, 'de', 'lanes', 'Welche Lanes gibt es?', { lanes: true }],
  [WED, 'de', 'pools', 'Welche Pools bzw. Teilnehmer gibt es?', { pools: true }],
  [WED, 'de', 'messages', 'Welche Nachrichten werden mit dem Brautpaar und dem Caterer ausgetauscht?', { messages: true }],
  [WED, 'de', 'messages', 'An wen geht die Menüanfrage?', { messageTarget: 'Menüvorschlag beim Caterer anfragen' }],
  [WED, 'de', 'gateways', 'Welche Zweige hat Zusatzleistungen gebucht?', { branches: 'Zusatzleistungen gebucht?' }],
  [WED, 'de', 'gateways', 'Was für ein Gateway ist Rückmeldung abwarten?', { gatewayKind: 'Rückmeldung abwarten' }],
  [WED, 'de', 'gateways', 'Passen alle Split- und Join-Gateways zusammen?', { mismatches: true }],
  [WED, 'de', 'paths', 'Wie viele Pfade gibt es vom Start bis zum Ende?', { paths: true }],
  [WED, 'de', 'paths', 'Kann eine Anfrage enden, ohne dass die Verfügbarkeit geprüft wird?', { pathsAvoid: 'Verfügbarkeit im Kalender prüfen' }],
  [WED, 'de', 'paths', 'Geht es auch ohne Besichtigung bis zum Ende?', { pathsAvoid: 'Besichtigung durchführen' }],
  [WED, 'de', 'reachability', 'Gibt es Elemente, die nie erreicht werden?', { unreachable: true }],
  [WED, 'de', 'reachability', 'Kommt man von der Besichtigung aus bis zur Hochzeitsfeier?', { reaches: ['Besichtigung durchführen', 'Hochzeitsfeier betreuen'] }],
  [WED, 'de', 'reachability', 'Kann nach dem Freigeben des Termins noch eine Anzahlungsrechnung kommen?', { reaches: ['Termin im Kalender freigeben', 'Anzahlungsrechnung stellen'] }],
  [WED, 'de', 'reachability', 'Was muss alles passiert sein, bevor die Anzahlungsrechnung gestellt wird?', { upstream: 'Anzahlungsrechnung stellen' }],
  [WED, 'de', 'loops', 'Gibt es Schleifen, z. B. beim Menü?', { loops: true }],
  [WED, 'de', 'ends', 'Auf welche Arten kann die Buchung enden?', { ends: true }],
  [WED, 'de', 'lint', 'Hat das Modell Fehler oder Warnungen?', { lint: true }],
  [WED, 'de', 'lookup', 'Was hat es mit der Optionsfrist auf sich?', { describe: 'Optionsfrist abgelaufen' }],
  [WED, 'de', 'lookup', 'Erkläre mir das Ereignis 7 Tage vor Fristende', { describe: D7 }],
  [WED, 'de', 'lookup', 'Gibt es einen Schritt für den Newsletter?', { find: 'Kontakt in Newsletter aufnehmen' }],
  [WED, 'de', 'after', 'was passiert nach 14 Tagen ohne Antwort?', { next: D14 }],
  [WED, 'de', 'summary', 'Gib mir einen Überblick über den Prozess', { summary: true }],
  [WED, 'de', 'needsModel', 'Schreib mir eine freundliche E-Mail an das Brautpaar, die den Ablauf erklärt', { needsModel: true }],
  [WED, 'de', 'typos', 'was pasiert nach der anzalung', { next: 'Anzahlung eingegangen' }],
  [WED, 'de', 'typos', 'wieviele aufgabn hat die eventplanung', { count: { family: 'task', lane: 'Eventplanung' } }],
  [WED, 'de', 'typos', 'gibts schleifen?', { loops: true }],
  [WED, 'de', 'after', 'Also, das Paar fragt an, wir prüfen den Kalender, machen eine Besichtigung und schicken das Angebot — mich interessiert: was genau passiert, wenn die Optionsfrist abläuft?', { next: 'Optionsfrist abgelaufen' }],
  [WED, 'en', 'crosslang', 'how many tasks does Eventplanung have?', { count: { family: 'task', lane: 'Eventplanung' } }],
  [WED, 'en', 'crosslang', 'what happens if the preferred date is not free?', { whatIf: ['Wunschtermin frei?', 'nein'] }],
  [WED, 'en', 'crosslang', 'are there unreachable elements?', { unreachable: true }],
  [WED, 'en', 'crosslang', 'how can the process end?', { ends: true }],
  [WED, 'ja', 'crosslang', 'ゲートウェイはいくつありますか？', { count: { family: 'gateway' } }],
  [WED, 'ja', 'crosslang', '「Anzahlungsrechnung stellen」は誰の担当？', { lane: 'Anzahlungsrechnung stellen' }],
  [WED, 'ja', 'crosslang', 'ループはありますか？', { loops: true }],

  // ---------------------------------------------------------------- tsukan-yed (Japanese)
  [CUS, 'ja', 'count', 'タスクはいくつありますか？', { count: T }],
  [CUS, 'ja', 'count', '送信タスクは何個？', { count: { types: ['sendTask'] } }],
  [CUS, 'ja', 'count', 'サービスタスクの数は？', { count: { types: ['serviceTask'] } }],
  [CUS, 'ja', 'count', 'ゲートウェイは全部でいくつ', { count: { family: 'gateway' } }],
  [CUS, 'ja', 'count', '排他ゲートウェイはいくつありますか', { count: { types: ['exclusiveGateway'] } }],
  [CUS, 'ja', 'count', '通関士のタスクは何個？', { count: { family: 'task', lane: '通関士' } }],
  [CUS, 'ja', 'count', '受付係が担当するタスクの数', { count: { family: 'task', lane: '受付係' } }],
  [CUS, 'ja', 'count', 'タイマーイベントはいくつ？', { count: { eventDef: 'timer' } }],
  [CUS, 'ja', 'count', 'メッセージフローは何本ありますか？', { count: { collection: 'messageFlows' } }],
  [CUS, 'ja', 'count', '輸入申告のサブプロセスの中にタスクはいくつある？', { count: { family: 'task', pool: '__sub:輸入申告' } }],
  [CUS, 'ja', 'count', 'レーンはいくつ？', { count: { collection: 'lanes' } }],
  [CUS, 'ja', 'count', '一番タスクが多いレーンはどれ？', { mostLane: true }],
  [CUS, 'ja', 'count', '配達係は受付係よりタスクが多い？', { more: [{ family: 'task', lane: '配達係' }, { family: 'task', lane: '受付係' }] }],
  [CUS, 'ja', 'after', 'インボイスを読み取った後は何をしますか？', { next: 'インボイスを読み取る' }],
  [CUS, 'ja', 'after', '書類を受け取ったら次は？', { next: '書類を受け取る' }],
  [CUS, 'ja', 'after', '申告が完了したらどうなる？', { next: '__subProcessOf:申告完了' }],
  [CUS, 'ja', 'after', '関税の支払いを確認した後は？', { next: '支払いを確認した' }],
  [CUS, 'ja', 'after', '税関の回答待ちの後に起こりうることは？', { next: '税関の回答待ち' }],
  [CUS, 'ja', 'after', '不在連絡票を入れたあとはどうなりますか', { next: '不在連絡票を入れる' }],
  [CUS, 'ja', 'after', '３日経過したら何が起きる？', { next: D3 }],
  [CUS, 'ja', 'before', '配達の前に何が必要？', { prev: '荷受人に配達する' }],
  [CUS, 'ja', 'before', '関税を請求する前のステップは？', { prev: '関税を請求する' }],
  [CUS, 'ja', 'whatif', '書類が揃っていない場合はどうなりますか？', { whatIf: ['書類は揃っている？', 'いいえ'] }],
  [CUS, 'ja', 'whatif', '課税価格が１万円を超えたら？', { whatIf: ['課税価格は？', OVER] }],
  [CUS, 'ja', 'whatif', '１万円以下ならどうなる？', { whatIf: ['課税価格は？', UNDER] }],
  [CUS, 'ja', 'whatif', '荷受人が不在だったら？', { whatIf: ['荷受人は在宅？', '不在'] }],
  [CUS, 'ja', 'whatif', '検査で禁制品が見つかった場合、サブプロセスの中ではどうなる？', { whatIf: ['検査結果は？', '禁制品あり'] }],
  [CUS, 'ja', 'lanes', '関税の請求は誰が担当しますか？', { lane: '関税を請求する' }],
  [CUS, 'ja', 'lanes', '税額の計算はどのレーン？', { lane: '税額を計算する' }],
  [CUS, 'ja', 'lanes', '仕分けの担当は？', { lane: SORT }],
  [CUS, 'ja', 'lanes', '配達係は何をしますか？', { laneWork: '配達係' }],
  [CUS, 'ja', 'lanes', 'レーンの一覧を見せて', { lanes: true }],
  [CUS, 'ja', 'pools', 'プールはどれですか？', { pools: true }],
  [CUS, 'ja', 'messages', 'どんなメッセージがやり取りされますか？', { messages: true }],
  [CUS, 'ja', 'messages', '税関に申告するとき、メッセージはどこへ送られる？', { messageTarget: '税関に申告する' }],
  [CUS, 'ja', 'messages', '不在連絡票は誰に届く？', { messageTarget: '不在連絡票を入れる' }],
  [CUS, 'ja', 'gateways', '「課税価格は？」の分岐を教えて', { branches: '課税価格は？' }],
  [CUS, 'ja', 'gateways', '「税関の回答待ち」はどの種類のゲートウェイ？', { gatewayKind: '税関の回答待ち' }],
  [CUS, 'ja', 'gateways', '分岐と合流のゲートウェイの種類は合っていますか？', { mismatches: true }],
  [CUS, 'ja', 'paths', '開始から終了までの経路はいくつありますか？', { paths: true }],
  [CUS, 'ja', 'paths', '配達せずに終わることはある？', { pathsAvoid: '荷受人に配達する' }],
  [CUS, 'ja', 'paths', 'インボイスを読み取らずに終了できますか？', { pathsAvoid: 'インボイスを読み取る' }],
  [CUS, 'ja', 'reachability', '到達できない要素はありますか？', { unreachable: true }],
  [CUS, 'ja', 'reachability', '免税で処理した後、仕分けまで行きますか？', { reaches: ['免税で処理する', SORT] }],
  [CUS, 'ja', 'reachability', '差出人に返送したあと、配達されることはある？', { reaches: ['差出人に返送する', '荷受人に配達する'] }],
  [CUS, 'ja', 'reachability', '関税を請求するまでに何が行われている？', { upstream: '関税を請求する' }],
  [CUS, 'ja', 'loops', 'ループはありますか？', { loops: true }],
  [CUS, 'ja', 'ends', 'このプロセスはどのように終わりますか？', { ends: true }],
  [CUS, 'ja', 'lint', 'この図に問題はありますか？', { lint: true }],
  [CUS, 'ja', 'lookup', '３０日経過のタイマーについて教えて', { describe: D30 }],
  [CUS, 'ja', 'lookup', '３日経過のイベントはどこに付いている？', { describe: D3 }],
  [CUS, 'ja', 'lookup', '通関記録を保存するステップはありますか？', { find: '通関記録を保存する' }],
  [CUS, 'ja', 'summary', 'このプロセスの概要を教えてください', { summary: true }],
  [CUS, 'ja', 'needsModel', '荷受人向けに通関の流れを説明する丁寧な案内文を書いて', { needsModel: true }],
  [CUS, 'ja', 'typos', 'たすくはいくつ', { count: T }],
  [CUS, 'ja', 'typos', 'いんぼいすを読み取ったあとは', { next: 'インボイスを読み取る' }],
  [CUS, 'ja', 'after', '小包が着いて、インボイスを読んで、書類を確認して、課税価格で分かれて…という流れだと思うけど、禁制品が見つかったら結局どうなるの？', { next: '禁制品が見つかった' }],
  [CUS, 'en', 'crosslang', 'how many tasks are there?', { count: T }],
  [CUS, 'en', 'crosslang', 'what happens if the recipient is not at home?', { whatIf: ['荷受人は在宅？', '不在'] }],
  [CUS, 'en', 'crosslang', 'any loops in this customs process?', { loops: true }],
  [CUS, 'en', 'crosslang', 'how many paths from start to end?', { paths: true }],
  [CUS, 'de', 'crosslang', 'Wie viele Aufgaben hat der Prozess?', { count: T }],
  [CUS, 'de', 'crosslang', 'Welche Elemente sind nicht erreichbar?', { unreachable: true }],
  [CUS, 'de', 'crosslang', 'Wie kann der Prozess enden?', { ends: true }],
  [CUS, 'de', 'crosslang', 'Gibt es Probleme im Diagramm?', { lint: true }],
];
