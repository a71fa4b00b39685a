// Edit proposals through the real /api/chatkit route and database: the offline analyst's proposal and outcome,
// and a model (fake OpenAI server) that proposes through the propose_diagram_change function tool, is sent back
// lint findings to repair, and receives the browser's outcome on the next turn.
import { describe, expect, it } from 'vitest';
import { reloadEnv } from '@/lib/env';
import { createDiagramAnalyst, getResponder } from '@/lib/ai';
import { createDiagram } from '@/lib/diagrams';
import type { ClientToolCallItem, ThreadStreamEvent } from '@/lib/chatkit/types';
import type { AppServer } from '../support/app-server';
import type { TestUser } from '../support/users';
import { post, streamOf, testChatkitDeps, text } from './chatkit-helpers';
import { assistantOf, useOpenAiSuite } from './ai-helpers';
import { offeredTools, toolOutputs, type FakeOpenAI } from './ai-fake-openai';
import { BpmnModdle } from 'bpmn-moddle';
import { buildModel } from '@/lib/bpmn';
import { lintDefinitions } from '@/lib/bpmn/lint';

let app: AppServer;
let fake: FakeOpenAI;
let user: TestUser;
let diagramId: string;
let restore: () => void = () => {};
const deps = testChatkitDeps();
useOpenAiSuite(deps, (s) => ({ app, fake, user, diagramId } = s), () => {
  restore();
  restore = () => {};
});

/** Point the responder at the fake OpenAI server. */
const useModel = () => {
  Object.assign(process.env, { OPENAI_API_KEY: 'sk-test-123', OPENAI_BASE_URL: fake.url, OPENAI_MODEL: 'test-model' });
  reloadEnv();
};
/** A model that makes one tool call per attempt (a wrong one, then a right one) and then repeats the outcome. */
const twoAttempts = (name: string, first: unknown, second: unknown) => {
  fake.responses = {
    kind: 'script',
    next: (req, i) => {
      if (i === 0) return { calls: [{ name, arguments: JSON.stringify(first) }] };
      if (i === 1) return { calls: [{ name, arguments: JSON.stringify(second) }] };
      return { text: [`Outcome: ${toolOutputs(req).at(-1)!.output}`] };
    },
  };
};

const doneItems = (events: ThreadStreamEvent[]) => events.flatMap((e) => (e.type === 'thread.item.done' ? [e.item] : []));
const threadOf = (events: ThreadStreamEvent[]) => (events.find((e) => e.type === 'thread.created') as { thread: { id: string } }).thread.id;
const ask = async (question: string, metadata: Record<string, unknown> = {}) =>
  streamOf(await post(app, user, { type: 'threads.create', params: { input: text(question) }, metadata: { diagram_id: diagramId, ...metadata } }));

describe('offline analyst proposals', () => {
  it('proposes a change as a pending client tool call and answers the outcome', async () => {
    restore = deps.use({ respond: createDiagramAnalyst({ delayMs: 0 }) });
    const events = await ask('make "Reject order" a user task');
    const call = doneItems(events).at(-1) as ClientToolCallItem;
    expect(call).toMatchObject({ type: 'client_tool_call', status: 'pending', name: 'propose_diagram_change' });
    const args = call.arguments as { operations: unknown[]; revision: { id: string; fingerprint: string }; lintDelta: { text: string }; changes: string[] };
    expect(args.operations).toEqual([{ op: 'changeType', element: 'Reject order', type: 'userTask' }]);
    expect(args.revision.id).toMatch(/^rev_/);
    expect(args.revision.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(args.changes).toEqual(['Make "Reject order" a user task']);
    expect(assistantOf(events).text).toContain('Problems check: fixes none, adds none');

    const more = await streamOf(await post(app, user, { type: 'threads.add_client_tool_output', params: { thread_id: threadOf(events), result: { status: 'applied', summary: 'Changed the diagram: 1 type changed', revision_id: 'rev_x', rejected: [] } }, metadata: { diagram_id: diagramId } }));
    expect(assistantOf(more).text).toContain('Done. Changed the diagram: 1 type changed.');
  });

  it('"this" resolves to the selection sent with the message; unknown selection ids are ignored', async () => {
    restore = deps.use({ respond: createDiagramAnalyst({ delayMs: 0 }) });
    const events = await ask('add a 2-day timer to this', { selection: ['Task_PackGoods'] });
    const call = doneItems(events).at(-1) as ClientToolCallItem;
    const args = call.arguments as { operations: { op: string; element?: string }[]; changes: string[]; lintDelta: { addedErrors: number } };
    expect(args.changes[0]).toBe('Add a 2-day timer to "Pack goods"');
    // Lint gate: the analyst ended the timer path so the proposal adds no errors.
    expect(args.changes[1]).toBe('Add end event "Pack goods timed out" after "2 days"');
    expect(args.lintDelta.addedErrors).toBe(0);
    const unknown = await ask('add a 2-day timer to this', { selection: ['Task_DoesNotExist'] });
    expect(doneItems(unknown).some((i) => i.type === 'client_tool_call')).toBe(false);
    expect(assistantOf(unknown).text).toContain('nothing is selected');
  });

  it('an edit it cannot parse or apply is answered with the reason and the forms it understands (German too)', async () => {
    restore = deps.use({ respond: createDiagramAnalyst({ delayMs: 0 }) });
    const events = await ask("lösche 'Gibt es nicht'");
    expect(doneItems(events).some((i) => i.type === 'client_tool_call')).toBe(false);
    const answer = assistantOf(events).text;
    expect(answer).toContain('there is no element "Gibt es nicht"');
    expect(answer).toContain('benenne');
  });
});

describe('server-sent UI effects (client_effect highlight_elements)', () => {
  const effects = (events: ThreadStreamEvent[]) => events.filter((e) => e.type === 'client_effect');

  it('an answer citing elements is followed by one highlight effect naming exactly the cited elements of this diagram', async () => {
    restore = deps.use({ respond: getResponder() });
    const events = await ask('What comes after "Check order"?');
    const cited = doneItems(events)
      .flatMap((i) => (i.type === 'assistant_message' ? i.content.flatMap((c) => c.annotations) : []))
      .map((a) => (a.source.type === 'entity' ? String(a.source.data.element_id) : ''));
    expect(cited).toContain('Gateway_OrderValid');
    const fx = effects(events);
    expect(fx).toHaveLength(1);
    expect(fx[0]).toEqual({ type: 'client_effect', name: 'highlight_elements', data: { element_ids: [...new Set(cited)], reason: 'cited', diagram_id: diagramId } });
    // Effects are fire-and-forget: the stored thread has no trace of them, and the effect comes after the answer.
    expect(events.findIndex((e) => e.type === 'client_effect')).toBeGreaterThan(events.findIndex((e) => e.type === 'thread.item.done' && e.item.type === 'assistant_message'));
  });

  it('a turn that ends in a proposal sends no highlight; applying it highlights what it added or changed', async () => {
    restore = deps.use({ respond: getResponder() });
    const events = await ask('rename "Pack goods" to "Pack parcel"');
    expect(doneItems(events).at(-1)).toMatchObject({ type: 'client_tool_call', status: 'pending' });
    expect(effects(events)).toEqual([]);
    const result = { status: 'applied', revision_id: 'rev_x', applied: [0], rejected: [], summary: 'Changed the diagram: 1 renamed', element_ids: ['Task_PackGoods'] };
    const more = await streamOf(await post(app, user, { type: 'threads.add_client_tool_output', params: { thread_id: threadOf(events), result }, metadata: { diagram_id: diagramId } }));
    expect(effects(more)).toEqual([{ type: 'client_effect', name: 'highlight_elements', data: { element_ids: ['Task_PackGoods'], reason: 'changed', diagram_id: diagramId } }]);
    // Discarded: nothing to point at.
    const again = await ask('rename "Pack goods" to "Pack parcel"');
    const none = await streamOf(await post(app, user, { type: 'threads.add_client_tool_output', params: { thread_id: threadOf(again), result: { status: 'discarded', rejected: [0] } }, metadata: { diagram_id: diagramId } }));
    expect(effects(none)).toEqual([]);
  });
});

describe('a model proposes through the function tool', () => {
  it('new lint errors go back to the model as findings; only the repaired proposal reaches the browser; the outcome reaches the model', async () => {
    useModel();
    const bad = { operations: [{ op: 'addBoundaryEvent', element: 'Task_PackGoods', event: 'timer', duration: 'P2D', id: 'Timer_1' }] };
    const good = { operations: [...bad.operations, { op: 'addElement', type: 'endEvent', name: 'Packing overdue', after: 'Timer_1' }], summary: 'Escalate packing after two days' };
    twoAttempts('propose_diagram_change', bad, good);
    const events = await ask('add a two day timer to Pack goods');
    expect(offeredTools(fake.requests[0]!)).toContain('propose_diagram_change');
    const findings = JSON.parse(toolOutputs(fake.requests[1]!)[0]!.output) as { error: string; findings: { rule: string; element: string }[] };
    expect(findings.error).toMatch(/would add 2 lint error/);
    expect(findings.findings.map((f) => f.rule).sort()).toEqual(['no-disconnected', 'no-implicit-end']);
    const calls = doneItems(events).filter((i): i is ClientToolCallItem => i.type === 'client_tool_call');
    expect(calls).toHaveLength(1);
    const args = calls[0]!.arguments as { operations: unknown[]; lintDelta: { addedErrors: number; text: string }; summary: string };
    expect(args.operations).toEqual(good.operations);
    expect(args.lintDelta).toMatchObject({ addedErrors: 0, text: 'fixes none, adds none' });
    expect(args.summary).toBe('Escalate packing after two days');

    const more = await streamOf(await post(app, user, { type: 'threads.add_client_tool_output', params: { thread_id: threadOf(events), result: { status: 'applied', revision_id: 'rev_1', summary: 'Changed the diagram: +1 boundary event, +1 event, +1 flow' } }, metadata: { diagram_id: diagramId } }));
    const said = assistantOf(more).text;
    expect(said.startsWith('Outcome: ')).toBe(true);
    expect(JSON.parse(said.slice('Outcome: '.length))).toEqual({ status: 'applied', revision_id: 'rev_1', summary: 'Changed the diagram: +1 boundary event, +1 event, +1 flow' });
  });
});

describe('a model generates a new process from free text through the propose_new_diagram function tool', () => {
  const description =
    'New hires: HR receives the signed contract and prepares the paperwork. IT sets up the laptop and, in parallel, HR books the welcome day. ' +
    'If the laptop is not ready by then, IT lends a spare one.';
  // What a model would send for that description: lanes, a parallel split/join and a decision.
  const graph = {
    name: 'Employee onboarding',
    lanes: ['HR', 'IT'],
    nodes: [
      { id: 'start', type: 'startEvent', name: 'Contract signed', lane: 'HR' },
      { id: 'paper', type: 'userTask', name: 'Prepare paperwork', lane: 'HR' },
      { id: 'split', type: 'parallelGateway', lane: 'HR' },
      { id: 'laptop', type: 'serviceTask', name: 'Set up laptop', lane: 'IT' },
      { id: 'welcome', type: 'userTask', name: 'Book welcome day', lane: 'HR' },
      { id: 'join', type: 'parallelGateway', lane: 'HR' },
      { id: 'ready', type: 'exclusiveGateway', name: 'Laptop ready?', lane: 'IT' },
      { id: 'spare', type: 'manualTask', name: 'Lend a spare laptop', lane: 'IT' },
      { id: 'merge', type: 'exclusiveGateway', lane: 'IT' },
      { id: 'end', type: 'endEvent', name: 'Ready to start', lane: 'HR' },
    ],
    flows: [
      { from: 'start', to: 'paper' }, { from: 'paper', to: 'split' }, { from: 'split', to: 'laptop' }, { from: 'split', to: 'welcome' },
      { from: 'laptop', to: 'join' }, { from: 'welcome', to: 'join' }, { from: 'join', to: 'ready' },
      { from: 'ready', to: 'merge', name: 'yes', condition: '${laptopReady}' }, { from: 'ready', to: 'spare', name: 'no', default: true },
      { from: 'spare', to: 'merge' }, { from: 'merge', to: 'end' },
    ],
  };

  it('an incomplete graph goes back with its problems; the repaired one arrives laid out in lanes, lint-clean, with every step; the outcome reaches the model', async () => {
    useModel();
    // First attempt: no end event and a flow to a node that does not exist.
    const broken = { ...graph, nodes: graph.nodes.filter((n) => n.id !== 'end'), flows: [...graph.flows.filter((f) => f.to !== 'end'), { from: 'merge', to: 'finish' }] };
    twoAttempts('propose_new_diagram', broken, graph);
    const events = await ask(`${description}\n\nDraw the process I just described.`);
    expect(offeredTools(fake.requests[0]!)).toContain('propose_new_diagram');
    const repair = JSON.parse(toolOutputs(fake.requests[1]!)[0]!.output) as { problems: string[] };
    expect(repair.problems).toEqual(expect.arrayContaining(['The process has no endEvent.', 'Flow 11 (merge → finish) refers to "finish", which is no node id.']));
    const calls = doneItems(events).filter((i): i is ClientToolCallItem => i.type === 'client_tool_call');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ status: 'pending', name: 'propose_new_diagram' });
    const args = calls[0]!.arguments as { name: string; xml: string; steps: string[]; lint: string; lanes: string[]; into_current: boolean };
    expect(args).toMatchObject({ name: 'Employee onboarding', lint: 'no problems', lanes: ['HR', 'IT'], into_current: false });
    expect(args.steps).toEqual(['Prepare paperwork', 'Set up laptop', 'Book welcome day', 'Laptop ready?', 'Lend a spare laptop']);

    // The XML itself: it parses, lints clean, has every node in its lane, and every node and flow is drawn inside
    // its lane's band, lanes inside the pool, no lanes overlapping.
    const { rootElement } = await new BpmnModdle().fromXML(args.xml, 'bpmn:Definitions');
    expect(await lintDefinitions(rootElement)).toEqual([]);
    const model = buildModel(rootElement);
    for (const n of graph.nodes.filter((x) => x.name)) expect(model.nodes.map((m) => m.name)).toContain(n.name);
    expect(model.nodes).toHaveLength(graph.nodes.length);
    expect(model.flows).toHaveLength(graph.flows.length);
    const di = new Map<string, { x: number; y: number; width: number; height: number }>();
    const edges = new Set<string>();
    for (const pe of rootElement.diagrams[0].plane.planeElement as { bpmnElement: { id: string }; bounds?: { x: number; y: number; width: number; height: number } }[]) {
      if (pe.bounds) di.set(pe.bpmnElement.id, pe.bounds);
      else edges.add(pe.bpmnElement.id);
    }
    for (const f of model.flows) expect(edges.has(f.id)).toBe(true);
    const process = rootElement.rootElements.find((r: { $type: string }) => r.$type === 'bpmn:Process');
    const lanes = process.laneSets[0].lanes as { id: string; name: string; flowNodeRef: { id: string; name?: string }[] }[];
    expect(lanes.map((l) => l.name)).toEqual(['HR', 'IT']);
    const pool = di.get('Participant_1')!;
    const inside = (b: { x: number; y: number; width: number; height: number }, o: typeof b) => b.x >= o.x && b.y >= o.y && b.x + b.width <= o.x + o.width && b.y + b.height <= o.y + o.height;
    for (const lane of lanes) {
      const band = di.get(lane.id)!;
      expect(inside(band, pool)).toBe(true);
      const want = graph.nodes.filter((n) => n.lane === lane.name).length;
      expect(lane.flowNodeRef).toHaveLength(want);
      for (const ref of lane.flowNodeRef) expect(inside(di.get(ref.id)!, band)).toBe(true);
    }
    const [hr, it] = lanes.map((l) => di.get(l.id)!);
    expect(hr!.y + hr!.height).toBeLessThanOrEqual(it!.y);

    const created = { status: 'created', diagram_id: 'dgm_x', name: 'Employee onboarding' };
    const more = await streamOf(await post(app, user, { type: 'threads.add_client_tool_output', params: { thread_id: threadOf(events), result: created }, metadata: { diagram_id: diagramId } }));
    expect(JSON.parse(assistantOf(more).text.slice('Outcome: '.length))).toEqual(created);
  });

  it('into an empty diagram: offered for drawing here when the process has no lanes; lint errors go back to the model', async () => {
    useModel();
    const blank = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" id="Defs_blank" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process_blank" isExecutable="false" />
  <bpmndi:BPMNDiagram id="Diagram_blank"><bpmndi:BPMNPlane id="Plane_blank" bpmnElement="Process_blank" /></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
    const empty = (await createDiagram(user.id, { name: 'Blank', xml: blank })).id;
    const plain = { name: 'Refund', nodes: [{ id: 's', type: 'startEvent', name: 'Refund requested' }, { id: 'a', type: 'task', name: 'Check receipt' }, { id: 'b', type: 'task', name: 'Refund money' }, { id: 'e', type: 'endEvent', name: 'Refunded' }], flows: [{ from: 's', to: 'a' }, { from: 'a', to: 'b' }, { from: 'b', to: 'e' }] };
    // A task nothing leads to is a lint error (no-disconnected), not a schema problem: it comes back as findings.
    const disconnected = { ...plain, nodes: [...plain.nodes, { id: 'x', type: 'task', name: 'Stray' }] };
    twoAttempts('propose_new_diagram', disconnected, plain);
    const events = await streamOf(await post(app, user, { type: 'threads.create', params: { input: text('Model a refund: check the receipt, then refund the money.') }, metadata: { diagram_id: empty } }));
    const findings = JSON.parse(toolOutputs(fake.requests[1]!)[0]!.output) as { error: string; findings: { rule: string; name: string }[] };
    expect(findings.error).toMatch(/lint error/);
    expect(findings.findings).toContainEqual(expect.objectContaining({ rule: 'no-disconnected', name: 'Stray' }));
    const call = doneItems(events).at(-1) as ClientToolCallItem;
    expect(call).toMatchObject({ name: 'propose_new_diagram', status: 'pending', arguments: { name: 'Refund', into_current: true, lanes: [], steps: ['Check receipt', 'Refund money'] } });
  });
});
