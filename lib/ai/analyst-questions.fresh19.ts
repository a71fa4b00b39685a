// FRESH_19: a blind batch, written on 3 Dec 2026 between 13:39 and 13:47 UTC (reading 13:39–13:41, diagrams 13:41–13:43, questions
// 13:43–13:45, wiring and checking 13:45–13:47), without reading the analyst's code
// (lib/ai/analyst*.ts, lib/ai/analyst-lexicon*, lib/bpmn/tools/*, lib/bpmn/graph.ts) or running it on these questions.
// Read: analyst-questions.data.ts (the Expect and Question types and the first tuned questions, its first 150 lines),
// analyst-questions.test.ts (the oracle, its check and the wiring — its gate comments carry the earlier batches' first-run
// totals, which were seen), build.ts, generate-fresh18.ts and the exported helpers of generate-fresh5/13.ts (T,
// lineBreaks, opaqueIds, hash, allIds, withDataObject, typeOf); of analyst-questions.fresh18.ts the header comment and
// its first ten questions (for the format); the export lines of lib/diagrams/import-check.ts (analyseImport was used to
// check that the new files draw: every flow node and flow has a shape, drawn = total − 1, the data object). No batch's
// misses were read; the ORACLE_ONLY output was grepped for this batch's diagrams only.
// All questions are over three diagrams in export styles new to the fixtures (e2e/fixtures/diagrams/generate-fresh19.ts):
// it-access-pega (Pega Platform-like: shape ids per kind START1 / ASSIGNMENT3 / UTILITY2 / DECISION4 / SPLITJOIN1 /
// SUBPROCESS1 / TICKET1 (boundary events) / EVENT1 / END2 / CONNECTOR12 / SWIMLANE1 / POOL1 / MESSAGEFLOW1, kept
// stable across revisions, pega:shapeType / pega:appliesTo / pega:ruleName, process id pyAccessRequestFlow; English; an
// IT access request with pools Requester and Vendor Licensing Portal (black boxes) and IT Service Desk — lanes Service
// Desk / Line Manager / Security Team / Identity Admin — and seven message flows, a missing-details loop through a
// message catch event, a three-way access-level decision with a default flow, a non-interrupting 3-day reminder timer on
// the manager approval, an expanded security-review sub-process whose error end is caught by an error boundary, an
// exclusive merge, a parallel split/join (account creation / licence order and a receive task with an interrupting 5-day
// timer leading to an escalation), a link throw/catch pair, a data object and a disconnected task) and its next revision
// it-access-pega-v2 (an existing-account check added, the credentials task renamed, the manager reminder task removed);
// hundesteuer-horus (Horus business modeler-like: `bpmn2:` prefix, ids horus_ + 16 hex digits, horus:objektTyp and
// horus:organisationseinheit on flow nodes, a label with a line break "Steuerbefreiung↵prüfen"; German; a municipal
// dog licence with pools Hundehalter and Veterinäramt (black boxes) and Stadt Musterstadt – Steueramt — lanes Bürgerbüro
// / Ordnungsamt / Steuerabteilung — and seven message flows, a missing-documents loop through an event-based gateway with
// a 4-week timer, a listed-breed branch with a temperament test (receive task with an interrupting 8-week timer), an
// inclusive split/join with a default flow, an expanded tax-notice sub-process with a parallel split/join and a
// non-interrupting escalation boundary, a data object and a disconnected service task); dantai-yoyaku-kissflow
// (Kissflow-like: ids kf_ + 10 base-36 characters, kf:stepType and kf:formId, full-width digits in the label
// 割引率１０％超？; Japanese; a hotel group booking with pools 幹事 and 決済代行会社 (black boxes) and ホテル予約センター —
// lanes 予約担当 / 営業マネージャー / 経理 — and seven message flows, an availability loop over an alternative-date
// proposal, a discount approval with a non-interrupting 24-hour timer, a call activity 契約締結 with an error boundary,
// a parallel split/join with a receive task and an interrupting 7-day timer, an inclusive split/join with a default flow,
// a data object and a disconnected task).
// Facts are computed by the suite's oracle from its own parse; each printed fact (ORACLE_ONLY=1) was checked by hand
// against the generator's spec: counts counted from the spec by hand (tasks 14 / 14 / 13 / 15; elements 35 / 34 / 32),
// path counts (12, 15, 18) counted by hand, the lint totals (7, 7, 7) taken from the oracle's bpmnlint run. None of the three has a split/join mismatch (asked once each).
// 200 questions: 72 en, 66 de, 62 ja.
import type { Question } from './analyst-questions.data';

const IT = 'it-access-pega', IT2 = 'it-access-pega-v2', HU = 'hundesteuer-horus', DY = 'dantai-yoyaku-kissflow';
const T = { family: 'task' } as const;

/** FRESH_19 on its first and only honest run: 3 Dec 2026, 13:48–13:52 UTC, on main 9f600f3 + this batch (the analyst
 *  work done for FRESH_18's misses, finished before this batch was seen): **188/200 = 94.0 %**.
 *  Per language: en 61/72 (85 %), de 66/66 (100 %), ja 61/62 (98 %).
 *  Per category: after 22/25, count 33/36, crosslang 16/17, messages 4/6, reachability 12/13, whatif 17/19; before,
 *  changes, ends, gateways, lanes, lint, lookup, loops, needsModel, paths, pools, summary, typos all right.
 *  Misses (question → what was wrong; the answer's first line, cut):
 *  - [count] it-access-pega: "how many tasks are in this access request process?" → 0 tasks in pool **Requester** (the words named a black box)
 *  - [count] it-access-pega: "how many gateways incl. the one in the security review?" → only the 1 inside **Security review**, not all 7
 *  - [count] it-access-pega: "how many lanes does the IT service desk pool have" → counted pools "in lane **Service Desk**"
 *  - [after] it-access-pega: "what happens when the 3 day reminder timer on the manager approval fires?" → the "approved" branch of **Manager approves?**
 *  - [after] it-access-pega: "where does the "to handover" link jump to?" → described the throw event, not its catch
 *  - [whatif] it-access-pega: "what if the request is incomplete?" → the default branch "complete" of **Request complete?**
 *  - [messages] it-access-pega: "what messages go back and forth between the desk, the requester and the vendor?" → the requester's 5 only
 *  - [messages] it-access-pega: "who receives the licence order?" → the lane of **Receive licence key**
 *  - [reachability] it-access-pega: "if I change Receive licence key, which later steps are affected?" → what follows its timer boundary
 *  - [whatif] it-access-pega: "so my boss asked me to go through this before the CAB meeting tomorrow - can you tell me what happens if a request turns out to be incomplete …?" → the "complete" branch
 *  - [after] dantai-yoyaku-kissflow: "承認が24時間経過したらどうなりますか" → a branch of **代替案に同意？**, not the 24-hour timer on the approval
 *  - [crosslang] dantai-yoyaku-kissflow: "what if there is no room available?" → described **宴会場を手配**
 */
export const FRESH_19_FIRST_RUN = { passed: 188, total: 200 };

export const FRESH_19: Question[] = [
  // ---------------------------------------------------------------- it-access-pega (English)
  [IT, 'en', 'count', 'how many tasks are in this access request process?', { count: T }],
  [IT, 'en', 'count', 'How many user tasks are there?', { count: { types: ['userTask'] } }],
  [IT, 'en', 'count', 'how many send tasks r there', { count: { types: ['sendTask'] } }],
  [IT, 'en', 'count', 'how many gateways incl. the one in the security review?', { count: { family: 'gateway' } }],
  [IT, 'en', 'count', 'how many tasks does the service desk do?', { count: { family: 'task', lane: 'Service Desk' } }],
  [IT, 'en', 'count', 'number of tasks in the identity admin lane', { count: { family: 'task', lane: 'Identity Admin' } }],
  [IT, 'en', 'count', 'how many steps are inside the security review subprocess?', { count: { family: 'task', pool: '__sub:Security review' } }],
  [IT, 'en', 'count', 'how many timers have we got', { count: { eventDef: 'timer' } }],
  [IT, 'en', 'count', 'how many boundary events are attached to things?', { count: { types: ['boundaryEvent'] } }],
  [IT, 'en', 'count', 'how many message flows between the pools', { count: { collection: 'messageFlows' } }],
  [IT, 'en', 'count', 'how many lanes does the IT service desk pool have', { count: { collection: 'lanes' } }],
  [IT, 'en', 'count', 'how many end events in total, also counting the ones inside the sub-process?', { count: { types: ['endEvent'] } }],
  [IT, 'en', 'count', 'are there more send tasks than user tasks?', { more: [{ types: ['sendTask'] }, { types: ['userTask'] }] }],
  [IT, 'en', 'lanes', 'which lane has the most work on its plate?', { mostLane: true }],
  [IT, 'en', 'after', 'what happens after the request form is validated?', { next: 'Validate request form' }],
  [IT, 'en', 'after', 'what comes after classify access level', { next: 'Classify access level' }],
  [IT, 'en', 'after', 'what happens once the licence key has come in?', { next: 'Receive licence key' }],
  [IT, 'en', 'after', 'what happens when the 3 day reminder timer on the manager approval fires?', { next: '3 days without decision' }],
  [IT, 'en', 'after', 'and once the security review is finished, where does it go?', { next: '__subProcessOf:Review passed' }],
  [IT, 'en', 'after', 'where does the "to handover" link jump to?', { next: '__link:To handover' }],
  [IT, 'en', 'after', 'what happens when the risk gets rejected (the error on the security review)?', { next: 'Risk rejected' }],
  [IT, 'en', 'before', 'what needs to happen right before the access details are sent out?', { prev: 'Send access details' }],
  [IT, 'en', 'before', 'what leads into notify rejection?', { prev: 'Notify rejection' }],
  [IT, 'en', 'before', 'what comes before Validate request form', { prev: 'Validate request form' }],
  [IT, 'en', 'whatif', 'what if the request is incomplete?', { whatIf: ['Request complete?', 'incomplete'] }],
  [IT, 'en', 'whatif', 'what happens if someone asks for privileged access', { whatIf: ['Access level?', 'privileged'] }],
  [IT, 'en', 'whatif', 'and for sensitive access?', { whatIf: ['Access level?', 'sensitive'] }],
  [IT, 'en', 'whatif', 'if the line manager declines, what then?', { whatIf: ['Manager approves?', 'declined'] }],
  [IT, 'en', 'whatif', 'standard access request - what happens to it?', { whatIf: ['Access level?', 'standard'] }],
  [IT, 'en', 'lanes', 'who creates the account in the directory?', { lane: 'Create account in directory' }],
  [IT, 'en', 'lanes', 'which lane does the security review sit in?', { lane: 'Security review' }],
  [IT, 'en', 'lanes', 'who escalates to the vendor manager', { lane: 'Escalate to vendor manager' }],
  [IT, 'en', 'lanes', 'what does the line manager actually do here?', { laneWork: 'Line Manager' }],
  [IT, 'en', 'lanes', 'list the lanes pls', { lanes: true }],
  [IT, 'en', 'pools', 'which pools are involved in this?', { pools: true }],
  [IT, 'en', 'messages', 'what messages go back and forth between the desk, the requester and the vendor?', { messages: true }],
  [IT, 'en', 'messages', 'who receives the licence order?', { messageTarget: 'Order software licence' }],
  [IT, 'en', 'gateways', 'what are the options at the access level decision?', { branches: 'Access level?' }],
  [IT, 'en', 'gateways', 'what kind of gateway is "Request complete?"', { gatewayKind: 'Request complete?' }],
  [IT, 'en', 'gateways', 'any split/join mismatches in here?', { mismatches: true }],
  [IT, 'en', 'paths', 'how many paths are there from start to end?', { paths: true }],
  [IT, 'en', 'paths', 'can a request get through without going via the security review?', { pathsAvoid: 'Security review' }],
  [IT, 'en', 'paths', 'is it possible to finish without validating the request form at all?', { pathsAvoid: 'Validate request form' }],
  [IT, 'en', 'reachability', 'is anything unreachable?', { unreachable: true }],
  [IT, 'en', 'reachability', 'can we get from Classify access level to Escalate to vendor manager?', { reaches: ['Classify access level', 'Escalate to vendor manager'] }],
  [IT, 'en', 'reachability', 'does notify rejection ever lead to access being granted?', { reaches: ['Notify rejection', 'Access granted'] }],
  [IT, 'en', 'reachability', 'what all has to happen upstream of ordering the software licence?', { upstream: 'Order software licence' }],
  [IT, 'en', 'reachability', 'if I change Receive licence key, which later steps are affected?', { downstream: 'Receive licence key' }],
  [IT, 'en', 'loops', 'is there a loop anywhere, like going back to the requester?', { loops: true }],
  [IT, 'en', 'ends', 'how can this process end?', { ends: true }],
  [IT, 'en', 'lint', 'any modelling problems I should fix before review?', { lint: true }],
  [IT, 'en', 'lookup', 'is there a step about recertification?', { find: 'Quarterly access recertification' }],
  [IT, 'en', 'lookup', 'tell me about the 5 day timer', { describe: '5 days no licence' }],
  [IT, 'en', 'lookup', "what's the timer on the manager approval about?", { describe: '3 days without decision' }],
  [IT, 'en', 'summary', 'give me a quick overview of this diagram', { summary: true }],
  [IT, 'en', 'needsModel', 'rewrite all the task names in active voice and suggest better ones', { needsModel: true }],
  [IT, 'en', 'typos', 'waht happens aftr the acount is created in the directroy', { next: 'Create account in directory' }],
  [IT, 'en', 'typos', 'how mny user taks', { count: { types: ['userTask'] } }],
  [IT, 'en', 'typos', 'whta if the manger declines', { whatIf: ['Manager approves?', 'declined'] }],
  [IT, 'en', 'whatif', 'so my boss asked me to go through this before the CAB meeting tomorrow - can you tell me what happens if a request turns out to be incomplete and we need more info from the requester?', { whatIf: ['Request complete?', 'incomplete'] }],
  [IT, 'en', 'lanes', 'who does the IdM stuff, i.e. ordering the sw licence?', { lane: 'Order software licence' }],
  [IT2, 'en', 'changes', 'what changed compared to the last version?', { changes: IT }],
  [IT2, 'en', 'changes', "what's new in this revision vs the previous one?", { changes: IT }],
  [IT2, 'en', 'count', 'and how many tasks does this version have?', { count: T }],
  [IT2, 'en', 'after', 'in the new version, what happens after the 3 day timer?', { next: '3 days without decision' }],
  [IT2, 'de', 'crosslang', 'Was hat sich gegenüber der vorherigen Version geändert?', { changes: IT }],
  [IT2, 'ja', 'crosslang', '前のバージョンからの変更点は？', { changes: IT }],
  [IT, 'de', 'crosslang', 'Wie viele Aufgaben hat die Lane Service Desk?', { count: { family: 'task', lane: 'Service Desk' } }],
  [IT, 'de', 'crosslang', 'Was passiert nach Classify access level?', { next: 'Classify access level' }],
  [IT, 'ja', 'crosslang', 'Security reviewの中にタスクはいくつ？', { count: { family: 'task', pool: '__sub:Security review' } }],
  [IT, 'ja', 'crosslang', '「Approve as line manager」の担当レーンは？', { lane: 'Approve as line manager' }],
  [IT, 'de', 'crosslang', 'Gibt es Schleifen?', { loops: true }],

  // ---------------------------------------------------------------- hundesteuer-horus (German)
  [HU, 'de', 'count', 'Wie viele Aufgaben hat der Prozess insgesamt?', { count: T }],
  [HU, 'de', 'count', 'wieviele Benutzeraufgaben gibts', { count: { types: ['userTask'] } }],
  [HU, 'de', 'count', 'Anzahl Gateways, inkl. Teilprozess', { count: { family: 'gateway' } }],
  [HU, 'de', 'count', 'Wie viele Aufgaben erledigt die Steuerabteilung?', { count: { family: 'task', lane: 'Steuerabteilung' } }],
  [HU, 'de', 'count', 'wie viele Tasks liegen beim Bürgerbüro', { count: { family: 'task', lane: 'Bürgerbüro' } }],
  [HU, 'de', 'count', 'Wie viele Schritte hat der Teilprozess Steuerbescheid erstellen?', { count: { family: 'task', pool: '__sub:Steuerbescheid erstellen' } }],
  [HU, 'de', 'count', 'Wie viele Zeitereignisse gibt es?', { count: { eventDef: 'timer' } }],
  [HU, 'de', 'count', 'wie viele Nachrichtenflüsse sind eingezeichnet', { count: { collection: 'messageFlows' } }],
  [HU, 'de', 'count', 'Wie viele Lanes hat das Steueramt?', { count: { collection: 'lanes' } }],
  [HU, 'de', 'count', 'Hat das Ordnungsamt mehr Aufgaben als das Bürgerbüro?', { more: [{ family: 'task', lane: 'Ordnungsamt' }, { family: 'task', lane: 'Bürgerbüro' }] }],
  [HU, 'de', 'lanes', 'Welche Lane hat am meisten zu tun?', { mostLane: true }],
  [HU, 'de', 'after', 'Was passiert nach der Prüfung der Anmeldung?', { next: 'Anmeldung prüfen' }],
  [HU, 'de', 'after', 'was kommt nach Unterlagen nachfordern', { next: 'Unterlagen nachfordern' }],
  [HU, 'de', 'after', 'Was passiert, wenn die 4 Wochen verstrichen sind?', { next: '4 Wochen verstrichen' }],
  [HU, 'de', 'after', 'Was passiert nach dem Erstellen des Steuerbescheids?', { next: 'Steuerbescheid erstellen' }],
  [HU, 'de', 'after', 'Was passiert, wenn das Gutachten nach 8 Wochen immer noch nicht da ist?', { next: '8 Wochen ohne Gutachten' }],
  [HU, 'de', 'after', 'Und nach der Rückfrage der Stadtkasse?', { next: 'Rückfrage der Stadtkasse' }],
  [HU, 'de', 'after', 'Was passiert, wenn der Bescheid fertig ist?', { next: '__subProcessOf:Bescheid fertig' }],
  [HU, 'de', 'after', 'was kommt nach der Berechnung der Hundesteuer', { next: 'Hundesteuer berechnen' }],
  [HU, 'de', 'before', 'Was kommt vor der Versagung der Haltungserlaubnis?', { prev: 'Haltungserlaubnis versagen' }],
  [HU, 'de', 'before', 'Was muss passieren, bevor der Bescheid versendet wird?', { prev: 'Bescheid versenden' }],
  [HU, 'de', 'whatif', 'Was passiert, wenn die Unterlagen nicht vollständig sind?', { whatIf: ['Unterlagen vollständig?', 'nein'] }],
  [HU, 'de', 'whatif', 'Was, wenn es ein Listenhund ist?', { whatIf: ['Listenhund?', 'Listenhund'] }],
  [HU, 'de', 'whatif', 'was passiert wenn der Wesenstest nicht bestanden wird', { whatIf: ['Wesenstest bestanden?', 'nicht bestanden'] }],
  [HU, 'de', 'whatif', 'Und wenn der Hund aus dem Tierheim kommt?', { whatIf: ['Ermäßigung beantragt?', 'Hund aus dem Tierheim'] }],
  [HU, 'de', 'whatif', 'Was passiert bei einem Blindenführhund?', { whatIf: ['Ermäßigung beantragt?', 'Blindenführhund'] }],
  [HU, 'de', 'whatif', 'und wenns kein Listenhund ist?', { whatIf: ['Listenhund?', 'kein Listenhund'] }],
  [HU, 'de', 'lanes', 'Wer fordert den Wesenstest an?', { lane: 'Wesenstest anfordern' }],
  [HU, 'de', 'lanes', 'Wer prüft die Steuerbefreiung?', { lane: 'Steuerbefreiung\nprüfen' }],
  [HU, 'de', 'lanes', 'Wer verschickt den Bescheid?', { lane: 'Bescheid versenden' }],
  [HU, 'de', 'lanes', 'Was macht das Ordnungsamt alles?', { laneWork: 'Ordnungsamt' }],
  [HU, 'de', 'lanes', 'Welche Lanes gibt es', { lanes: true }],
  [HU, 'de', 'pools', 'Welche Beteiligten (Pools) gibt es?', { pools: true }],
  [HU, 'de', 'messages', 'Welche Nachrichten werden mit dem Hundehalter und dem Veterinäramt ausgetauscht?', { messages: true }],
  [HU, 'de', 'messages', 'An wen geht der Auftrag für den Wesenstest?', { messageTarget: 'Wesenstest anfordern' }],
  [HU, 'de', 'gateways', 'Welche Zweige hat "Ermäßigung beantragt?"', { branches: 'Ermäßigung beantragt?' }],
  [HU, 'de', 'gateways', 'Was für ein Gateway ist "Auf Antwort warten"?', { gatewayKind: 'Auf Antwort warten' }],
  [HU, 'de', 'gateways', 'welcher Gatewaytyp ist Ermäßigung beantragt?', { gatewayKind: 'Ermäßigung beantragt?' }],
  [HU, 'de', 'gateways', 'Passen alle öffnenden und schließenden Gateways zusammen?', { mismatches: true }],
  [HU, 'de', 'paths', 'Wie viele Pfade gibt es vom Start bis zum Ende?', { paths: true }],
  [HU, 'de', 'paths', 'Kann man auch ohne Wesenstest durchkommen?', { pathsAvoid: 'Wesenstest anfordern' }],
  [HU, 'de', 'paths', 'Geht es auch ganz ohne Anmeldung prüfen?', { pathsAvoid: 'Anmeldung prüfen' }],
  [HU, 'de', 'reachability', 'Gibt es Elemente, die nie erreicht werden?', { unreachable: true }],
  [HU, 'de', 'reachability', 'Kommt man von Unterlagen nachfordern noch zu Hund angemeldet?', { reaches: ['Unterlagen nachfordern', 'Hund angemeldet'] }],
  [HU, 'de', 'reachability', 'Führt die Versagung der Haltungserlaubnis irgendwann doch zur Anmeldung?', { reaches: ['Haltungserlaubnis versagen', 'Hund angemeldet'] }],
  [HU, 'de', 'reachability', 'Was hängt alles von der Anmeldungsprüfung ab, also was kommt danach?', { downstream: 'Anmeldung prüfen' }],
  [HU, 'de', 'loops', 'Gibt es eine Schleife im Ablauf?', { loops: true }],
  [HU, 'de', 'ends', 'Wie kann das Verfahren enden?', { ends: true }],
  [HU, 'de', 'lint', 'Ist das Modell sauber? Irgendwelche Warnungen?', { lint: true }],
  [HU, 'de', 'lookup', 'Gibt es einen Schritt zur Hundesteuermarke?', { find: 'Hundesteuermarke ausgeben' }],
  [HU, 'de', 'lookup', 'Erklär mir das Ereignis Rückfrage der Stadtkasse', { describe: 'Rückfrage der Stadtkasse' }],
  [HU, 'de', 'lookup', 'Was hat es mit dem 8-Wochen-Timer auf sich?', { describe: '8 Wochen ohne Gutachten' }],
  [HU, 'de', 'summary', 'Gib mir einen Überblick über die Hundeanmeldung', { summary: true }],
  [HU, 'de', 'needsModel', 'Schreib mir eine Bürgerinfo zur Hundeanmeldung in einfacher Sprache', { needsModel: true }],
  [HU, 'de', 'typos', 'wie viele aufgabn hat die steuerabteilng', { count: { family: 'task', lane: 'Steuerabteilung' } }],
  [HU, 'de', 'typos', 'was pasiert nach dem wesentest anfordern', { next: 'Wesenstest anfordern' }],
  [HU, 'de', 'typos', 'gibts unerreichbare elemnte?', { unreachable: true }],
  [HU, 'de', 'whatif', 'Mal ganz blöd gefragt: der Halter hat seinen Hund aus dem Tierheim geholt und will eine Ermäßigung - wie geht es dann weiter?', { whatIf: ['Ermäßigung beantragt?', 'Hund aus dem Tierheim'] }],
  [HU, 'de', 'after', 'Was passiert nach "Steuerbefreiung prüfen"?', { next: 'Steuerbefreiung\nprüfen' }],
  [HU, 'de', 'lanes', 'wer kümmert sich um die Sollstellung?', { lane: 'Sollstellung buchen' }],
  [HU, 'en', 'crosslang', 'how many tasks does the Ordnungsamt have?', { count: { family: 'task', lane: 'Ordnungsamt' } }],
  [HU, 'en', 'crosslang', 'what happens if the documents are incomplete?', { whatIf: ['Unterlagen vollständig?', 'nein'] }],
  [HU, 'en', 'crosslang', 'who handles Bankverbindung klären?', { lane: 'Bankverbindung klären' }],
  [HU, 'en', 'crosslang', 'what are the possible end states?', { ends: true }],
  [HU, 'ja', 'crosslang', 'このプロセスのタスク数は？', { count: T }],

  // ---------------------------------------------------------------- dantai-yoyaku-kissflow (Japanese)
  [DY, 'ja', 'count', 'タスクはいくつありますか', { count: T }],
  [DY, 'ja', 'count', 'ユーザータスクは何個？', { count: { types: ['userTask'] } }],
  [DY, 'ja', 'count', 'ゲートウェイの数は', { count: { family: 'gateway' } }],
  [DY, 'ja', 'count', '予約担当のタスクは何件ありますか？', { count: { family: 'task', lane: '予約担当' } }],
  [DY, 'ja', 'count', '経理レーンのタスク数を教えて', { count: { family: 'task', lane: '経理' } }],
  [DY, 'ja', 'count', 'タイマーイベントはいくつ', { count: { eventDef: 'timer' } }],
  [DY, 'ja', 'count', '境界イベントはいくつ付いていますか', { count: { types: ['boundaryEvent'] } }],
  [DY, 'ja', 'count', 'メッセージフローは何本？', { count: { collection: 'messageFlows' } }],
  [DY, 'ja', 'count', 'プールはいくつ', { count: { collection: 'participants' } }],
  [DY, 'ja', 'count', '送信タスクはいくつ？', { count: { types: ['sendTask'] } }],
  [DY, 'ja', 'count', '終了イベントは何個ある？', { count: { types: ['endEvent'] } }],
  [DY, 'ja', 'lanes', 'いちばん作業が多いレーンはどこ？', { mostLane: true }],
  [DY, 'ja', 'count', '受信タスクより送信タスクの方が多い？', { more: [{ types: ['sendTask'] }, { types: ['receiveTask'] }] }],
  [DY, 'ja', 'after', '空室状況を確認の次は何？', { next: '空室状況を確認' }],
  [DY, 'ja', 'after', '見積書を作成した後はどうなる？', { next: '見積書を作成' }],
  [DY, 'ja', 'after', '契約締結のあとは？', { next: '契約締結' }],
  [DY, 'ja', 'after', '承認が24時間経過したらどうなりますか', { next: '24時間経過' }],
  [DY, 'ja', 'after', '入金が7日間ないとどうなる？', { next: '7日間入金なし' }],
  [DY, 'ja', 'after', '契約不成立（エラー）の場合、次に何が起きる？', { next: '契約不成立' }],
  [DY, 'ja', 'after', '予約確定通知を送信したあとは？', { next: '予約確定通知を送信' }],
  [DY, 'ja', 'before', '見積書を送付の前に何がありますか', { prev: '見積書を送付' }],
  [DY, 'ja', 'before', '予約不成立に至る直前のステップは？', { prev: '予約不成立' }],
  [DY, 'ja', 'whatif', '空室がない場合はどうなりますか？', { whatIf: ['空室あり？', '空室なし'] }],
  [DY, 'ja', 'whatif', '幹事が代替案に同意しなかったら？', { whatIf: ['代替案に同意？', '同意しない'] }],
  [DY, 'ja', 'whatif', '割引率が10%を超えたら？', { whatIf: ['割引率１０％超？', '10%超'] }],
  [DY, 'ja', 'whatif', '宴会がある場合は？', { whatIf: ['追加手配あり？', '宴会あり'] }],
  [DY, 'ja', 'whatif', '代替案に同意したらどうなる？', { whatIf: ['代替案に同意？', '同意する'] }],
  [DY, 'ja', 'lanes', '割引を承認するのは誰？', { lane: '割引を承認' }],
  [DY, 'ja', 'lanes', '前払金の請求はどのレーン？', { lane: '前払金を請求' }],
  [DY, 'ja', 'lanes', '部屋割りの登録は誰の担当ですか', { lane: '部屋割りを登録' }],
  [DY, 'ja', 'lanes', '営業マネージャーは何をしますか', { laneWork: '営業マネージャー' }],
  [DY, 'ja', 'lanes', 'レーンの一覧を見せて', { lanes: true }],
  [DY, 'ja', 'pools', '参加者（プール）は？', { pools: true }],
  [DY, 'ja', 'messages', 'どんなメッセージがやり取りされますか', { messages: true }],
  [DY, 'ja', 'messages', '見積書は誰に送られる？', { messageTarget: '見積書を送付' }],
  [DY, 'ja', 'gateways', '「追加手配あり？」の分岐は？', { branches: '追加手配あり？' }],
  [DY, 'ja', 'gateways', '空室あり？はどの種類のゲートウェイ？', { gatewayKind: '空室あり？' }],
  [DY, 'ja', 'gateways', '分岐と合流のゲートウェイの種類は合っていますか', { mismatches: true }],
  [DY, 'ja', 'paths', '開始から終了までの経路はいくつ？', { paths: true }],
  [DY, 'ja', 'paths', '見積書を作成せずに終わることはありますか？', { pathsAvoid: '見積書を作成' }],
  [DY, 'ja', 'paths', '空室状況を確認しないで終わることはある？', { pathsAvoid: '空室状況を確認' }],
  [DY, 'ja', 'reachability', '到達できない要素は？', { unreachable: true }],
  [DY, 'ja', 'reachability', '仮予約を取消から団体予約確定に行ける？', { reaches: ['仮予約を取消', '団体予約確定'] }],
  [DY, 'ja', 'reachability', '代替日程を提案から団体予約確定まで到達できますか', { reaches: ['代替日程を提案', '団体予約確定'] }],
  [DY, 'ja', 'reachability', '部屋割りを登録より前に必要なステップを全部教えて', { upstream: '部屋割りを登録' }],
  [DY, 'ja', 'loops', 'ループはありますか', { loops: true }],
  [DY, 'ja', 'ends', 'プロセスの終わり方は何通り？', { ends: true }],
  [DY, 'ja', 'lint', 'モデルに問題はありますか？', { lint: true }],
  [DY, 'ja', 'lookup', '送迎バスの手配ってある？', { find: '送迎バスを手配' }],
  [DY, 'ja', 'lookup', '24時間のタイマーについて教えて', { describe: '24時間経過' }],
  [DY, 'ja', 'lookup', '7日間のタイマーは何に付いてる？', { describe: '7日間入金なし' }],
  [DY, 'ja', 'summary', 'このプロセスの概要を教えて', { summary: true }],
  [DY, 'ja', 'needsModel', 'この団体予約プロセスの改善案を提案して', { needsModel: true }],
  [DY, 'ja', 'typos', 'たすくはいくつ', { count: T }],
  [DY, 'ja', 'typos', 'にゅうきんをかくにんのあとは？', { next: '入金を確認' }],
  [DY, 'ja', 'typos', 'えんかいじょうのてはいは誰がやる？', { lane: '宴会場を手配' }],
  [DY, 'ja', 'after', '幹事から回答を受け取った後は？', { next: '幹事の回答を受信' }],
  [DY, 'ja', 'whatif', '来月の社員旅行で40名の団体予約を入れたいんですが、空室がなかった場合、ホテル側ではどういう流れになりますか？', { whatIf: ['空室あり？', '空室なし'] }],
  [DY, 'en', 'crosslang', 'how many tasks does 経理 have?', { count: { family: 'task', lane: '経理' } }],
  [DY, 'en', 'crosslang', 'what happens after 見積書を作成?', { next: '見積書を作成' }],
  [DY, 'de', 'crosslang', 'Welche Lanes gibt es?', { lanes: true }],
  [DY, 'en', 'crosslang', 'what if there is no room available?', { whatIf: ['空室あり？', '空室なし'] }],
  [DY, 'de', 'crosslang', 'Wie viele Gateways hat der Prozess?', { count: { family: 'gateway' } }],
];
