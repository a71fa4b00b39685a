import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BpmnModdle } from 'bpmn-moddle';
import { buildModel, lintDefinitions } from '@/lib/bpmn';
import { applyBatchToCopy, changeSummary, editBatch, fingerprint, lintDelta, proposeToolJsonSchema, structuralProblems, type EditOp } from '@/lib/bpmn/edits';
import { starterXml } from '@/lib/diagrams/starter';

const ORDER = readFileSync('e2e/fixtures/diagrams/order-fulfilment.bpmn', 'utf8');
const CLAIM = readFileSync('e2e/fixtures/diagrams/insurance-claim.bpmn', 'utf8');

async function modelOf(xml: string) {
  const { rootElement } = await new BpmnModdle().fromXML(xml, 'bpmn:Definitions');
  return { model: buildModel(rootElement), findings: await lintDefinitions(rootElement), definitions: rootElement };
}

async function ok(xml: string, ops: EditOp[]) {
  const r = await applyBatchToCopy(xml, ops);
  if (!r.ok) throw new Error(`refused: ${r.errors.map((e) => e.message).join('; ')}`);
  return { ...r, ...(await modelOf(r.xml)) };
}

async function refused(xml: string, ops: EditOp[]) {
  const r = await applyBatchToCopy(xml, ops);
  if (r.ok) throw new Error('expected the batch to be refused');
  return r.errors;
}

const byName = (m: Awaited<ReturnType<typeof modelOf>>['model'], name: string) => m.nodes.find((n) => n.name === name);
const succ = (m: Awaited<ReturnType<typeof modelOf>>['model'], id: string) => m.byId.get(id)!.outgoing.map((f) => m.flowById.get(f)!.targetId);

describe('edit operations on fixture diagrams', () => {
  it('addElement after an element inserts it into the sequence, in the same lane, without moving anything', async () => {
    const before = await modelOf(ORDER);
    const r = await ok(ORDER, [{ op: 'addElement', type: 'userTask', name: 'Check credit', after: 'Check order' }]);
    const task = byName(r.model, 'Check credit')!;
    expect(task.type).toBe('UserTask');
    expect(succ(r.model, 'Task_CheckOrder')).toEqual([task.id]);
    expect(succ(r.model, task.id)).toEqual(['Gateway_OrderValid']);
    expect(task.laneIds).toEqual(['Lane_Sales']);
    // Existing shapes keep their bounds.
    for (const id of ['Task_CheckOrder', 'Gateway_OrderValid', 'Task_PackGoods']) {
      expect(r.xml).toContain(ORDER.match(new RegExp(`bpmnElement="${id}">\\s*<dc:Bounds[^>]+>`))![0]);
    }
    expect(r.model.flows.length).toBe(before.model.flows.length + 1);
    expect(r.lint.delta.text).toBe('fixes none, adds none');
    expect(changeSummary(r.changes)).toBe('Changed the diagram: +1 task, +1 flow');
  });

  it('addElement before and between; new elements can be referred to by id later in the batch', async () => {
    const r = await ok(starterXml(), [
      { op: 'addElement', type: 'exclusiveGateway', name: 'Approved?', id: 'Gateway_Approved', before: 'Request handled' },
      { op: 'addElement', type: 'endEvent', name: 'Rejected', id: 'End_Rejected' },
      { op: 'connect', from: 'Gateway_Approved', to: 'End_Rejected', name: 'no', condition: '${!approved}' },
      { op: 'addElement', type: 'serviceTask', name: 'Notify', between: ['Request received', 'Handle request'] },
    ]);
    const gw = r.model.byId.get('Gateway_Approved')!;
    expect(succ(r.model, gw.id).sort()).toEqual(['End_Rejected', r.model.nodes.find((n) => n.type === 'EndEvent' && n.name === 'Request handled')!.id].sort());
    const notify = byName(r.model, 'Notify')!;
    const start = r.model.nodes.find((n) => n.type === 'StartEvent')!;
    expect(succ(r.model, start.id)).toEqual([notify.id]);
    expect(r.model.flows.find((f) => f.sourceId === gw.id && f.targetId === 'End_Rejected')!.condition).toBe('${!approved}');
  });

  it('remove reconnects the single predecessor to the single successor', async () => {
    const r = await ok(ORDER, [{ op: 'remove', element: 'Ship order' }]);
    expect(r.model.byId.has('Task_ShipOrder')).toBe(false);
    expect(succ(r.model, 'Gateway_Join')).toEqual(['EndEvent_OrderShipped']);
    expect(r.model.messageFlows.map((m) => m.id)).not.toContain('MessageFlow_Parcel');
    expect(changeSummary(r.changes)).toBe('Changed the diagram: 1 removed');
  });

  it('remove with reconnect false leaves a gap; removing a flow removes only the flow', async () => {
    const r = await ok(ORDER, [{ op: 'remove', element: 'Flow_3' }]);
    expect(r.model.flowById.has('Flow_3')).toBe(false);
    expect(r.model.byId.has('Task_RejectOrder')).toBe(true);
    expect(r.lint.delta.added.map((f) => f.rule)).toContain('no-implicit-end');
  });

  it('rename, changeType (task, gateway, event definition) and setDocumentation', async () => {
    const r = await ok(ORDER, [
      { op: 'rename', element: 'Task_PackGoods', name: 'Pack parcel' },
      { op: 'changeType', element: 'Reject order', type: 'manualTask' },
      { op: 'changeType', element: 'Order valid?', type: 'inclusiveGateway' },
      { op: 'changeType', element: 'Order rejected', type: 'endEvent', event: 'terminate' },
      { op: 'setDocumentation', element: 'Pack parcel', text: 'Use the blue boxes.' },
    ]);
    expect(r.model.byId.get('Task_PackGoods')!.name).toBe('Pack parcel');
    const reject = r.model.byId.get('Task_RejectOrder')!;
    expect(reject.type).toBe('ManualTask');
    expect(reject.incoming).toEqual(['Flow_Invalid']);
    const gw = r.model.byId.get('Gateway_OrderValid')!;
    expect(gw.type).toBe('InclusiveGateway');
    expect(gw.defaultFlowId).toBe('Flow_Invalid');
    expect(r.model.byId.get('EndEvent_OrderRejected')!.eventDefinitions).toEqual(['terminate']);
    expect(r.xml).toMatch(/<bpmn:documentation>Use the blue boxes\.<\/bpmn:documentation>/);
    expect(r.model.lanes.find((l) => l.id === 'Lane_Sales')!.nodeIds).toContain('Task_RejectOrder');
  });

  it('moveToLane moves the element into the lane (position and flowNodeRef)', async () => {
    const r = await ok(ORDER, [{ op: 'moveToLane', element: 'Charge card', lane: 'Warehouse' }]);
    expect(r.model.byId.get('Task_ChargeCard')!.laneIds).toEqual(['Lane_Warehouse']);
    expect(r.model.lanes.find((l) => l.id === 'Lane_Sales')!.nodeIds).not.toContain('Task_ChargeCard');
    expect(r.lint.delta.added).toEqual([]);
  });

  it('addBoundaryEvent with a timer duration attaches to the activity', async () => {
    const r = await ok(ORDER, [{ op: 'addBoundaryEvent', element: 'Pack goods', event: 'timer', duration: 'P2D' }]);
    const ev = r.model.nodes.find((n) => n.type === 'BoundaryEvent')!;
    expect(ev.attachedToId).toBe('Task_PackGoods');
    expect(ev.eventDefinitions).toEqual(['timer']);
    expect(ev.name).toBe('2 days');
    expect(r.xml).toMatch(/<bpmn:timeDuration[^>]*>P2D<\/bpmn:timeDuration>/);
    expect(r.changes[0]!.summary).toBe('Add a 2-day timer to "Pack goods"');
    // A timer without a path is a new lint error: the delta says so exactly.
    expect(r.lint.delta.addedErrors).toBe(2);
    expect(r.lint.delta.text).toBe('fixes none, adds 2 problems (2 errors)');
  });

  it('setCondition and setDefaultFlow', async () => {
    const r = await ok(ORDER, [
      { op: 'setCondition', flow: 'Order valid? -> Reject order', condition: '${!valid}' },
    ]).catch((e) => e as Error);
    // Flow_Invalid is the default flow: a condition there is refused.
    expect(String(r)).toMatch(/default flow/);
    const r2 = await ok(ORDER, [{ op: 'setDefaultFlow', gateway: 'Order valid?', flow: 'yes' }]);
    expect(r2.model.byId.get('Gateway_OrderValid')!.defaultFlowId).toBe('Flow_Valid');
    expect(r2.model.flowById.get('Flow_Valid')!.condition).toBeNull();
    const r3 = await ok(ORDER, [{ op: 'setCondition', flow: 'Flow_Valid', condition: '${ok}' }]);
    expect(r3.model.flowById.get('Flow_Valid')!.condition).toBe('${ok}');
  });

  it('connect within a pool is a sequence flow, across pools a message flow', async () => {
    const r = await ok(ORDER, [
      { op: 'connect', from: 'Reject order', to: 'Customer', name: 'Rejection' },
    ]);
    expect(r.model.messageFlows.find((m) => m.name === 'Rejection')).toMatchObject({ sourceId: 'Task_RejectOrder', targetId: 'Participant_Customer' });
  });

  it('addLane grows the pool, keeps lanes inside it and not overlapping', async () => {
    const r = await ok(ORDER, [
      { op: 'addLane', name: 'Finance', id: 'Lane_Finance' },
      { op: 'moveToLane', element: 'Charge card', lane: 'Finance' },
    ]);
    expect(r.model.lanes.map((l) => l.name)).toEqual(['Sales', 'Warehouse', 'Finance']);
    expect(r.model.byId.get('Task_ChargeCard')!.laneIds).toEqual(['Lane_Finance']);
    const bounds = (id: string) => {
      const m = new RegExp(`bpmnElement="${id}"[^>]*>\\s*<dc:Bounds x="([\\d.]+)" y="([\\d.]+)" width="([\\d.]+)" height="([\\d.]+)"`).exec(r.xml)!;
      return m.slice(1).map(Number) as [number, number, number, number];
    };
    const [, py, , ph] = bounds('Participant_Shop');
    const [, fy, , fh] = bounds('Lane_Finance');
    const [, wy, , wh] = bounds('Lane_Warehouse');
    expect(fy).toBe(wy + wh);
    expect(fy + fh).toBe(py + ph);
    // The customer pool below moved down with it.
    const [, cy] = bounds('Participant_Customer');
    expect(cy).toBeGreaterThanOrEqual(py + ph);
  });

  it('pools and lanes: a new pool below, a message flow to it, a lane wrapping a pool without lanes — DI stays valid', async () => {
    const r = await ok(ORDER, [
      { op: 'addPool', name: 'Supplier', id: 'Participant_Supplier' },
      { op: 'connect', from: 'Pack goods', to: 'Supplier', name: 'Reorder' },
      { op: 'addLane', name: 'Finance', id: 'Lane_Fin' },
      { op: 'rename', element: 'Lane_Sales', name: 'Front office' },
    ]);
    expect(r.model.participants.map((p) => p.name)).toEqual(['Shop', 'Customer', 'Supplier']);
    expect(r.model.messageFlows.find((m) => m.name === 'Reorder')).toMatchObject({ sourceId: 'Task_PackGoods', targetId: 'Participant_Supplier' });
    expect(r.model.lanes.map((l) => l.name)).toEqual(['Front office', 'Warehouse', 'Finance']);
    expect(structuralProblems(r.definitions)).toEqual([]);
    expect(changeSummary(r.changes)).toBe('Changed the diagram: +1 message flow, +1 lane, +1 pool, 1 renamed');
    // Pools never overlap after the lane grew the shop pool.
    const box = (id: string) => /bpmnElement="([^"]+)"[^>]*>\s*<dc:Bounds x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g;
    const pools = [...r.xml.matchAll(box(''))].filter((m) => m[1]!.startsWith('Participant_')).map((m) => ({ id: m[1], y: Number(m[3]), h: Number(m[5]) })).sort((a, b) => a.y - b.y);
    for (let i = 1; i < pools.length; i++) expect(pools[i]!.y).toBeGreaterThanOrEqual(pools[i - 1]!.y + pools[i - 1]!.h);
  });

  it('the sub-process diagram keeps working (insurance claim fixture)', async () => {
    const { model } = await modelOf(CLAIM);
    const task = model.nodes.find((n) => n.kind === 'task' && n.name)!;
    const r = await ok(CLAIM, [{ op: 'rename', element: task.id, name: 'Renamed step' }]);
    expect(r.model.byId.get(task.id)!.name).toBe('Renamed step');
  });
});

describe('invalid batches are refused with a reason and nothing applied', () => {
  it('unknown ids and names name what is missing (with a suggestion)', async () => {
    const errors = await refused(ORDER, [{ op: 'rename', element: 'Check ordr', name: 'x' }]);
    expect(errors[0]).toMatchObject({ code: 'unknownElement', index: 0 });
    expect(errors[0]!.message).toMatch(/no element "Check ordr"/);
    const e2 = await refused(ORDER, [{ op: 'addElement', type: 'task', name: 'X', after: 'check' }]);
    expect(e2[0]!.message).toMatch(/did you mean "Check order"/);
  });

  it('a batch is atomic: one bad operation refuses all of it', async () => {
    const r = await applyBatchToCopy(ORDER, [
      { op: 'rename', element: 'Ship order', name: 'Ship parcel' },
      { op: 'connect', from: 'Order shipped', to: 'Check order' },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]).toMatchObject({ index: 1 });
      expect(r.errors[0]!.message).toMatch(/^Change 2: the end event "Order shipped" cannot have outgoing flows/);
    }
  });

  it('a stale revision is refused; layout-only changes do not make it stale', async () => {
    const { definitions } = await modelOf(ORDER);
    const fp = fingerprint(definitions);
    const moved = ORDER.replace('<dc:Bounds x="250" y="120"', '<dc:Bounds x="260" y="120"');
    expect(moved).not.toBe(ORDER);
    expect((await applyBatchToCopy(moved, [{ op: 'rename', element: 'Ship order', name: 'S' }], { fingerprint: fp })).ok).toBe(true);
    const renamed = ORDER.replace('name="Pack goods"', 'name="Pack boxes"');
    const r = await applyBatchToCopy(renamed, [{ op: 'rename', element: 'Ship order', name: 'S' }], { fingerprint: fp });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.code).toBe('stale');
  });

  it('type mismatches, wrong event definitions and duplicates are refused', async () => {
    expect((await refused(ORDER, [{ op: 'changeType', element: 'Check order', type: 'parallelGateway' }]))[0]!.message).toMatch(/can become another task type/);
    expect((await refused(ORDER, [{ op: 'addBoundaryEvent', element: 'Order valid?', event: 'timer', duration: 'P2D' }]))[0]!.message).toMatch(/attach to tasks/);
    expect((await refused(ORDER, [{ op: 'addBoundaryEvent', element: 'Pack goods', event: 'timer' }]))[0]!.message).toMatch(/needs a duration/);
    expect((await refused(ORDER, [{ op: 'connect', from: 'Check order', to: 'Order valid?' }]))[0]!.code).toBe('noChange');
    expect((await refused(ORDER, [{ op: 'addElement', type: 'task', id: 'Task_PackGoods' }]))[0]!.message).toMatch(/already used/);
    expect((await refused(starterXml(), [{ op: 'addLane', name: 'Finance' }]))[0]!.code).toBe('unsupported');
  });

  it('the batch schema rejects malformed operations and bad durations', () => {
    expect(editBatch.safeParse({ revision: { fingerprint: 'x' }, operations: [{ op: 'addBoundaryEvent', element: 'A', event: 'timer', duration: '2 days' }] }).success).toBe(false);
    expect(editBatch.safeParse({ revision: { fingerprint: 'x' }, operations: [{ op: 'explode', element: 'A' }] }).success).toBe(false);
    expect(editBatch.safeParse({ revision: { fingerprint: 'x' }, operations: [] }).success).toBe(false);
    const schema = proposeToolJsonSchema() as { properties: { operations: { items: { anyOf?: unknown[]; oneOf?: unknown[] } } } };
    expect((schema.properties.operations.items.anyOf ?? schema.properties.operations.items.oneOf)!.length).toBe(14);
  });
});

describe('lint delta', () => {
  it('counts fixed and added findings exactly', async () => {
    // Removing the dangling flow's target fixes nothing; reconnecting a disconnected task fixes its findings.
    const broken = await applyBatchToCopy(ORDER, [{ op: 'remove', element: 'Flow_3' }]);
    if (!broken.ok) throw new Error('setup');
    const fixedUp = await applyBatchToCopy(broken.xml, [{ op: 'connect', from: 'Reject order', to: 'Order rejected' }]);
    if (!fixedUp.ok) throw new Error('refused');
    expect(fixedUp.lint.delta.fixed.length).toBe(broken.lint.delta.added.length);
    expect(fixedUp.lint.delta.added).toEqual([]);
    expect(fixedUp.lint.delta.text).toBe(`fixes ${broken.lint.delta.added.length} problems, adds none`);
    expect(lintDelta([], []).text).toBe('fixes none, adds none');
  });
});
