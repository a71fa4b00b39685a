import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseBpmn, buildModel, diffModels, parseBpmn } from '@/lib/bpmn';
import { candidates } from '@/lib/bpmn/tools';
import { answer } from './analyst-answers';
import type { TurnContext } from './context';

const fixture = (name: string) => fs.readFileSync(path.resolve(import.meta.dirname, '../../e2e/fixtures/diagrams', `${name}.bpmn`), 'utf8');

async function turn(question: string, diagram = 'order-fulfilment', extra: Partial<TurnContext> = {}): Promise<TurnContext> {
  const xml = fixture(diagram);
  return {
    question,
    history: [],
    diagram: {
      diagramId: 'dgm_1', name: 'My process', revisionId: 'rev_2', xml, xmlForModel: xml, xmlTrimmed: false, elementList: null,
      analysis: await analyseBpmn(xml), parseError: null, previousRevisionId: null, changes: null,
    },
    attachments: [],
    skipped: [],
    currentAttachmentIds: [],
    ...extra,
  };
}

describe('counts', () => {
  it('answers task, gateway, event, lane and pool counts for the order diagram', async () => {
    expect(answer(await turn('how many tasks are in my diagram?'))).toMatch(/^There are \*\*5 tasks\*\* \(2 user tasks, 1 send task, 1 service task, 1 task\): \*\*Check order\*\* \(`Task_CheckOrder`\)/);
    expect(answer(await turn('How many gateways?'))).toMatch(/\*\*3 gateways\*\* \(2 parallel gateways, 1 exclusive gateway\)/);
    expect(answer(await turn('how many parallel gateways are there'))).toMatch(/\*\*2 parallel gateways\*\*/);
    expect(answer(await turn('how many lanes and pools?'))).toBe(
      'There are **2 lanes**: **Sales** (`Lane_Sales`), **Warehouse** (`Lane_Warehouse`).\nThere are **2 pools**: **Shop** (`Participant_Shop`), **Customer** (`Participant_Customer`).',
    );
    expect(answer(await turn('number of end events'))).toMatch(/\*\*2 end events\*\*: \*\*Order rejected\*\*/);
    expect(answer(await turn('how many user tasks'))).toMatch(/^There are \*\*2 user tasks\*\*: \*\*Check order\*\* \(`Task_CheckOrder`\), \*\*Pack goods\*\* \(`Task_PackGoods`\)\.$/);
  });

  it('counts tasks inside sub-processes and says where they are', async () => {
    expect(answer(await turn('how many tasks?', 'insurance-claim'))).toMatch(/^There are \*\*8 tasks\*\* .*\(3 of them inside \*\*Assess claim\*\* \(`SubProcess_Assess`\)\)/);
    expect(answer(await turn('how many sub-processes?', 'insurance-claim'))).toMatch(/\*\*1 sub-process\*\*/);
  });
});

describe('messages between parties', () => {
  it('lists the messages of both directions when the parties send each other things', async () => {
    const a = answer(await turn('Was schicken sich Kunde und Versicherung gegenseitig zu?', 'schadenmeldung'));
    for (const name of ['Schadensmeldung', 'Rückfrage', 'Antwort', 'Bescheid']) expect(a).toContain(`**${name}**`);
  });

  it('answers "who sends X" with the lane of the step that sends it', async () => {
    expect(answer(await turn('who sends the parcel to the customer?'))).toMatch(/^Lane \*\*Warehouse\*\* \(`Lane_Warehouse`\).*\*\*Ship order\*\*/);
  });
});

describe('what happens after X', () => {
  it('declines a gateway kind after the German article it follows', async () => {
    const a = answer(await turn('Was passiert nach Send invoice?', 'payment-reminder'));
    expect(a).toContain('Dieses ereignisbasierte Gateway entscheidet');
    expect(answer(await turn('Was für ein Gateway ist Wait for payment?', 'payment-reminder'))).toMatch(/ist ein ereignisbasiertes Gateway/);
  });

  it('follows a task into the exclusive gateway and lists its branches with labels', async () => {
    const a = answer(await turn('What happens after Check order?'));
    expect(a).toContain('After **Check order** (`Task_CheckOrder`) comes **Order valid?** (`Gateway_OrderValid`), an exclusive gateway.');
    expect(a).toContain('exactly one of these paths is taken');
    // An unnamed element is cited by its kind, not as a bare id.
    expect(a).toContain('- a parallel gateway (`Gateway_Split`) ("yes", condition `${valid}`)');
    expect(a).toContain('- **Reject order** (`Task_RejectOrder`) ("no", default)');
  });

  it('explains a parallel split, fuzzy-matches names and continues after a sub-process end', async () => {
    expect(answer(await turn('what happens after Gateway_Split'))).toContain('all of these paths run in parallel');
    expect(answer(await turn('what comes after the chek ordr step?'))).toContain('After **Check order** (`Task_CheckOrder`)');
    const end = answer(await turn('what happens after assessment done?', 'insurance-claim'));
    expect(end).toContain('**Assessment done** (`EndEvent_AssessmentDone`) ends the sub-process **Assess claim** (`SubProcess_Assess`)');
    expect(end).toContain('**Approved?** (`Gateway_Approved`)');
    expect(end).toContain('If the timer event **Two weeks passed** (`BoundaryEvent_Timeout`) happens first');
    expect(answer(await turn('what happens after notify broker', 'insurance-claim'))).toMatch(/^Nothing — \*\*Notify broker\*\* \(`Task_NotifyBroker`\) has no outgoing sequence flow/);
    expect(answer(await turn('what happens after the spaceship launch'))).toMatch(/couldn't find an element called "spaceship launch"/);
  });
});

describe('paths and problems', () => {
  it('lists the paths from start to end with branch labels, per scope', async () => {
    const a = answer(await turn('what are the paths through the process?', 'insurance-claim'));
    expect(a).toContain('3 paths from start to end:');
    expect(a).toContain('1. **Claim submitted** (`StartEvent_ClaimSubmitted`) → **Assess claim** (`SubProcess_Assess`) → **Approved?** (`Gateway_Approved`) → ["yes", condition `${approved}`] **Pay claim** (`Task_PayClaim`) → **Claim paid** (`EndEvent_ClaimPaid`)');
    expect(a).toContain('[on event] **Two weeks passed** (`BoundaryEvent_Timeout`)');
    expect(a).toContain('loop back to **Review documents** (`Task_ReviewDocuments`)');
  });

  it('names the unreachable task, the dead end and every lint finding with a fix', async () => {
    const a = answer(await turn('is anything wrong?', 'insurance-claim'));
    // The count is the modeler toolbar's (bpmnlint findings); reachability is reported besides, not double-counted.
    expect(a).toMatch(/^I found 4 problems \(2 errors, 2 warnings\), as the modeler's toolbar counts them:/);
    expect(a).toContain('- **Archive claim** (`Task_ArchiveClaim`): Element is an implicit start (bpmnlint `no-implicit-start`, error). Fix: ');
    expect(a).toContain('(bpmnlint `fake-join`, warning)');
    expect(a.split('\n').slice(1).every((l) => l.includes('Fix: '))).toBe(true);
    expect(answer(await turn('any problems?'))).toMatch(/^I found no problems/);
  });
});

describe('summary, changes, images and the rest', () => {
  it('summarises participants, lanes, starts, ends, tasks and gateways', async () => {
    const a = answer(await turn('summarise'));
    expect(a).toContain('**My process** (process **Order fulfilment**) has 11 elements connected by 11 sequence flows and 2 message flows.');
    expect(a).toContain('- **Lanes:** **Sales** (`Lane_Sales`), **Warehouse** (`Lane_Warehouse`)');
    expect(a).toContain('- **Tasks (5):** 2 user tasks, 1 send task, 1 service task, 1 task');
    expect(a).toContain('- **Problems:** none found');
  });

  it('reports what changed since the previous answered revision', async () => {
    const before = buildModel((await parseBpmn(fixture('leave-request-v1'))).definitions);
    const t = await turn('what changed?', 'leave-request-v2');
    t.diagram!.previousRevisionId = 'rev_1';
    t.diagram!.changes = diffModels(before, t.diagram!.analysis!.model);
    const a = answer(t);
    expect(a).toContain('Since I last looked at **My process**:');
    expect(a).toContain('- Added service task **Notify employee** (`Task_Notify`)');
    expect(a).toContain('- Renamed `Task_Approve` from "Approve request" to "Approve leave request"');
    t.diagram!.previousRevisionId = 'rev_2';
    expect(answer(t)).toBe('Nothing changed in **My process** since I last looked.');
    t.diagram!.previousRevisionId = null;
    expect(answer(t)).toMatch(/first time I look/);
  });

  it('describes an attached image and whether it matches the current diagram', async () => {
    const image = { kind: 'image' as const, attachmentId: 'atc_1', name: 'shot.png', mime: 'image/png', size: 48_000, messageId: 'msg_1', width: 1250, height: 540, dataUrl: 'data:image/png;base64,', revisionId: 'rev_2' };
    const t = await turn('', 'order-fulfilment', { attachments: [image], currentAttachmentIds: ['atc_1'] });
    expect(answer(t)).toContain('**shot.png** is a PNG image, 1250×540 pixels, 47 KB. It was sent with the current revision of **My process** and its aspect ratio (2.31) matches the diagram\'s (2.31)');
    const old = await turn('what is this picture?', 'order-fulfilment', { attachments: [{ ...image, revisionId: 'rev_1' }], currentAttachmentIds: ['atc_1'] });
    expect(answer(old)).toContain('sent with an earlier revision');
  });

  it('says in one sentence when a question needs a language model, offers what it can do, and shows no configuration', async () => {
    const a = answer(await turn('Write a haiku about this process'));
    expect(a).toMatch(/^Writing or translating text needs a language model[^.]*— but I can answer from the diagram itself: [^.]*\.$/);
    const de = answer(await turn('Übersetze alle Beschriftungen ins Englische'));
    expect(de).toMatch(/^[^.]*Sprachmodell[^.]*\.$/);
    expect(a).not.toMatch(/OPENAI|API_KEY|BASE_URL|environment|restart/i);
  });

  it('says so when there is no diagram, and names attachments it could not use', async () => {
    const t = await turn('how many tasks?', 'order-fulfilment', { skipped: [{ attachmentId: 'atc_9', name: 'notes.docx', reason: 'application/msword cannot be given to the model' }], currentAttachmentIds: ['atc_9'] });
    t.diagram = null;
    const a = answer(t);
    expect(a).toMatch(/^No diagram is attached/);
    expect(a).toContain('I could not use **notes.docx** (application/msword cannot be given to the model).');
  });

  it('finds elements by id, exact name and near-miss spelling', async () => {
    const m = (await turn('')).diagram!.analysis!.model;
    expect(candidates(m, 'Task_PackGoods')[0]?.id).toBe('Task_PackGoods');
    expect(candidates(m, 'pack goods')[0]?.id).toBe('Task_PackGoods');
    expect(candidates(m, 'shipp order')[0]?.id).toBe('Task_ShipOrder');
    expect(candidates(m, 'quantum flux').filter((c) => c.score >= 0.6)).toEqual([]);
  });
});

describe('user data in answers', () => {
  it('escapes element names so a name cannot become a remote image or a link', async () => {
    const xml = fixture('order-fulfilment').replace('name="Check order"', 'name="![x](http://host/pixel)"');
    const t = await turn('what happens after Task_CheckOrder?', 'order-fulfilment');
    t.diagram!.analysis = await analyseBpmn(xml);
    const a = answer(t);
    expect(a).toContain('**\\!\\[x\\](http://host/pixel)** (`Task_CheckOrder`)');
    expect(a).not.toMatch(/(^|[^\\])!\[x\]\(/);
  });

  it('says when parts of the file were dropped, and what on request', async () => {
    const xml = fixture('leave-request-v1').replace('targetRef="Task_Log"', 'targetRef="Task_Gone"');
    const t = await turn('how many tasks?', 'leave-request-v1');
    t.diagram!.analysis = await analyseBpmn(xml);
    expect(answer(t)).toMatch(/\n\nNote: one part of the file could not be read and was left out/);
    t.question = 'what was dropped on import?';
    expect(answer(t)).toBe('- Something refers to "Task_Gone", which does not exist in the file; that link was dropped.');
  });
});

describe('the canvas selection', () => {
  it('is what "this" means when the question names no element', async () => {
    expect(answer(await turn('what happens after this?'), { selection: ['Task_PackGoods'] })).toContain('After **Pack goods** (`Task_PackGoods`) comes a parallel gateway (`Gateway_Join`).');
    expect(answer(await turn('Wer macht das?'), { selection: ['Task_ChargeCard'] })).toContain('**Charge card** (`Task_ChargeCard`) liegt in der Lane **Sales** (`Lane_Sales`)');
    // A name in the question wins over the selection; unknown ids are ignored.
    expect(answer(await turn('what happens after Check order?'), { selection: ['Task_PackGoods'] })).toContain('After **Check order**');
    expect(answer(await turn('what happens after this?'), { selection: ['Nope_1'] })).toMatch(/couldn't find/);
  });
});

describe('routing of type, unreachable and mismatch questions that name no step', () => {
  it('answers "is there a <type>?" with the elements of that type, not a name search for the type words', async () => {
    expect(answer(await turn('Is there a call activity in here? Which one?'))).toBe('No — this diagram has no call activity.');
    expect(answer(await turn('Is there a terminate end event in this diagram?'))).toBe('No — this diagram has no terminate end event.');
    expect(answer(await turn('Is there a terminate end event in this diagram?', 'payment-reminder'))).toMatch(/^Yes, 1 terminate end event: \*\*[^*]+\*\* \(`[^`]+`\)\.$/);
    expect(answer(await turn('Is there a call activity in here?', 'hiring-collapsed'))).toMatch(/^Yes, 1 call activity: \*\*[^*]+\*\* \(`[^`]+`\)/);
    expect(answer(await turn('Are there any user tasks?'))).toMatch(/^Yes, 2 user tasks: \*\*Check order\*\* \(`Task_CheckOrder`\), \*\*Pack goods\*\* \(`Task_PackGoods`\)\.$/);
    // Kinds said as a plural, a bare "any …?" or "what … are there": a type filter with the number, never a name search.
    expect(answer(await turn('Any timers?', 'insurance-claim'))).toMatch(/^There is \*\*1 timer event\*\*: \*\*Two weeks passed\*\*/);
    expect(answer(await turn('what boundary events are there?', 'incident-management'))).toMatch(/^Yes, 2 boundary events: /);
    expect(answer(await turn('Gibt es Timer?', 'insurance-claim'))).toMatch(/^Ja, 1 Timer-Ereignis: /);
    expect(answer(await turn('anything done by hand?', 'returns-handling'))).toMatch(/^Yes, 3 manual tasks: /);
    // A position and a definition together are one type: the signal end event, not every end and every signal event.
    expect(answer(await turn('Is there an end event that sends a signal?', 'loan-application'))).toBe('Yes, 1 signal end event: **Loan granted** (`End_Granted`).');
  });

  it('answers a condition that is an event (nobody answers, it takes too long, a step fails) with what follows it', async () => {
    // "never" in a condition is no reachability question; the timer waited for after the event-based gateway is meant.
    expect(answer(await turn('If the client never pays, what happens?', 'payment-reminder'))).toMatch(/^After \*\*14 days passed\*\* \(`Evt_Timeout`\)/);
    expect(answer(await turn('what happens if the review takes more than 2 days?', 'refund-zeebe'))).toContain('Escalate to');
    expect(answer(await turn('when the payment provider fails, what happens?', 'refund-zeebe'))).toContain('Refund manually');
    // The approver sitting on it is the timer's case, not the "approved" branch; a threshold named at the gateway
    // ("more than 30 days" at **Within 30 days?**) is the branch's, read from the other side.
    expect(answer(await turn('What if the approver sits on the invoice for too long?', 'invoice-signavio'))).toMatch(/^After \*\*3 days without decision\*\*/);
    expect(answer(await turn('what if the return comes after more than 30 days?', 'returns-handling'))).toMatch(/^If \*\*Within 30 days\?\*\* \(`RT_GwDays`\) takes the branch "no"/);
    // A yes/no about reaching a step keeps its own answer.
    expect(answer(await turn('If the payment fails, can the invoice still be paid?', 'payment-reminder'))).not.toMatch(/^After /);
  });

  it('reads "can\'t" as the negative branch', async () => {
    expect(answer(await turn("what if we can't reach the customer by phone?", 'quote-to-order'))).toMatch(/^If \*\*Reached the customer\?\*\* \(`Q_GwReached`\) takes the branch "no"/);
  });

  it('answers "what runs in parallel?" with the parallel split\'s branches, and a bare branch label with that branch', async () => {
    const a = answer(await turn('what runs in parallel when a trip is requested?', 'travel-booking'));
    expect(a).toMatch(/^After \*\*Book everything\*\* \(`Gw_Fork`\) these run in parallel: /);
    for (const id of ['Task_Flight', 'Task_Hotel', 'Task_Car']) expect(a).toContain(`\`${id}\``);
    expect(answer(await turn('What runs at the same time?', 'loan-application'))).toBe('Nothing runs in parallel: the diagram has no parallel or inclusive split.');
    // An inclusive split runs every branch whose condition holds at once: it answers the question too.
    const incl = answer(await turn('Gibt es Schritte, die gleichzeitig laufen können?', 'kita-platzvergabe-visio'));
    expect(incl).toMatch(/^Nach \*\*Welche Kriterien treffen zu\?\*\* \(`Gateway\.63`\) \(inklusives Gateway\) laufen alle Zweige parallel/);
    for (const id of ['Task.66', 'Task.69', 'Task.71']) expect(incl).toContain(`\`${id}\``);
    expect(answer(await turn('travelling abroad?', 'travel-booking'))).toMatch(/^If \*\*Extras needed\?\*\* \(`Gw_Extras`\) takes the branch "abroad"/);
    // A fragment naming a boundary event's host is no branch question.
    expect(answer(await turn('timer on approval?', 'invoice-signavio'))).toContain('`sid-bnd-timer`');
  });

  it('follows a branch to where the flow splits again and names the options there, not as one line of steps', async () => {
    const a = answer(await turn('what if the assessment is clear?', 'car-rental-yaoqiang'));
    expect(a).toMatch(/^If \*\*Assessment clear\?\*\* \(`_44`\) takes the branch "yes": /);
    // The card check splits: its two ways are options, and nothing after them is listed as if it followed in line.
    expect(a).toContain('**Card payment successful?** (`_51`), and from there either "yes" → an exclusive gateway (`_58`) or "no" → **Send invoice** (`_52`).');
    expect(a).not.toContain('`_55`');
  });

  it('reads a step with several unconditioned outgoing flows as a parallel split (BPMN starts them all)', async () => {
    // what_if follows the branch to the hand-over, whose two flows both run: "all of", never "either … or".
    const a = answer(await turn('What if a laptop is available?', 'equipment-loan'));
    expect(a).toMatch(/^If \*\*Device available\?\*\* \(`EL_GwAvail`\) takes the branch "yes": \*\*Hand over laptop\*\* \(`EL_Hand`\), which then starts all of /);
    for (const id of ['EL_Await', 'EL_Record']) expect(a).toContain(`\`${id}\``);
    expect(a).not.toContain('either');
    const p = answer(await turn('is anything done in parallel here?', 'building-permit'));
    expect(p).toMatch(/^After \*\*Register application\*\* \(`BP_Register`\) these run in parallel \(it has several outgoing flows and no gateway: an implicit parallel split\): /);
    for (const id of ['BP_Neighbours', 'BP_Zoning']) expect(p).toContain(`\`${id}\``);
  });

  it('answers by the role the question asks for: who does the work, the step that sends, the event that happens', async () => {
    // Who: an activity, judged without the "when …" clause, and of near ties the one whose lane's work fits the words.
    expect(answer(await turn('Who checks the laptop for damage when it comes back?', 'equipment-loan'))).toMatch(/^\*\*Inspect for damage\*\* \(`EL_Inspect`\) is done in lane \*\*Technician\*\*/);
    expect(answer(await turn('Who erases the data on returned laptops?', 'equipment-loan'))).toMatch(/^\*\*Wipe data\*\* \(`EL_Wipe`\) is done in lane \*\*Technician\*\*/);
    // Before a message goes out: the step that sends it; where a message goes: its way, not the next step.
    expect(answer(await turn('What has to be done before the parcel goes out?'))).toMatch(/^Directly before \*\*Ship order\*\* \(`Task_ShipOrder`\)/);
    expect(answer(await turn('Where does the permit go once it is issued?', 'building-permit'))).toMatch(/^The message \*\*Permit\*\* \(`BP_M2`\) goes from \*\*Issue permit\*\* \(`BP_Issue`\) in \*\*Building authority\*\* \(`BP_PoolAuthority`\) to \*\*Wait for decision\*\* \(`BP_Wait`\) in \*\*Applicant\*\*/);
    // The actor of a condition is not what happens: the event the condition names.
    expect(answer(await turn('What happens if the applicant withdraws?', 'building-permit'))).toMatch(/^After \*\*Withdrawal received\*\* \(`BP_Withdrawn`\) comes \*\*Close the file\*\*/);
    expect(answer(await turn('what if the laptop is returned late?', 'equipment-loan'))).toMatch(/^After \*\*Loan period over\*\* \(`EL_Overdue`\) comes \*\*Send reminder\*\*/);
    expect(answer(await turn('Who takes part in this process?', 'building-permit'))).toMatch(/^There are 2 pools:/);
    // Before the decision goes out: the steps that send it, not the applicant's wait for it.
    const d = answer(await turn('Was muss passieren, bevor der Bescheid rausgeht?', 'kita-platzvergabe-visio'));
    expect(d).toMatch(/^Worauf \*\*Bescheid abwarten\*\* \(`Task\.13`\) wartet, wird von 2 Schritten gesendet:/);
    for (const id of ['Task.80', 'Task.87', 'Gateway.79', 'Task.84']) expect(d).toContain(`\`${id}\``);
    expect(answer(await turn('How many ways can the authority’s process end?', 'building-permit'))).toMatch(/^The process can end in 4 ways:/);
  });

  it('reads a decision said by its word as the start of its branch in "can … go into …?"', async () => {
    expect(answer(await turn('Can a damaged laptop go back into the pool?', 'equipment-loan'))).toMatch(/^Yes — \*\*Device back in pool\*\* \(`EL_EndPool`\) can still be reached\. After \*\*Damaged\?\*\* \(`EL_GwDamaged`\) takes the branch "yes"/);
    expect(answer(await turn('Can a laptop that is not damaged go back into the pool?', 'equipment-loan'))).toMatch(/takes the branch "no"/);
  });

  it('answers "can X happen? where?" with yes and the step where it happens', async () => {
    expect(answer(await turn('Can a loan be refused? where does that happen?', 'loan-application'))).toBe(
      'Yes — at **Inform applicant of rejection** (`Task_Inform`) (a send task in lane **Front office** (`Lane_Front`)), which ends in **Loan declined** (`End_Declined`).');
    // Every name says "claim"; only one says what the question asks (denied ~ rejection).
    expect(answer(await turn('Can a claim be denied? Where?', 'insurance-claim'))).toMatch(/^Yes — at \*\*Send rejection\*\* \(`Task_SendRejection`\)/);
  });

  it('routes how-long, photo, terminate, write and revision questions by what they ask, not by a name\'s words', async () => {
    // "How long …" is the timer that ends the wait (after the event-based gateway or attached to the step).
    expect(answer(await turn('How long do we wait for the payment before something else happens?', 'payment-reminder'))).toMatch(/^\*\*14 days passed\*\* \(`Evt_Timeout`\)/);
    // No image attached, a step named: "photos" is the step's word, not a question about an image.
    const photos = answer(await turn('what happens after the photos of the damage are taken?', 'car-rental-yaoqiang'));
    expect(photos).not.toMatch(/image/i);
    expect(photos).toContain('`_42`');
    expect(answer(await turn('what is in the photo?', 'production-links'))).toBe('No image is attached to this conversation.');
    expect(answer(await turn('終了イベントのうち、プロセス全体を強制終了するものはどれ？', 'payment-reminder'))).toMatch(/^はい、.*`End_Collection`/);
    expect(answer(await turn('How many tasks did I end up with?'))).toMatch(/^There are \*\*\d+ tasks\*\*/);
    expect(answer(await turn('Gibt es Elemente, die nie erreicht werden können?'))).toMatch(/^Keine/);
    // A request for prose needs a model even when a step's name holds the verb ("Write …" is not in order-fulfilment,
    // the Japanese form has no verb of writing at all).
    expect(answer(await turn('入居者向けに、流れをやさしい文章で説明してください'))).toContain('言語モデル');
    expect(answer(await turn('Is there a transaction in this process?'))).toBe('No — this diagram has no transaction.');
  });

  it('reads "no path leads there" as an unreachability question', async () => {
    expect(answer(await turn('Are there elements that no path from the start leads to?'))).toMatch(/^None: every element can be reached/);
    expect(answer(await turn('Gibt es Elemente, zu denen vom Start aus kein Weg führt?'))).toMatch(/^Keine: Jedes Element ist/);
  });

  it('answers "after A, does it eventually go on to B?" with yes or no', async () => {
    const a = answer(await turn('Wenn Pack goods erledigt ist, geht es danach irgendwann noch mit Ship order weiter?'));
    expect(a).toMatch(/^Ja/);
    expect(a).toContain('`Task_ShipOrder`');
  });

  it('answers "a split joined by a gateway of another type" without a named gateway', async () => {
    expect(answer(await turn('Does any split get merged by a gateway of a different type?'))).toMatch(/^No mismatched gateways|^Mismatched gateway pairs/);
    expect(answer(await turn('Gibt es eine Stelle, an der Aufteilung und Zusammenführung nicht denselben Gateway-Typ haben?'))).toMatch(/^Keine unpassenden Gateways|^Unpassende Gateway-Paare/);
  });
});

describe('questions said in other words (the lead\'s spot check, 2026-12-02)', () => {
  it('reads a lack the question states as the event that names it, not as a bare "no" branch', async () => {
    const a = answer(await turn('What if no home care provider can be found?', 'discharge-trisotech'));
    expect(a).toMatch(/^After \*\*48 hours without a provider\*\* \(`[^`]+`\) comes \*\*Escalate to case manager\*\*/);
    expect(a).not.toContain('Medically fit');
  });

  it('lists every timer with its time when a wait is asked about and no step is named', async () => {
    const a = answer(await turn('Gibt es eine Wartezeit im Prozess? Wie lange?', 'toiawase-bonita'));
    expect(a).toMatch(/^2 Timer warten/);
    expect(a).toContain('**3営業日経過**');
    expect(a).toContain('`P7D`');
  });

  it('names the lane of the steps that follow a condition when the question asks who', async () => {
    const a = answer(await turn('原因がわからなかったら誰が対応するの？', 'toiawase-bonita'));
    expect(a).toContain('担当：**技術サポート**');
    // Without "who", no lane sentence.
    expect(answer(await turn('原因がわからなかったらどうなる？', 'toiawase-bonita'))).not.toContain('担当');
  });

  it('answers "does the carrier send anything back to …" with that pool\'s message flows', async () => {
    const a = answer(await turn('Does the shipping company ever send anything back to the service?', 'reklamation-aris'));
    expect(a).toMatch(/^1 message flow from \*\*Spedition\*\*/);
    expect(a).toContain('**Abholtermin**');
  });

  it('finds a step by synonyms of its words (medicine = medication, hand out = dispense)', async () => {
    expect(answer(await turn('Who hands out the medicine the patient takes home?', 'discharge-trisotech'))).toMatch(/^\*\*Dispense take-home medication\*\* .* lane \*\*Pharmacy\*\*/);
  });

  it('does not read "Geld zurück" (money back) as a question about loops', async () => {
    expect(answer(await turn('Bekommt der Kunde Geld zurück? An welcher Stelle?', 'reklamation-aris'))).toMatch(/^Ja — bei \*\*Gutschrift buchen\*\* .*Lane \*\*Buchhaltung\*\*/);
    // A real loop question with "zurück" still is one.
    expect(answer(await turn('Geht es irgendwo wieder zurück zu einem früheren Schritt?', 'toiawase-bonita'))).toMatch(/^Ja — /);
  });

  it('cites an unnamed element by its kind, never as a bare id', async () => {
    const a = answer(await turn('技術的な問題じゃない場合はどうなりますか？', 'toiawase-bonita'));
    expect(a).toMatch(/→ 排他ゲートウェイ \(`[^`]+`\)/);
  });

  it('reads a condition asked after "what do we do" and conditions said as "not in time", "can\'t create", 戻ってこない', async () => {
    expect(answer(await turn("What do we do when the customer just doesn't get back to us about the quote?", 'quote-to-order'))).toMatch(/^After \*\*10 days without reply\*\* .*comes \*\*Call customer\*\*/);
    expect(answer(await turn("If the system can't create the order, is there a fallback?", 'quote-to-order'))).toMatch(/^After \*\*Order creation failed\*\* .*comes \*\*Enter order by hand\*\*/);
    expect(answer(await turn('契約書が戻ってこなかったらどうする？', 'nyusha-tetsuzuki'))).toMatch(/^\*\*7日経過\*\* .*の次は\*\*候補者に電話する\*\*/);
    // A wait with no timer of its own: said so, not a timer elsewhere.
    expect(answer(await turn('Was passiert, wenn der Bauherr die fehlenden Unterlagen nicht rechtzeitig nachreicht?', 'bauantrag'))).toMatch(/^Dafür ist im Diagramm nichts vorgesehen: \*\*Unterlagen nachgereicht\*\*/);
  });

  it('answers "for every customer?" by whether a way to the end avoids the step', async () => {
    expect(answer(await turn('Is the credit check done for every customer?', 'quote-to-order'))).toMatch(/^No — not always: when \*\*Existing customer\?\*\* .*takes "yes", the process goes on without \*\*Run credit check\*\*/);
  });

  it('answers yes or no about a step named by one distinctive word, with its lane', async () => {
    expect(answer(await turn('Wird die Feuerwehr bzw. der Brandschutz beteiligt?', 'bauantrag'))).toMatch(/^Ja — bei \*\*Stellungnahme Brandschutz einholen\*\* .*Lane \*\*Sachbearbeitung\*\*/);
    // Not for a "what happens" question, nor when an event is named better than the step.
    expect(answer(await turn('Gibt es eine Frist bei der Anhörung?', 'bauantrag'))).toContain('**Frist abgelaufen**');
  });

  it('filters message flows by who sends: one pool as subject, or from one pool to another', async () => {
    const a = answer(await turn('What does the customer send us?', 'quote-to-order'));
    expect(a).toMatch(/^3 message flows from \*\*Customer\*\*/);
    expect(a).not.toContain('**Quote** (');
    expect(answer(await turn('Was schickt der Händler der Spedition?', 'lieferkette'))).toMatch(/^Von \*\*Händler\*\* .*an \*\*Spedition\*\* .*(?:geht|gehen)/);
  });

  it('reads "not connected anywhere" as a reachability question', async () => {
    expect(answer(await turn('誰も注文しない制服のタスクってどこにもつながってないよね？', 'nyusha-tetsuzuki'))).toMatch(/到達できない要素が1個.*\*\*制服を注文する\*\*/);
  });

  it('says where each branch of a decision goes when asked who decides', async () => {
    expect(answer(await turn('Who decides on big discounts?', 'quote-to-order'))).toMatch(/^\*\*Discount above 15%\?\*\* .*lane \*\*Pricing desk\*\*.*Then: "yes" → \*\*Get manager approval\*\*/);
  });

  it('reads "done automatically" as service tasks, and "can we skip X" with every branch of a parallel split running', async () => {
    expect(answer(await turn('which tasks are done automatically?', 'travel-booking'))).toMatch(/^There are \*\*2 automated tasks\*\*: \*\*Book flight\*\*/);
    expect(answer(await turn('Welche Aufgaben werden automatisch erledigt?', 'reisekosten'))).toMatch(/^Es gibt \*\*2 automatisierte Aufgaben\*\*/);
    // A script task runs by itself too; a type named outright ("service tasks") is what is meant.
    expect(answer(await turn('which steps are automated?', 'quote-to-order'))).toMatch(/^There are \*\*3 automated tasks\*\*: .*\*\*Calculate price\*\*/);
    expect(answer(await turn('How many automated steps (service tasks) are there?', 'quote-to-order'))).toMatch(/^There are \*\*2 service tasks\*\*/);
    expect(answer(await turn('which tasks are done manually?', 'travel-booking'))).toMatch(/\*\*0 manual tasks\*\*/);
    expect(answer(await turn('can we skip the hotel booking?', 'travel-booking'))).toMatch(/^No — .*\*\*Book hotel\*\*/);
  });

  it('answers whether a person or the system does a step from its task type, and says when the type leaves it open', async () => {
    expect(answer(await turn('is the credit score computed by a person?', 'loan-application'))).toMatch(/^No — \*\*Calculate credit score\*\* .*is a script task .*the system does it/);
    expect(answer(await turn('Macht die Buchhaltung die Zahlungsklärung von Hand?', 'reisekosten'))).toMatch(/^Ja — \*\*Zahlung klären\*\* .*ist eine manuelle Aufgabe/);
    expect(answer(await turn('検品は手作業ですか？', 'juchu-shori'))).toMatch(/^はい。\*\*検品する\*\*/);
    expect(answer(await turn('Wird der Nachmieter automatisch gesucht?', 'wohnungsuebergabe'))).toMatch(/^Das sagt das Diagramm nicht: \*\*Nachmieter suchen\*\*/);
  });

  it('names the branch that leads into a step when asked what comes before it ("when do we need …")', async () => {
    expect(answer(await turn('Wann braucht man eine Zweitfreigabe?', 'reisekosten'))).toMatch(/^Direkt vor \*\*Zweitfreigabe einholen\*\* .*kommt \*\*Sonderfälle\?\*\* \(`R_Split`\) \("über 1\.000 €"/);
  });

  it('finds a German question\'s noun phrase in Japanese labels (Versand des Vertrags = 契約書を送付する)', async () => {
    expect(answer(await turn('Was passiert nach dem Versand des Vertrags?', 'nyusha-tetsuzuki'))).toMatch(/^Nach \*\*契約書を送付する\*\*/);
  });
});

describe('event sub-processes', () => {
  const evtSub = (interrupting: boolean, start: string, task: string) => `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <process id="P" name="Subscription">
    <startEvent id="S" name="Signed up"><outgoing>f1</outgoing></startEvent>
    <task id="T1" name="Send welcome pack"><incoming>f1</incoming><outgoing>f2</outgoing></task>
    <endEvent id="E" name="Done"><incoming>f2</incoming></endEvent>
    <sequenceFlow id="f1" sourceRef="S" targetRef="T1" /><sequenceFlow id="f2" sourceRef="T1" targetRef="E" />
    <subProcess id="ESP" name="Handle cancellation" triggeredByEvent="true">
      <startEvent id="ES" name="${start}" isInterrupting="${interrupting}"><outgoing>g1</outgoing><messageEventDefinition /></startEvent>
      <task id="ET" name="${task}"><incoming>g1</incoming><outgoing>g2</outgoing></task>
      <endEvent id="EE"><incoming>g2</incoming></endEvent>
      <sequenceFlow id="g1" sourceRef="ES" targetRef="ET" /><sequenceFlow id="g2" sourceRef="ET" targetRef="EE" />
    </subProcess>
  </process>
</definitions>`;
  const ask = async (question: string, xml: string) => {
    const t = await turn(question);
    t.diagram!.analysis = await analyseBpmn(xml);
    return answer(t);
  };

  it('says what starts an event sub-process instead of listing what comes before it (there is nothing)', async () => {
    const en = await ask('what comes before Cancellation requested?', evtSub(true, 'Cancellation requested', 'Refund remaining months'));
    expect(en).toMatch(/^\*\*Cancellation requested\*\* \(`ES`\) \(message event\) starts the event sub-process \*\*Handle cancellation\*\* \(`ESP`\): no flow leads to it/);
    expect(en).toContain('and interrupts it');
    expect(en).toContain('Then comes **Refund remaining months** (`ET`)');
    expect(en).not.toMatch(/before the sub-process comes \./);
    const de = await ask('Was kommt vor Kündigung eingegangen?', evtSub(false, 'Kündigung eingegangen', 'Restbetrag erstatten'));
    expect(de).toMatch(/startet den Ereignis-Teilprozess \*\*Handle cancellation\*\* \(`ESP`\)/);
    expect(de).toContain('der Hauptablauf läuft weiter (nicht unterbrechend)');
    const ja = await ask('解約申込の前は何ですか？', evtSub(false, '解約申込', '残額を返金する'));
    expect(ja).toMatch(/イベントサブプロセス\*\*Handle cancellation\*\* \(`ESP`\)の開始です/);
    expect(ja).toContain('中断せず');
  });
});

describe('phrasings from the blind batches FRESH_14/15 that were answered wrong', () => {
  it('counts every path, beyond the 20 it lists, and does not take "start-to-end" for the ways to end', async () => {
    expect(answer(await turn('how many start-to-end paths are there?', 'manuscript-axonivy'))).toMatch(/^19 paths from start to end:\n1\. /);
    expect(answer(await turn('Wie viele mögliche Abläufe vom Start bis zum Ende gibt es?', 'sperrmuell-ibmbaw'))).toMatch(/^25 Pfade vom Start bis zum Ende \(die ersten 20\):/);
    expect(answer(await turn('In how many different ways can a manuscript end up?', 'manuscript-axonivy'))).toMatch(/^The process can end in 5 ways:/);
  });

  it('answers the request after a greeting, and a greeting alone with what it can do', async () => {
    expect(answer(await turn('Hallo! Kannst du mir das Diagramm kurz zusammenfassen?', 'sperrmuell-ibmbaw'))).toMatch(/^\*\*My process\*\* \(Prozess \*\*Sperrmüllabholung\*\*\) hat 34 Elemente/);
    expect(answer(await turn('Hallo', 'sperrmuell-ibmbaw'))).toMatch(/^Ich bin der Offline-Diagramm-Analyst/);
  });

  it('says that advice needs a language model, while "what should I improve?" stays the lint report', async () => {
    expect(answer(await turn('Which KPIs would you suggest we track for this editorial process?', 'manuscript-axonivy'))).toMatch(/^Suggestions and advice beyond what the diagram shows need a language model/);
    expect(answer(await turn('Welche Kennzahlen sollten wir messen?', 'sperrmuell-ibmbaw'))).toMatch(/^Vorschläge und Ratschläge .* brauchen ein Sprachmodell/);
    expect(answer(await turn('Was sollte ich verbessern?', 'sperrmuell-ibmbaw'))).toMatch(/^Ich finde 6 Probleme/);
  });

  it('takes a threshold said in other words for the branch with the same number, the same way round', async () => {
    const a = answer(await turn('what happens if the plagiarism score comes out over 30%?', 'manuscript-axonivy'));
    expect(a).toMatch(/^If \*\*Similarity acceptable\?\*\* .* takes the branch "similarity above 30 %"/);
    expect(a).toContain('`_19C4E7A2F05B3D81-f63`');
  });

  it('finds a lane said by its work in German and a pool by the end of its compound, not a lane of agents by a verb', async () => {
    expect(answer(await turn('Hat das Prüfungsamt mehr Aufgaben als die Erstbetreuung?', 'abschlussarbeit-heflo'))).toMatch(/^Ja — \*\*Prüfungsamt\*\* \(`Raia_1`\) hat 13 Aufgaben, \*\*Erstbetreuer\/in\*\* \(`Raia_2`\) hat 5 Aufgaben\./);
    const msgs = answer(await turn('Welche Nachrichten werden mit den Studierenden und dem Prüfdienst ausgetauscht?', 'abschlussarbeit-heflo'));
    expect(msgs).toMatch(/^Es gibt \*\*10 Nachrichtenflüsse\*\*/);
    expect(msgs).toContain('**Prüfauftrag**');
    // "check" means the Reviewers' kind of work, but the lane is not where the check is asked about.
    expect(answer(await turn('Where do we check that a paper actually fits the conference topic?', 'call-for-papers-creately'))).not.toMatch(/lane \*\*Reviewers\*\*/);
    expect(answer(await turn('what do the reviewers do?', 'call-for-papers-creately'))).toMatch(/^The work of lane \*\*Reviewers\*\*/);
    expect(answer(await turn('How many tasks does the caretaker have?', 'wohnungsuebergabe'))).toMatch(/^There are \*\*6 tasks\*\* in lane \*\*Hausmeister\*\*/);
  });

  it('reads "wenn Angaben fehlen" as missing details, not as a failure, and "辞退したら" as the branch of **辞退した？**', async () => {
    expect(answer(await turn('Was passiert, wenn Angaben fehlen?', 'refund-zeebe'))).toMatch(/^Wenn \*\*Eligible for refund\?\*\* .* den Zweig "details missing"/);
    expect(answer(await turn('Und wenn die Rückzahlung fehlschlägt?', 'refund-zeebe'))).toMatch(/^Nach \*\*Payment provider error\*\*/);
    expect(answer(await turn('候補者が辞退したらどうなる？', 'nyusha-tetsuzuki'))).toMatch(/^\*\*辞退した？\*\* \(`N_GwJitai`\)で"はい".*\*\*入社辞退\*\*/);
  });

  it('finds a Japanese unit said in another language by its core ("Personalabteilung", "HR" for **人事部**)', async () => {
    expect(answer(await turn('Wie viele Aufgaben hat die Personalabteilung?', 'nyusha-tetsuzuki'))).toMatch(/^Es gibt in der Lane \*\*人事部\*\* \(`Lane_Jinji`\) \*\*4 Aufgaben\*\*/);
    expect(answer(await turn('how many tasks does HR have?', 'nyusha-tetsuzuki'))).toMatch(/^There are \*\*4 tasks\*\* in lane \*\*人事部\*\*/);
  });

  it('answers "what happens if the deadline passes without …" with what follows the event, not whether it can end without', async () => {
    expect(answer(await turn('Was passiert, wenn die Frist abläuft, ohne dass etwas nachgereicht wird?', 'bauantrag'))).toMatch(/^Nach \*\*Frist abgelaufen\*\* \(`BA_Frist`\) kommt/);
    expect(answer(await turn('Kann der Prozess enden, ohne dass die Nachbarn angehört werden?', 'bauantrag'))).toMatch(/^Ja — er kann ohne \*\*Nachbarn anhören\*\*/);
  });

  it('reads a German question typed fast as German', async () => {
    expect(answer(await turn('wiviele user tasks gibts', 'sperrmuell-ibmbaw'))).toMatch(/^Es gibt \*\*5 Benutzeraufgaben\*\*/);
  });
});

describe('names said in other shapes (FRESH_16 misses, the regressions they caused, and the oracle tightening)', () => {
  it('reads a Japanese name said before its keyword, and a branch label by one of its cases or without its note', async () => {
    expect(answer(await turn('到着連絡の前には何をする？', 'sogo-taishaku-questetra'))).toMatch(/^\*\*利用者に 到着を連絡する\*\* \(`q_p1_n18`\)の直前は/);
    const lent = answer(await turn('禁帯出の資料だったらどうなる？', 'sogo-taishaku-questetra'));
    expect(lent).toMatch(/^\*\*貸出できる？\*\* \(`q_p2_n3`\)で"禁帯出・貸出中"/);
    expect(lent).toContain('`q_p2_n5`');
    expect(answer(await turn('what if the damage is dangerous?', 'pothole-qpr'))).toMatch(/^If \*\*Severity\?\*\* \(`QPR_EL_147670041`\) takes the branch "dangerous \(category 1\)"/);
    expect(answer(await turn("What if the repair isn't good enough?", 'pothole-qpr'))).toMatch(/^If \*\*Repair acceptable\?\*\* \(`QPR_EL_525020351`\) takes the branch "no"/);
  });

  it('answers what follows an event said whole, but not a link event a word of the question half fits', async () => {
    expect(answer(await turn('貸出可の回答を受けたら次は？', 'sogo-taishaku-questetra'))).toMatch(/^\*\*貸出可の回答を受けた\*\* \(`q_p1_n9`\)の次は\*\*資料を受け取る\*\*/);
    expect(answer(await turn('Und wenn das Kennzeichen zugeteilt ist, wie geht es weiter?', 'kfz-zulassung-symbio'))).toMatch(/^\*\*Kennzeichen zugeteilt\*\* \(`EVT_11B208EF6ABF6473`\) beendet den Teilprozess \*\*Kennzeichen zuteilen\*\*/);
    // "inspector" is close to the link event **To inspection**; the question is the "no" branch of **Damage found?**.
    expect(answer(await turn('and if the inspector finds no scratches or dents?', 'car-rental-yaoqiang-v2'))).toMatch(/^If \*\*Damage found\?\*\* \(`_41`\) takes the branch "no"/);
  });

  it('finds a pool by its head noun or its bracketed abbreviation in message questions, and the step that messages it', async () => {
    expect(answer(await turn('what does the contractor send us?', 'pothole-qpr'))).toMatch(/^3 message flows from \*\*Road Repair Contractor\*\* \(`QPR_PL_944383669`\)/);
    expect(answer(await turn('KBAへの登録報告はどこに届く？', 'kfz-zulassung-symbio'))).toMatch(/\*\*Zulassungsmeldung\*\* \(`NFL_DDAFE620BA804D0F`\).*→ \*\*Kraftfahrt-Bundesamt \(KBA\)\*\*/);
    expect(answer(await turn('can it end without the KBA being notified?', 'kfz-zulassung-symbio'))).toMatch(/^Yes — it can end without \*\*Zulassung an das KBA melden\*\* \(`FKT_2FDF1F4CD9747FE4`\)/);
    // The message **Nachforderung** names the step that sends it as the origin; "von Unterlagen" is no "from".
    expect(answer(await turn('Führt die Nachforderung von Unterlagen irgendwann zur Meldung ans KBA?', 'kfz-zulassung-symbio'))).toMatch(/^Ja — \*\*Zulassung an das KBA melden\*\* \(`FKT_2FDF1F4CD9747FE4`\) ist von \*\*Fehlende Unterlagen anfordern\*\* \(`FKT_A66E00770D922841`\) aus erreichbar/);
  });

  it('picks the step of a before/after question when names tie, a lane is named better, or one name covers every word said', async () => {
    expect(answer(await turn('はいたつさきへとどけたあとは？', 'saihaitatsu-lucid'))).toMatch(/^\*\*配達先へ届ける\*\* \(`tFEHmfvjCWd1`\)の次は/);
    expect(answer(await turn('Wann geht der Fall ans Inkasso?', 'payment-reminder'))).toMatch(/^Direkt vor \*\*Hand over to debt collection\*\* \(`Task_Collect`\)/);
    expect(answer(await turn('住民票ができる前に何がありますか？', 'tennyu-todoke'))).toMatch(/^\*\*住民票を作成する\*\* \(`TT_Juminhyo`\)の直前は/);
    expect(answer(await turn("After checking the delivery note against the purchase order, what's next?", 'wareneingang-webmodeler'))).toMatch(/^After \*\*Lieferschein mit Bestellung abgleichen\*\* \(`Activity_0qivtn7`\) comes/);
    expect(answer(await turn('what happens after the report is logged?', 'pothole-qpr'))).toMatch(/^After \*\*Log report in asset system\*\* \(`QPR_EL_752167517`\) comes/);
  });

  it('knows accounts, estimates and logs across languages', async () => {
    expect(answer(await turn('口座を開設した後は？', 'customer-onboarding'))).toMatch(/^\*\*Open account\*\* \(`Task_Account`\)の次は/);
    expect(answer(await turn('Was geschieht, nachdem der Schaden geschätzt wurde?', 'insurance-claim'))).toMatch(/^Nach \*\*Estimate damage\*\* \(`Task_EstimateDamage`\) kommt/);
    expect(answer(await turn('Was passiert nach der Log-Analyse?', 'toiawase-bonita'))).toMatch(/^Nach \*\*ログを解析\*\* \(`_iiwZkMlhjlnafUN_a5iH6P`\) kommt/);
  });
});

describe('FRESH_17 misses (after its honest first run)', () => {
  it('answers the question after a lead-in story, not the story', async () => {
    expect(answer(await turn("so the order comes in electronically, somebody in intake verifies it, and if it's fine it goes into screening — what I want to know is, what happens when the 48 hours waiting for the wholesaler are up?", 'pharmacy-order-hopex'))).toMatch(/^After \*\*48 hours passed\*\* \(`mg_5NNn76AJXCD3`\) comes \*\*Arrange therapeutic substitute\*\*/);
    expect(answer(await turn('Also, das Paar fragt an, wir prüfen den Kalender, machen eine Besichtigung und schicken das Angebot — mich interessiert: was genau passiert, wenn die Optionsfrist abläuft?', 'hochzeit-promapp'))).toMatch(/^Nach \*\*Optionsfrist abgelaufen\*\* \(`pmEvt_0007`\) kommt \*\*Termin im Kalender freigeben\*\*/);
    expect(answer(await turn('So when a citizen reports a pothole we log it, check for duplicates and so on — my question is, what exactly happens after we pick the next contractor from the rota?', 'pothole-qpr'))).toMatch(/^After \*\*Pick next contractor on rota\*\* \(`QPR_EL_536424771`\) comes \*\*Issue works order\*\*/);
    // A story that the question refers back to ("that") is kept whole: the question alone names nothing.
    expect(answer(await turn('we log the report and check for duplicates — my question is, what comes after that?', 'pothole-qpr'))).toMatch(/^\*\*Duplicate report\?\*\* \(`QPR_EL_813104567`\)/);
  });

  it('follows a branch that ends a sub-process with an error to the boundary event that catches it', async () => {
    const a = answer(await turn('小包が着いて、インボイスを読んで、書類を確認して、課税価格で分かれて…という流れだと思うけど、禁制品が見つかったら結局どうなるの？', 'tsukan-yed'));
    expect(a).toMatch(/^\*\*検査結果は？\*\* \(`n10.n8`\)で"禁制品あり".*\*\*禁制品を発見\*\* \(`n10.n9`\)。これはサブプロセス\*\*輸入申告\*\* \(`n10`\)をエラーで終え、境界イベント\*\*禁制品が見つかった\*\* \(`n12`\)が受けて\*\*禁制品を税関に引き渡す\*\* \(`n15`\)に進みます/);
  });

  it('reads "belegt" as the no of **… frei?**, "kommt man … bis zur" as reachability, a caterer as **Catering-Partner**', async () => {
    expect(answer(await turn('Was passiert, wenn der Wunschtermin schon belegt ist?', 'hochzeit-promapp'))).toMatch(/^Wenn \*\*Wunschtermin frei\?\*\* \(`pmGw_0001`\) den Zweig "nein"/);
    expect(answer(await turn('Kommt man von der Besichtigung aus bis zur Hochzeitsfeier?', 'hochzeit-promapp'))).toMatch(/^Ja — \*\*Hochzeitsfeier betreuen\*\* \(`pmAct_0018`\) ist von \*\*Besichtigung durchführen\*\* \(`pmAct_0003`\) aus erreichbar/);
    const msgs = answer(await turn('Welche Nachrichten werden mit dem Brautpaar und dem Caterer ausgetauscht?', 'hochzeit-promapp'));
    for (const name of ['Terminanfrage', 'Menüanfrage', 'Menüvorschlag']) expect(msgs).toContain(`**${name}**`);
  });

  it('looks a step up by its subject though the word is a text kind, and knows "rewrite all …" asks for text', async () => {
    expect(answer(await turn('Gibt es einen Schritt für den Newsletter?', 'hochzeit-promapp'))).toMatch(/^Ja: \*\*Kontakt in Newsletter aufnehmen\*\* \(`pmAct_0020`\)/);
    expect(answer(await turn('rewrite all the task names as SOP headings for the pharmacy handbook', 'pharmacy-order-hopex'))).toMatch(/^Writing or translating text needs a language model/);
  });

  it('answers what follows a wait said whole with its events, and a count in a lane or sub-process said in Japanese', async () => {
    expect(answer(await turn('what comes after Await delivery?', 'pharmacy-order-hopex'))).toMatch(/^\*\*Await delivery\*\* \(`mg_-SseSzcuks3B`\) is an event based gateway[\s\S]*\*\*Delivery received\*\*[\s\S]*\*\*48 hours passed\*\*/);
    expect(answer(await turn('通関士のタスクは何個？', 'tsukan-yed'))).toMatch(/^レーン\*\*通関士\*\* \(`row_1`\)の\*\*タスク 8個\*\*/);
    expect(answer(await turn('輸入申告のサブプロセスの中にタスクはいくつある？', 'tsukan-yed'))).toMatch(/^\*\*輸入申告\*\* \(`n10`\)の中の\*\*タスク 4個\*\*/);
  });

  it('lists the changes when asked "compared to the previous revision" about steps', async () => {
    const prev = await analyseBpmn(fixture('pharmacy-order-hopex'));
    const t = await turn('did anyone add or rename steps compared to the previous revision?', 'pharmacy-order-hopex-v2');
    t.diagram!.previousRevisionId = 'rev_1';
    t.diagram!.changes = diffModels(prev.model, t.diagram!.analysis!.model);
    const a = answer(t);
    expect(a).toMatch(/^Since I last looked at/);
    expect(a).toContain('`mg_2DFuR5HOTsFZ`');
    expect(a).toContain('`mg_oFxxzZBz142s`');
  });
});

describe('FRESH_18 misses (after its honest first run)', () => {
  it('hears "what\'s new", "the wrong type of join", "überspringen" and "counting the ones inside … too"', async () => {
    const prev = await analyseBpmn(fixture('grant-iserver'));
    const t = await turn("what's new in this revision", 'grant-iserver-v2');
    t.diagram!.previousRevisionId = 'rev_1';
    t.diagram!.changes = diffModels(prev.model, t.diagram!.analysis!.model);
    expect(answer(t)).toMatch(/^Since I last looked at[\s\S]*`OBJ_9BCD1C2F_4D7C_ED99_4E45_5AF2F979824E`/);
    expect(answer(await turn('are any splits closed by the wrong type of join?', 'grant-iserver'))).toMatch(/^No mismatched gateways/);
    expect(answer(await turn('kann man die Prüfung der Unterlagen überspringen?', 'schulanmeldung-joget'))).toMatch(/^Nein — jeder Pfad .*über \*\*Unterlagen prüfen\*\* \(`activity1`\)/);
    expect(answer(await turn('how many gateways, counting the ones inside peer review too?', 'grant-iserver'))).toMatch(/^There are \*\*11 gateways\*\*/);
    expect(answer(await turn('how many tasks are in peer review?', 'grant-iserver'))).toMatch(/^There are \*\*4 tasks\*\* inside \*\*Peer review\*\*/);
  });

  it('asks for branches when a gateway\'s own name says "possible", and reads "führt … zur Aufnahme" as reachability', async () => {
    expect(answer(await turn('「院内で検査可能？」の分岐先は？', 'kentai-kensa-intramart'))).toMatch(/^\*\*院内で検査可能？\*\* \(`IMBPM_G_0002`\)は排他ゲートウェイ/);
    expect(answer(await turn('Führt der Gastschulantrag am Ende noch zur Aufnahme?', 'schulanmeldung-joget'))).toMatch(/^Ja — \*\*Kind aufgenommen\*\* \(`event12`\) ist von \*\*Gastschulantrag prüfen\*\* \(`activity4`\) aus erreichbar/);
    // The second end said weakly elsewhere in the question; a sub-process's start stands for the sub-process.
    expect(answer(await turn('Kann ein Kind nach der Ablehnung doch noch eine Klasse bekommen?', 'schulanmeldung-joget'))).toMatch(/^Nein — \*\*Klasse zuteilen\*\* \(`activity10`\) ist dann nicht mehr erreichbar/);
    expect(answer(await turn('Führt das Nachhaken bei der Kasse irgendwann doch zur Eingliederung?', 'zahnersatz-processmaker'))).toMatch(/^Ja — \*\*Zahnersatz eingliedern\*\* \(`node_51`\) ist von \*\*Bei der Kasse nachhaken\*\* \(`node_41`\) aus erreichbar/);
  });

  it('takes the step whose words cover what is said after "after", the keyword said twice and tense words aside', async () => {
    expect(answer(await turn('whats next after the reviewers are reassigned', 'grant-iserver'))).toMatch(/^After \*\*Reassign review panel\*\* \(`OBJ_C7B6FBB6_F695_106F_541E_D5E9CDF20D22`\) comes \*\*Peer review\*\*/);
  });
});

describe('FRESH_19 misses (after its honest first run)', () => {
  it('takes "incomplete" for the branch "incomplete", not for "complete" it contains', async () => {
    expect(answer(await turn('what if the request is incomplete?', 'it-access-pega'))).toMatch(/^If \*\*Request complete\?\*\* \(`DECISION1`\) takes the branch "incomplete"/);
    expect(answer(await turn("and if it's complete?", 'it-access-pega'))).toMatch(/^If \*\*Request complete\?\*\* \(`DECISION1`\) takes the branch "complete"/);
  });

  it('counts "incl." those inside, and the lanes of a pool said with the word "pool"', async () => {
    expect(answer(await turn('how many gateways incl. the one in the security review?', 'it-access-pega'))).toMatch(/^There are \*\*7 gateways\*\*/);
    expect(answer(await turn('how many lanes does the IT service desk pool have', 'it-access-pega'))).toMatch(/^There are \*\*4 lanes\*\* in pool \*\*IT Service Desk\*\* \(`POOL2`\)/);
  });

  it('says where a link throw jumps, and who receives a message said whole beside a step named "Receive …"', async () => {
    expect(answer(await turn('where does the "to handover" link jump to?', 'it-access-pega'))).toContain('- Jumps to: **From provisioning** (`EVENT3`)');
    expect(answer(await turn('who receives the licence order?', 'it-access-pega'))).toMatch(/^The message \*\*Licence order\*\* \(`MESSAGEFLOW5`\) goes from .* to \*\*Vendor Licensing Portal\*\* \(`POOL3`\)/);
  });
});
