// FRESH_20: a blind batch, written on 3 Dec 2026 between 13:55 and 14:13 UTC (reading 13:55–14:05, diagrams 14:05–14:09,
// questions 14:09–14:11, wiring and checking 14:11–14:13), without reading the analyst's code
// (lib/ai/analyst*.ts, lib/ai/analyst-lexicon*, lib/bpmn/tools/*, lib/bpmn/graph.ts) or running it on these questions.
// Read: analyst-questions.data.ts (the Expect and Question types, its first 150 lines), analyst-questions.test.ts (the
// oracle, its check and the wiring), build.ts (types), generate-fresh19.ts (its head, export helpers and writer) and the
// helpers it imports from generate-fresh5/13.ts (T, opaqueIds, hash, allIds, withDataObject, typeOf); of
// analyst-questions.fresh19.ts the header comment and — by a too-wide sed — the start of its FRESH_19_FIRST_RUN doc
// comment (its totals and its first four misses), which was seen. The ORACLE_ONLY output was grepped for this batch's
// diagrams only.
// All questions are over three diagrams in export styles new to the fixtures (e2e/fixtures/diagrams/generate-fresh20.ts):
// warranty-repair-servicenow (ServiceNow Flow Designer-like: ids sys_ + 32 hex digits, sn:actionType / sn:scope; English;
// a warranty repair with pools Customer and Manufacturer (black boxes) and Acme Service Center — lanes Front Desk /
// Warranty Desk / Repair Workshop — and seven message flows, a warranty decision with a default flow, a repair quote
// through an event-based gateway with a 10-day timer, a claim wait (receive task) with an interrupting 14-day timer and
// an escalation loop, an expanded "Repair device" sub-process (parallel split/join, a test loop, an error end caught by
// an error boundary), a non-interrupting 5-day timer, a link throw/catch pair, a data object and a disconnected task)
// and its revision warranty-repair-servicenow-v2 (a photo step added, the unrepaired return renamed, the disconnected
// task removed); dienstrad-webmethods (webMethods Designer-like: step ids _3-<n>, wm:stepType / wm:swimlane; German; an
// employer bicycle lease with pools Beschäftigte, Leasinggesellschaft, Fahrradhändler (black boxes) and Firma Brandt
// Logistik GmbH — lanes Personalabteilung / Führungskraft / Lohnbuchhaltung — and eight message flows, a
// missing-details loop, a non-interrupting 5-day reminder timer, an inclusive split/join with a default flow, an error
// boundary with a clarification loop, a parallel split/join with a receive task and an interrupting 4-week timer, a call
// activity, a data object and a disconnected task); kaigishitsu-zoho (Zoho Creator-like: ids zc_ + 19 digits,
// zc:appLinkName / zc:fieldType; Japanese; a meeting-room booking with pools 申請者 and 外部ケータリング業者 (black boxes)
// and 総務部 — lanes 受付 / 施設管理 / 情報システム — and six message flows, an availability loop through an
// event-based gateway with a 3-day timer, a size decision, a non-interrupting escalation boundary on the approval, an
// inclusive split/join with a default flow, an expanded preparation sub-process with a parallel split/join and an error
// boundary, a data object and a disconnected task).
// Facts are computed by the suite's oracle from its own parse; each printed fact (ORACLE_ONLY=1) was checked by hand
// against the generator's spec: counts counted from the spec by hand (tasks 17 / 15 / 12; elements 40 / 31 / 31), path
// counts (11, 11, 14) counted by hand, the lint totals taken from the oracle's bpmnlint run. None has a split/join
// mismatch (asked once, on the English diagram). The drawing was checked with analyseImport: no findings, drawn = total − 1
// (the data object) for all four files. tsc --noEmit and the ORACLE_ONLY run pass.
// 198 questions: 70 en, 65 de, 63 ja.
import type { Question } from './analyst-questions.data';

const WR = 'warranty-repair-servicenow', WR2 = 'warranty-repair-servicenow-v2', DR = 'dienstrad-webmethods', KS = 'kaigishitsu-zoho';
const T = { family: 'task' } as const;

/** FRESH_20 on its first and only honest run: 3 Dec 2026, 14:12–14:16 UTC, on main aa105f4 + this batch (the analyst
 *  work done for FRESH_19's misses, finished before this batch was seen): **184/198 = 92.9 %**.
 *  Per language: en 64/70 (91 %), de 61/65 (94 %), ja 59/63 (94 %).
 *  Per category: after 23/24, changes 3/4, crosslang 14/15, lookup 8/12, messages 6/7, reachability 12/14, typos 6/8,
 *  whatif 14/16; before, compare, count, ends, gateways, lanes, lint, loops, needsModel, paths, pools, summary all right.
 *  Misses (question → what was wrong; the answer's first line, cut):
 *  - [whatif] warranty-repair-servicenow: "suppose the tech finds the device is beyond repair during testing — where does that go?" → the message **Repaired device**
 *  - [messages] warranty-repair-servicenow: "where does the warranty claim get sent to?" → described **Under warranty?**
 *  - [reachability] warranty-repair-servicenow: "does offering a replacement ever lead back to the quote?" → "Yes — at **Offer replacement device**" (a lookup reading)
 *  - [lookup] warranty-repair-servicenow: "whats the error boundary on the repair for" → described the end event **Device repaired**
 *  - [lookup] warranty-repair-servicenow: "where is the loaner pool thing?" → the list of pools (a data store is meant)
 *  - [crosslang] warranty-repair-servicenow: "「Claim approved?」がrejectedの場合はどうなりますか" → the branch "approved"
 *  - [changes] warranty-repair-servicenow-v2: "did someone add or rename steps in this revision?" → "Yes: **Wait for claim decision**"
 *  - [whatif] dienstrad-webmethods: "und wenn die Führungskraft nicht freigibt?" → what follows the timer **5 Tage ohne Freigabe**
 *  - [reachability] dienstrad-webmethods: "Führt die Ablehnung irgendwie noch zur Radbestellung?" → described **Antrag abgelehnt**
 *  - [lookup] dienstrad-webmethods: "was hat es mit dem Fehler-Zwischenereignis Lohnart fehlt auf sich" → the lint report
 *  - [typos] dienstrad-webmethods: "was pasiert nach der fahrradbestelung" → "I cannot answer that from the structure alone"
 *  - [after] kaigishitsu-zoho: "かいじょうじゅんびのあとは？" → "not found" (the kana of 会場準備)
 *  - [lookup] kaigishitsu-zoho: "承認遅延のイベントについて説明して" → the diagram summary
 *  - [typos] kaigishitsu-zoho: "ぶちょうしょうにんのつぎは？" → described **承認遅延** (部長承認 in kana)
 */
export const FRESH_20_FIRST_RUN = { passed: 184, total: 198 };

export const FRESH_20: Question[] = [
  // ---------------------------------------------------------------- warranty-repair-servicenow (English)
  [WR, 'en', 'count', 'how many tasks are in this repair flow?', { count: T }],
  [WR, 'en', 'count', 'how many user tasks, counting the ones inside the repair subprocess', { count: { types: ['userTask'] } }],
  [WR, 'en', 'count', 'number of gateways?', { count: { family: 'gateway' } }],
  [WR, 'en', 'count', 'how many steps does the front desk do', { count: { family: 'task', lane: 'Front Desk' } }],
  [WR, 'en', 'count', 'how many tasks sit inside Repair device?', { count: { family: 'task', pool: '__sub:Repair device' } }],
  [WR, 'en', 'count', 'how many timers are there', { count: { eventDef: 'timer' } }],
  [WR, 'en', 'count', 'how many boundary events are attached to things?', { count: { types: ['boundaryEvent'] } }],
  [WR, 'en', 'count', 'how many message flows go between the pools', { count: { collection: 'messageFlows' } }],
  [WR, 'en', 'count', 'how many pools r there', { count: { collection: 'participants' } }],
  [WR, 'en', 'count', 'how many send tasks (emails going out)?', { count: { types: ['sendTask'] } }],
  [WR, 'en', 'count', 'how many tasks does the warranty desk own', { count: { family: 'task', lane: 'Warranty Desk' } }],
  [WR, 'en', 'after', 'what happens after the repair ticket is logged?', { next: 'Log repair ticket' }],
  [WR, 'en', 'after', 'ok and once the warranty status is checked, what next', { next: 'Check warranty status' }],
  [WR, 'en', 'after', 'what comes after we send the quote to the customer?', { next: 'Send repair quote' }],
  [WR, 'en', 'after', 'after diagnosing the fault, what happens?', { next: 'Diagnose fault' }],
  [WR, 'en', 'after', 'what happens once the device has been repaired?', { next: '__subProcessOf:Device repaired' }],
  [WR, 'en', 'after', 'what happens after the function test', { next: 'Run function test' }],
  [WR, 'en', 'after', 'when the 14 day timer on the claim decision fires, what happens?', { next: 'No answer in 14 days' }],
  [WR, 'en', 'after', 'the To closing link event — where does it jump to, what runs next?', { next: '__link:To closing' }],
  [WR, 'en', 'before', 'what has to happen before the ticket gets closed', { prev: 'Close ticket' }],
  [WR, 'en', 'before', 'what leads into the claim approved decision?', { prev: 'Claim approved?' }],
  [WR, 'en', 'before', 'which steps come right before sending the repair quote?', { prev: 'Send repair quote' }],
  [WR, 'en', 'whatif', 'what if the device is not under warranty anymore?', { whatIf: ['Under warranty?', 'no'] }],
  [WR, 'en', 'whatif', 'and if it IS under warranty?', { whatIf: ['Under warranty?', 'yes'] }],
  [WR, 'en', 'whatif', 'what happens when the manufacturer rejects the claim', { whatIf: ['Claim approved?', 'rejected'] }],
  [WR, 'en', 'whatif', 'if the function test fails what then', { whatIf: ['Test passed?', 'failed'] }],
  [WR, 'en', 'whatif', 'suppose the tech finds the device is beyond repair during testing — where does that go?', { whatIf: ['Test passed?', 'beyond repair'] }],
  [WR, 'en', 'lanes', 'who replaces the faulty part?', { lane: 'Replace faulty part' }],
  [WR, 'en', 'lanes', 'which lane offers the replacement device', { lane: 'Offer replacement device' }],
  [WR, 'en', 'lanes', 'what does the warranty desk actually do?', { laneWork: 'Warranty Desk' }],
  [WR, 'en', 'lanes', 'list the lanes pls', { lanes: true }],
  [WR, 'en', 'pools', 'who are the participants in this collaboration?', { pools: true }],
  [WR, 'en', 'messages', 'what messages go back and forth with the customer and the manufacturer?', { messages: true }],
  [WR, 'en', 'messages', 'where does the warranty claim get sent to?', { messageTarget: 'File claim with manufacturer' }],
  [WR, 'en', 'gateways', 'what are the options at Under warranty?', { branches: 'Under warranty?' }],
  [WR, 'en', 'gateways', 'what kind of gateway is Quote response', { gatewayKind: 'Quote response' }],
  [WR, 'en', 'gateways', 'which outcomes does the test passed check have?', { branches: 'Test passed?' }],
  [WR, 'en', 'gateways', 'any split/join mismatches?', { mismatches: true }],
  [WR, 'en', 'paths', 'how many different paths from start to end are there', { paths: true }],
  [WR, 'en', 'paths', 'can a case finish without the device ever being repaired?', { pathsAvoid: 'Repair device' }],
  [WR, 'en', 'paths', 'is it possible to end without logging a ticket', { pathsAvoid: 'Log repair ticket' }],
  [WR, 'en', 'reachability', 'anything in here that can never be reached?', { unreachable: true }],
  [WR, 'en', 'reachability', 'can we get from the warranty check to closing the ticket?', { reaches: ['Check warranty status', 'Close ticket'] }],
  [WR, 'en', 'reachability', 'does offering a replacement ever lead back to the quote?', { reaches: ['Offer replacement device', 'Send repair quote'] }],
  [WR, 'en', 'reachability', 'what all happens downstream of the claim being filed?', { downstream: 'File claim with manufacturer' }],
  [WR, 'en', 'reachability', 'everything that has to run before the handover, upstream', { upstream: 'Hand device back to customer' }],
  [WR, 'en', 'loops', 'are there loops — like escalating and waiting again?', { loops: true }],
  [WR, 'en', 'ends', 'what are the possible outcomes / end states?', { ends: true }],
  [WR, 'en', 'lint', 'run a check, any modelling problems?', { lint: true }],
  [WR, 'en', 'lookup', 'tell me about the 5 working days timer', { describe: '5 working days passed' }],
  [WR, 'en', 'lookup', 'whats the error boundary on the repair for', { describe: 'Device beyond repair' }],
  [WR, 'en', 'lookup', 'is there a step for backing up the customers data?', { find: 'Back up customer data' }],
  [WR, 'en', 'lookup', 'where is the loaner pool thing?', { find: 'Update loaner pool' }],
  [WR, 'en', 'typos', 'waht hapens aftr the quote is acepted', { next: 'Quote accepted' }],
  [WR, 'en', 'typos', 'who dose the warrenty check', { lane: 'Check warranty status' }],
  [WR, 'en', 'typos', 'how mnay gatways', { count: { family: 'gateway' } }],
  [WR, 'en', 'summary', 'quick overview of this diagram?', { summary: true }],
  [WR, 'en', 'needsModel', 'rewrite the task names so they sound friendlier for customers', { needsModel: true }],
  [WR, 'en', 'needsModel', 'what would be a good KPI to track for this repair process?', { needsModel: true }],
  [WR, 'de', 'crosslang', 'Was passiert nach „Log repair ticket“?', { next: 'Log repair ticket' }],
  [WR, 'de', 'crosslang', 'Wie viele Aufgaben hat die Repair Workshop Lane?', { count: { family: 'task', lane: 'Repair Workshop' } }],
  [WR, 'ja', 'crosslang', 'この図にループはありますか？', { loops: true }],
  [WR, 'ja', 'crosslang', '「Claim approved?」がrejectedの場合はどうなりますか', { whatIf: ['Claim approved?', 'rejected'] }],
  [WR2, 'en', 'changes', 'what changed since the last version?', { changes: WR }],
  [WR2, 'en', 'changes', 'did someone add or rename steps in this revision?', { changes: WR }],
  [WR2, 'en', 'after', 'what comes after photographing the device?', { next: 'Photograph device condition' }],
  [WR2, 'en', 'reachability', 'any unreachable stuff left in the new version?', { unreachable: true }],
  [WR2, 'de', 'changes', 'Was wurde gegenüber der vorigen Version geändert?', { changes: WR }],
  [WR2, 'ja', 'changes', '前の版から何が変わりましたか？', { changes: WR }],

  // ---------------------------------------------------------------- dienstrad-webmethods (German)
  [DR, 'de', 'count', 'Wie viele Aufgaben hat der Prozess?', { count: T }],
  [DR, 'de', 'count', 'wieviele Sendeaufgaben gibt es', { count: { types: ['sendTask'] } }],
  [DR, 'de', 'count', 'Anzahl Gateways?', { count: { family: 'gateway' } }],
  [DR, 'de', 'count', 'Wie viele Aufgaben liegen bei der Personalabteilung?', { count: { family: 'task', lane: 'Personalabteilung' } }],
  [DR, 'de', 'count', 'wie viele Aufgaben macht die Lohnbuchhaltung', { count: { family: 'task', lane: 'Lohnbuchhaltung' } }],
  [DR, 'de', 'count', 'Wie viele Endereignisse hat das Modell?', { count: { types: ['endEvent'] } }],
  [DR, 'de', 'count', 'wie viele Timer gibt es?', { count: { eventDef: 'timer' } }],
  [DR, 'de', 'count', 'Wie viele Pools sind im Diagramm?', { count: { collection: 'participants' } }],
  [DR, 'de', 'count', 'Wie viele Nachrichtenflüsse?', { count: { collection: 'messageFlows' } }],
  [DR, 'de', 'count', 'Wie viele Benutzeraufgaben gibt es insgesamt?', { count: { types: ['userTask'] } }],
  [DR, 'de', 'count', 'wie viele Aktivitäten inkl. Aufrufaktivität?', { count: { family: 'activity' } }],
  [DR, 'de', 'count', 'Hat die Personalabteilung mehr Aufgaben als die Lohnbuchhaltung?', { more: [{ family: 'task', lane: 'Personalabteilung' }, { family: 'task', lane: 'Lohnbuchhaltung' }] }],
  [DR, 'de', 'lanes', 'Welche Lane hat die meisten Aufgaben?', { mostLane: true }],
  [DR, 'de', 'after', 'Was passiert nach der Vollständigkeitsprüfung?', { next: 'Antrag auf Vollständigkeit prüfen' }],
  [DR, 'de', 'after', 'was kommt nach der Freigabe durch die Führungskraft', { next: 'Leasing freigeben' }],
  [DR, 'de', 'after', 'Und nachdem die Entgeltumwandlung eingerichtet ist?', { next: 'Entgeltumwandlung einrichten' }],
  [DR, 'de', 'after', 'Was passiert, wenn die fehlenden Angaben nachgereicht wurden?', { next: 'Angaben nachgereicht' }],
  [DR, 'de', 'after', 'was passiert wenn nach 4 Wochen das Rad immer noch nicht da ist', { next: '4 Wochen vergangen' }],
  [DR, 'de', 'after', 'Was folgt auf die Aktualisierung der Personalakte?', { next: 'Personalakte aktualisieren' }],
  [DR, 'de', 'after', 'was passiert, wenn die Lohnart fehlt?', { next: 'Lohnart fehlt' }],
  [DR, 'de', 'before', 'Was muss vor der Personalakte passieren?', { prev: 'Personalakte aktualisieren' }],
  [DR, 'de', 'before', 'was geht der Entgeltumwandlung voraus', { prev: 'Entgeltumwandlung einrichten' }],
  [DR, 'de', 'before', 'Was kommt vor der Vollständigkeitsprüfung?', { prev: 'Antrag auf Vollständigkeit prüfen' }],
  [DR, 'de', 'whatif', 'Was passiert, wenn der Antrag unvollständig ist?', { whatIf: ['Antrag vollständig?', 'nein'] }],
  [DR, 'de', 'whatif', 'und wenn die Führungskraft nicht freigibt?', { whatIf: ['Freigegeben?', 'nein'] }],
  [DR, 'de', 'whatif', 'Was passiert, wenn jemand ein E-Bike least?', { whatIf: ['Zusatzleistungen?', 'E-Bike'] }],
  [DR, 'de', 'whatif', 'was ist wenn der Mitarbeiter eine Vollkasko haben will', { whatIf: ['Zusatzleistungen?', 'Versicherung gewünscht'] }],
  [DR, 'de', 'whatif', 'Wenn freigegeben wurde – wie geht es weiter?', { whatIf: ['Freigegeben?', 'ja'] }],
  [DR, 'de', 'lanes', 'Wer bestellt das Rad beim Händler?', { lane: 'Rad beim Händler bestellen' }],
  [DR, 'de', 'lanes', 'wer klärt die Lohnart mit dem Steuerberater?', { lane: 'Lohnart mit Steuerberater klären' }],
  [DR, 'de', 'lanes', 'Was macht die Führungskraft in diesem Prozess?', { laneWork: 'Führungskraft' }],
  [DR, 'de', 'lanes', 'Was sind die Aufgaben der Lohnbuchhaltung?', { laneWork: 'Lohnbuchhaltung' }],
  [DR, 'de', 'lanes', 'Welche Bahnen (Lanes) gibt es?', { lanes: true }],
  [DR, 'de', 'pools', 'Welche Teilnehmer/Pools sind beteiligt?', { pools: true }],
  [DR, 'de', 'messages', 'Welche Nachrichten werden ausgetauscht?', { messages: true }],
  [DR, 'de', 'messages', 'Wohin geht die Bestellung des Rads?', { messageTarget: 'Rad beim Händler bestellen' }],
  [DR, 'de', 'messages', 'an wen geht die Vertragsanfrage', { messageTarget: 'Leasingvertrag anfordern' }],
  [DR, 'de', 'gateways', 'Welche Zweige hat das Gateway Zusatzleistungen?', { branches: 'Zusatzleistungen?' }],
  [DR, 'de', 'gateways', 'Was für ein Gateway ist „Zusatzleistungen?“', { gatewayKind: 'Zusatzleistungen?' }],
  [DR, 'de', 'gateways', 'welche Ausgänge hat Antrag vollständig?', { branches: 'Antrag vollständig?' }],
  [DR, 'de', 'paths', 'Wie viele Pfade gibt es vom Start bis zum Ende?', { paths: true }],
  [DR, 'de', 'paths', 'Kann der Prozess enden, ohne dass ein Rad bestellt wird?', { pathsAvoid: 'Rad beim Händler bestellen' }],
  [DR, 'de', 'paths', 'geht es auch ohne Freigabe durch die Führungskraft bis zum Ende?', { pathsAvoid: 'Leasing freigeben' }],
  [DR, 'de', 'reachability', 'Gibt es Elemente, die nie erreicht werden?', { unreachable: true }],
  [DR, 'de', 'reachability', 'Führt die Ablehnung irgendwie noch zur Radbestellung?', { reaches: ['Ablehnung mitteilen', 'Rad beim Händler bestellen'] }],
  [DR, 'de', 'reachability', 'Kommt man von der Vollständigkeitsprüfung bis zur Personalakte?', { reaches: ['Antrag auf Vollständigkeit prüfen', 'Personalakte aktualisieren'] }],
  [DR, 'de', 'reachability', 'Was hängt alles hinter der Entgeltumwandlung (downstream)?', { downstream: 'Entgeltumwandlung einrichten' }],
  [DR, 'de', 'loops', 'Gibt es Schleifen, z.B. bei fehlenden Angaben?', { loops: true }],
  [DR, 'de', 'ends', 'Auf welche Arten kann der Prozess enden?', { ends: true }],
  [DR, 'de', 'lint', 'Ist das Modell sauber oder gibt es Warnungen?', { lint: true }],
  [DR, 'de', 'lookup', 'Erklär mir den Timer an der Freigabe', { describe: '5 Tage ohne Freigabe' }],
  [DR, 'de', 'lookup', 'was hat es mit dem Fehler-Zwischenereignis Lohnart fehlt auf sich', { describe: 'Lohnart fehlt' }],
  [DR, 'de', 'lookup', 'gibt es einen Schritt zur Kündigung des alten Vertrags?', { find: 'Altvertrag kündigen' }],
  [DR, 'de', 'lookup', 'wo wird die Akkugarantie geprüft', { find: 'Akkugarantie prüfen' }],
  [DR, 'de', 'typos', 'was pasiert nach der fahrradbestelung', { next: 'Rad beim Händler bestellen' }],
  [DR, 'de', 'typos', 'wiviele gateways gibts', { count: { family: 'gateway' } }],
  [DR, 'de', 'typos', 'wer macht die Entgeldumwandlung', { lane: 'Entgeltumwandlung einrichten' }],
  [DR, 'de', 'summary', 'Gib mir einen Überblick über das Diagramm', { summary: true }],
  [DR, 'de', 'needsModel', 'Schreib eine Betriebsvereinbarung zum Dienstradleasing auf Basis dieses Prozesses', { needsModel: true }],
  [DR, 'de', 'needsModel', 'Formuliere eine freundliche E-Mail an die Beschäftigten, die den Ablauf erklärt', { needsModel: true }],
  [DR, 'en', 'crosslang', 'what happens after Leasing freigeben?', { next: 'Leasing freigeben' }],
  [DR, 'en', 'crosslang', 'how many tasks in total in this bike leasing process?', { count: T }],
  [DR, 'en', 'crosslang', 'who handles the salary conversion step?', { lane: 'Entgeltumwandlung einrichten' }],
  [DR, 'ja', 'crosslang', 'このプロセスの終わり方を教えてください', { ends: true }],
  [DR, 'ja', 'crosslang', 'ゲートウェイはいくつありますか？', { count: { family: 'gateway' } }],

  // ---------------------------------------------------------------- kaigishitsu-zoho (Japanese)
  [KS, 'ja', 'count', 'タスクはいくつありますか？', { count: T }],
  [KS, 'ja', 'count', 'ゲートウェイの数は？', { count: { family: 'gateway' } }],
  [KS, 'ja', 'count', '受付のタスクは何個？', { count: { family: 'task', lane: '受付' } }],
  [KS, 'ja', 'count', '施設管理レーンには作業がいくつある？', { count: { family: 'task', lane: '施設管理' } }],
  [KS, 'ja', 'count', '会場準備の中にタスクは何個ありますか', { count: { family: 'task', pool: '__sub:会場準備' } }],
  [KS, 'ja', 'count', '送信タスクはいくつ？', { count: { types: ['sendTask'] } }],
  [KS, 'ja', 'count', '終了イベントは全部でいくつありますか', { count: { types: ['endEvent'] } }],
  [KS, 'ja', 'count', 'メッセージフローは何本？', { count: { collection: 'messageFlows' } }],
  [KS, 'ja', 'count', 'レーンはいくつ？', { count: { collection: 'lanes' } }],
  [KS, 'ja', 'count', '境界イベントは何個付いていますか', { count: { types: ['boundaryEvent'] } }],
  [KS, 'ja', 'count', '受付は情報システムよりタスクが多いですか？', { more: [{ family: 'task', lane: '受付' }, { family: 'task', lane: '情報システム' }] }],
  [KS, 'ja', 'after', '空き状況を確認した後はどうなりますか？', { next: '空き状況を確認' }],
  [KS, 'ja', 'after', '代替日時を提案したあとは？', { next: '代替日時を提案' }],
  [KS, 'ja', 'after', '部長承認の次は何？', { next: '部長承認' }],
  [KS, 'ja', 'after', '準備が完了したら次に何が起きますか', { next: '__subProcessOf:準備完了' }],
  [KS, 'ja', 'after', '機材が故障したらどうなる？', { next: '機材故障' }],
  [KS, 'ja', 'after', '承認が遅れたときは何が起きますか', { next: '承認遅延' }],
  [KS, 'ja', 'after', '3日たっても返事がなかったら？', { next: '3日経過' }],
  [KS, 'ja', 'after', 'かいじょうじゅんびのあとは？', { next: '会場準備' }],
  [KS, 'ja', 'before', '予約確定を通知する前に何がありますか？', { prev: '予約確定を通知' }],
  [KS, 'ja', 'before', '空き状況の確認の前には何が来る？', { prev: '空き状況を確認' }],
  [KS, 'ja', 'whatif', '空きがない場合はどうなりますか？', { whatIf: ['空きあり？', 'なし'] }],
  [KS, 'ja', 'whatif', '空きがあったら？', { whatIf: ['空きあり？', 'あり'] }],
  [KS, 'ja', 'whatif', '50名以上の場合はどうなりますか', { whatIf: ['利用人数？', '50名以上'] }],
  [KS, 'ja', 'whatif', '参加者が50人未満のときは？', { whatIf: ['利用人数？', '50名未満'] }],
  [KS, 'ja', 'whatif', 'ケータリングを頼む場合はどうなる？', { whatIf: ['追加サービス？', 'ケータリングあり'] }],
  [KS, 'ja', 'whatif', 'Web会議もやりたい場合の流れは？', { whatIf: ['追加サービス？', 'Web会議あり'] }],
  [KS, 'ja', 'lanes', '部長承認はどのレーンの担当ですか？', { lane: '部長承認' }],
  [KS, 'ja', 'lanes', 'Web会議のURLは誰が発行するの？', { lane: 'Web会議URLを発行' }],
  [KS, 'ja', 'lanes', '受付は何をしますか？', { laneWork: '受付' }],
  [KS, 'ja', 'lanes', '情報システムの担当作業を全部教えて', { laneWork: '情報システム' }],
  [KS, 'ja', 'lanes', 'レーンの一覧を出して', { lanes: true }],
  [KS, 'ja', 'lanes', 'いちばんタスクが多いレーンは？', { mostLane: true }],
  [KS, 'ja', 'pools', 'プールは何がありますか？', { pools: true }],
  [KS, 'ja', 'messages', 'やり取りされるメッセージを教えてください', { messages: true }],
  [KS, 'ja', 'messages', 'ケータリングの発注はどこに送られますか？', { messageTarget: 'ケータリングを発注' }],
  [KS, 'ja', 'gateways', '追加サービス？の分岐先は？', { branches: '追加サービス？' }],
  [KS, 'ja', 'gateways', '「回答待ち」はどんな種類のゲートウェイ？', { gatewayKind: '回答待ち' }],
  [KS, 'ja', 'gateways', '利用人数？はどの種類のゲートウェイですか', { gatewayKind: '利用人数？' }],
  [KS, 'ja', 'paths', '開始から終了までの経路はいくつありますか？', { paths: true }],
  [KS, 'ja', 'paths', '部長承認なしで終わることはできますか？', { pathsAvoid: '部長承認' }],
  [KS, 'ja', 'paths', '空き状況を確認せずに終了できますか', { pathsAvoid: '空き状況を確認' }],
  [KS, 'ja', 'reachability', '到達できない要素はありますか？', { unreachable: true }],
  [KS, 'ja', 'reachability', '予約を取り消した後で会場準備にたどり着くことはある？', { reaches: ['予約を取り消す', '会場準備'] }],
  [KS, 'ja', 'reachability', '部長承認から予約確定の通知まで到達できますか', { reaches: ['部長承認', '予約確定を通知'] }],
  [KS, 'ja', 'reachability', '予約確定を通知より前に必要な作業を全部', { upstream: '予約確定を通知' }],
  [KS, 'ja', 'loops', 'ループはありますか', { loops: true }],
  [KS, 'ja', 'ends', 'このプロセスはどのように終わりますか？', { ends: true }],
  [KS, 'ja', 'lint', 'モデルに問題はありますか？', { lint: true }],
  [KS, 'ja', 'lookup', '承認遅延のイベントについて説明して', { describe: '承認遅延' }],
  [KS, 'ja', 'lookup', '機材故障の境界イベントは何に付いていますか', { describe: '機材故障' }],
  [KS, 'ja', 'lookup', '利用統計を更新というタスクはありますか？', { find: '利用統計を更新' }],
  [KS, 'ja', 'lookup', 'プロジェクターの設置はどこ？', { find: 'プロジェクターを設置' }],
  [KS, 'ja', 'typos', 'うけつけ の たすく は なんこ？', { count: { family: 'task', lane: '受付' } }],
  [KS, 'ja', 'typos', 'ぶちょうしょうにんのつぎは？', { next: '部長承認' }],
  [KS, 'ja', 'summary', 'このプロセスの概要を教えて', { summary: true }],
  [KS, 'ja', 'needsModel', 'このプロセスを英語に翻訳してください', { needsModel: true }],
  [KS, 'ja', 'needsModel', '会議室予約の改善案を提案してください', { needsModel: true }],
  [KS, 'en', 'crosslang', 'how many tasks does this meeting room booking have?', { count: T }],
  [KS, 'en', 'crosslang', 'what happens after 部長承認?', { next: '部長承認' }],
  [KS, 'en', 'crosslang', 'are there any unreachable elements?', { unreachable: true }],
  [KS, 'en', 'crosslang', 'list the ways this can end', { ends: true }],
  [KS, 'de', 'crosslang', 'Welche Lanes gibt es in diesem Diagramm?', { lanes: true }],
  [KS, 'de', 'crosslang', 'Gibt es Schleifen?', { loops: true }],
];
