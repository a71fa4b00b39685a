// Lane and pool operations: split a lane, move between lanes and pools, the first pool of a diagram,
// message flows between pools — and after each, the DI still holds together: every lane inside its pool, lanes
// not overlapping and tiling their pool (heights add up), every element that was there is still there.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BpmnModdle } from 'bpmn-moddle';
import { buildModel } from '@/lib/bpmn';
import { applyBatchToCopy, structuralProblems, type EditOp } from '@/lib/bpmn/edits';
import { DiagramTree, inside, type Bo } from '@/lib/bpmn/edits/tree';
import { diProblems } from '@/e2e/support/bpmn-di';
import { starterXml } from '@/lib/diagrams/starter';

const ORDER = readFileSync('e2e/fixtures/diagrams/order-fulfilment.bpmn', 'utf8');

async function read(xml: string) {
  const { rootElement } = await new BpmnModdle().fromXML(xml, 'bpmn:Definitions');
  const definitions = rootElement as unknown as Bo;
  return { definitions, tree: new DiagramTree(definitions), model: buildModel(rootElement) };
}

async function apply(xml: string, ops: EditOp[]) {
  const before = await read(xml);
  const r = await applyBatchToCopy(xml, ops);
  if (!r.ok) throw new Error(`refused: ${r.errors.map((e) => e.message).join('; ')}`);
  const after = await read(r.xml);
  expect(diProblems(after.tree)).toEqual([]);
  expect(structuralProblems(after.definitions)).toEqual([]);
  // Every flow node that was there survived (by id and type).
  for (const n of before.model.nodes) expect(after.model.byId.get(n.id)?.type, n.id).toBe(n.type);
  return { r, before, after };
}

async function refused(xml: string, ops: EditOp[]) {
  const r = await applyBatchToCopy(xml, ops);
  if (r.ok) throw new Error('expected a refusal');
  return r.errors[0]!;
}

const laneOf = (m: Awaited<ReturnType<typeof read>>['model'], id: string) => m.lanes.filter((l) => l.nodeIds.includes(id) && !m.lanes.some((c) => c.parentLaneId === l.id)).map((l) => l.name);

describe('splitLane', () => {
  it('into two sub-lanes: elements assigned, the lane and its pool grow so every element fits, pools below move', async () => {
    const { r, after, before } = await apply(ORDER, [
      { op: 'splitLane', lane: 'Sales', into: ['Inside sales', 'Field sales'], assign: [{ element: 'Reject order', lane: 'Field sales' }, { element: 'Order rejected', lane: 'Field sales' }] },
    ]);
    const sub = after.model.lanes.filter((l) => l.parentLaneId === 'Lane_Sales').map((l) => l.name);
    expect(sub).toEqual(['Inside sales', 'Field sales']);
    expect(laneOf(after.model, 'Task_RejectOrder')).toEqual(['Field sales']);
    expect(laneOf(after.model, 'EndEvent_OrderRejected')).toEqual(['Field sales']);
    expect(laneOf(after.model, 'Task_CheckOrder')).toEqual(['Inside sales']);
    // The parent lane still lists its elements, as bpmn-js does.
    expect(after.model.lanes.find((l) => l.id === 'Lane_Sales')!.nodeIds).toContain('Task_RejectOrder');
    const pb = (t: DiagramTree, id: string) => t.bounds(t.byId.get(id)!)!;
    expect(pb(after.tree, 'Lane_Sales').height).toBeGreaterThan(pb(before.tree, 'Lane_Sales').height);
    expect(pb(after.tree, 'Participant_Customer').y).toBeGreaterThanOrEqual(pb(after.tree, 'Participant_Shop').y + pb(after.tree, 'Participant_Shop').height);
    expect(r.changes[0]!.summary).toBe('Split lane "Sales" into "Inside sales" and "Field sales" (sub-lanes); "Reject order", "Order rejected" go to "Field sales", the rest to "Inside sales"');
    expect(r.lint.delta.added).toEqual([]);
  });

  it('into sibling lanes: the lane becomes the first one, the others follow below it in the same pool', async () => {
    const { after } = await apply(ORDER, [{ op: 'splitLane', lane: 'Warehouse', into: ['Picking', 'Packing', 'Shipping'], as: 'siblings', assign: [{ element: 'Ship order', lane: 'Shipping' }] }]);
    expect(after.model.lanes.filter((l) => !l.parentLaneId).map((l) => l.name)).toEqual(['Sales', 'Picking', 'Packing', 'Shipping']);
    expect(after.model.lanes.find((l) => l.name === 'Picking')!.id).toBe('Lane_Warehouse');
    expect(laneOf(after.model, 'Task_ShipOrder')).toEqual(['Shipping']);
    expect(laneOf(after.model, 'Task_PackGoods')).toEqual(['Picking']);
  });

  it('refuses what it cannot do, with the reason', async () => {
    expect((await refused(ORDER, [{ op: 'splitLane', lane: 'Sales', into: ['A', 'A'] }])).message).toMatch(/different names/);
    expect((await refused(ORDER, [{ op: 'splitLane', lane: 'Sales', into: ['A', 'Warehouse'] }])).message).toMatch(/already is a lane "Warehouse"/);
    expect((await refused(ORDER, [{ op: 'splitLane', lane: 'Sales', into: ['A', 'B'], assign: [{ element: 'Pack goods', lane: 'B' }] }])).message).toMatch(/"Pack goods" is not in lane "Sales"/);
    expect((await refused(ORDER, [{ op: 'splitLane', lane: 'Sales', into: ['A', 'B'], assign: [{ element: 'Check order', lane: 'C' }] }])).message).toMatch(/"C" is not one of the new lanes/);
    const twice = await refused(ORDER, [
      { op: 'splitLane', lane: 'Sales', into: ['A', 'B'] },
      { op: 'splitLane', lane: 'Sales', into: ['C', 'D'] },
    ]);
    expect(twice).toMatchObject({ index: 1 });
    expect(twice.message).toMatch(/already split into sub-lanes/);
  });

  it('a sub-lane made by a split takes elements moved into it later in the same batch', async () => {
    const { after } = await apply(ORDER, [
      { op: 'splitLane', lane: 'Sales', into: ['Inside sales', 'Field sales'] },
      { op: 'moveToLane', element: 'Pack goods', lane: 'Field sales' },
    ]);
    expect(laneOf(after.model, 'Task_PackGoods')).toEqual(['Field sales']);
  });
});

describe('moveToPool', () => {
  it('into a black-box pool: the pool gets a process, the task moves in, its sequence flow becomes a message flow', async () => {
    const { r, after } = await apply(ORDER, [
      { op: 'addElement', type: 'userTask', name: 'Sign for parcel', id: 'Task_Sign', lane: 'Warehouse' },
      { op: 'connect', from: 'Ship order', to: 'Task_Sign' },
      { op: 'moveToPool', element: 'Sign for parcel', pool: 'Customer' },
    ]);
    const customer = after.model.participants.find((p) => p.name === 'Customer')!;
    expect(customer.processId).toBeTruthy();
    expect(after.model.byId.get('Task_Sign')!.scopeId).toBe(customer.processId);
    expect(after.model.flows.filter((f) => f.sourceId === 'Task_Sign' || f.targetId === 'Task_Sign')).toEqual([]);
    expect(after.model.messageFlows.find((m) => m.targetId === 'Task_Sign')).toMatchObject({ sourceId: 'Task_ShipOrder' });
    // Drawn inside the customer pool (the pool grew if it had to).
    const t = after.tree;
    expect(inside(t.bounds(t.byId.get('Task_Sign')!)!, t.bounds(t.byId.get('Participant_Customer')!)!)).toBe(true);
    expect(r.changes[2]!.summary).toBe('Move "Sign for parcel" to pool "Customer"; its sequence flow becomes a message flow');
  });

  it('refuses when a crossing flow starts at a start event or a gateway, and names it', async () => {
    const e = await refused(ORDER, [{ op: 'moveToPool', element: 'Check order', pool: 'Customer' }]);
    expect(e.message).toBe('Change 1: the flow from "Order received" to "Check order" would cross into another pool, and "Order received" (a start event) cannot send a message flow; move or reconnect it first.');
    const g = await refused(ORDER, [{ op: 'moveToPool', element: 'Ship order', pool: 'Customer' }]);
    expect(g.message).toMatch(/Gateway_Join \(a parallel gateway\) cannot send a message flow/);
  });

  it('into a pool with a process and lanes: lands in the named lane, message flows carry the old flow names', async () => {
    const { after, r } = await apply(ORDER, [
      { op: 'addPool', name: 'Supplier', id: 'Participant_Supplier' },
      { op: 'addElement', type: 'task', name: 'Deliver stock', id: 'Task_Deliver', lane: 'Warehouse' },
      { op: 'connect', from: 'Task_Deliver', to: 'Pack goods', name: 'stock' },
      { op: 'moveToPool', element: 'Task_Deliver', pool: 'Supplier' },
    ]);
    const mf = after.model.messageFlows.find((m) => m.sourceId === 'Task_Deliver')!;
    expect(mf).toMatchObject({ targetId: 'Task_PackGoods', name: 'stock' });
    const supplier = after.model.participants.find((p) => p.id === 'Participant_Supplier')!;
    expect(after.model.byId.get('Task_Deliver')!.scopeId).toBe(supplier.processId);
    expect(r.changes[3]!.summary).toBe('Move "Deliver stock" to pool "Supplier"; its sequence flow becomes a message flow');
    // Moving it back is refused: the message flow would then stay inside one pool.
    const back = await refused(r.xml, [{ op: 'moveToPool', element: 'Task_Deliver', pool: 'Shop' }]);
    expect(back.message).toMatch(/cannot stay inside one pool/);
  });
});

describe('addPool on a diagram without pools', () => {
  it('the process becomes a pool of a new collaboration around all its elements; the new pool sits below it', async () => {
    const xml = starterXml();
    const { after, r, before } = await apply(xml, [{ op: 'addPool', name: 'Customer' }]);
    expect(after.model.participants.map((p) => p.name)).toEqual(['Process', 'Customer']);
    const main = after.model.participants[0]!;
    expect(main.processId).toBe(before.model.processes[0]!.id);
    const tree = after.tree;
    const mainBox = tree.bounds(tree.byId.get(main.id)!)!;
    for (const n of before.model.nodes) expect(inside(tree.bounds(tree.byId.get(n.id)!)!, mainBox), n.id).toBe(true);
    // The diagram's plane now shows the collaboration.
    expect(tree.plane!.bpmnElement.$type).toBe('bpmn:Collaboration');
    expect(r.changes[0]!.summary).toBe('Add pool "Customer" (the existing process becomes the pool "Process")');
    // Later operations see the pools: a lane and a message flow.
    const more = await apply(r.xml, [
      { op: 'addLane', name: 'Back office' },
      { op: 'connect', from: 'Handle request', to: 'Customer', name: 'Reply' },
    ]);
    expect(more.after.model.messageFlows.map((m) => m.name)).toEqual(['Reply']);
    expect(more.after.model.lanes.map((l) => l.name)).toContain('Back office');
  });

  it('names the main pool when asked and refuses a clash', async () => {
    const { after } = await apply(starterXml(), [{ op: 'addPool', name: 'Supplier', mainPool: 'Purchasing' }]);
    expect(after.model.participants.map((p) => p.name)).toEqual(['Purchasing', 'Supplier']);
    expect((await refused(starterXml(), [{ op: 'addPool', name: 'Process' }])).message).toMatch(/another name/);
  });
});
