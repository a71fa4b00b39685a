import { describe, expect, it } from 'vitest';
import { BpmnModdle } from 'bpmn-moddle';
import { buildModel } from '@/lib/bpmn';
import { generateProcess, parseDescription } from './generate';
import { structuralProblems } from '@/lib/bpmn/edits';
import { DiagramTree, inside } from '@/lib/bpmn/edits/tree';

describe('new process from a description (offline)', () => {
  it('six steps with one decision: every step is there, laid out, and bpmnlint recommended finds nothing', async () => {
    const description = `1. Receive order
2. Check stock
3. If in stock, ship the goods, otherwise notify the customer
4. Send invoice
5. Archive order`;
    const g = await generateProcess(description, 'Orders');
    const { rootElement } = await new BpmnModdle().fromXML(g.xml, 'bpmn:Definitions');
    const model = buildModel(rootElement);
    const names = model.nodes.map((n) => n.name);
    for (const step of ['Receive order', 'Check stock', 'In stock?', 'Ship the goods', 'Notify the customer', 'Send invoice', 'Archive order']) expect(names).toContain(step);
    expect(model.nodes.filter((n) => n.kind === 'task')).toHaveLength(6);
    expect(model.nodes.filter((n) => n.type === 'ExclusiveGateway')).toHaveLength(2);
    expect(g.lint).toEqual([]);
    // Every flow node and flow has layout (bpmn-auto-layout).
    const drawn = new Set((rootElement.diagrams[0].plane.planeElement as { bpmnElement: { id: string } }[]).map((d) => d.bpmnElement.id));
    for (const n of model.nodes) expect(drawn.has(n.id)).toBe(true);
    for (const f of model.flows) expect(drawn.has(f.id)).toBe(true);
    // The decision's branches: "yes" carries a condition, "no" is the default.
    const gw = model.nodes.find((n) => n.name === 'In stock?')!;
    expect(gw.defaultFlowId).toBe(model.flows.find((f) => f.sourceId === gw.id && f.name === 'no')!.id);
  });

  it('one line with commas and semicolons, in English and German', () => {
    expect(parseDescription('receive order, check stock; if in stock ship it, otherwise notify the customer; end')).toEqual([
      { kind: 'task', name: 'Receive order' },
      { kind: 'task', name: 'Check stock' },
      { kind: 'decision', question: 'In stock?', yes: 'Ship it', no: 'Notify the customer' },
    ]);
    expect(parseDescription('- Antrag erfassen\n- Wenn vollständig, dann Antrag prüfen, sonst Unterlagen anfordern\n- Ende')).toEqual([
      { kind: 'task', name: 'Antrag erfassen' },
      { kind: 'decision', question: 'Vollständig?', yes: 'Antrag prüfen', no: 'Unterlagen anfordern' },
    ]);
  });

  it('a description without steps is refused with what to write instead', async () => {
    await expect(generateProcess('end')).rejects.toThrow(/one step per line/);
  });
});

describe('lanes from "Lane: …" prefixes', () => {
  it('parses lane prefixes; a prefix holds for the steps after it', () => {
    expect(parseDescription('Sales: receive order, check stock; Warehouse: if in stock pack the goods, otherwise order from the supplier; Sales: send invoice')).toEqual([
      { kind: 'task', name: 'Receive order', lane: 'Sales' },
      { kind: 'task', name: 'Check stock', lane: 'Sales' },
      { kind: 'decision', question: 'In stock?', yes: 'Pack the goods', no: 'Order from the supplier', lane: 'Warehouse' },
      { kind: 'task', name: 'Send invoice', lane: 'Sales' },
    ]);
    // "If …:" is a decision, not a lane.
    expect(parseDescription('1. Receive order\n2. If complete: approve it, otherwise reject it')[1]).toMatchObject({ kind: 'decision', question: 'Complete?' });
  });

  it('generates one pool with a lane per name: every step in its lane, lanes tile the pool, bpmnlint finds nothing', async () => {
    const g = await generateProcess(`1. Sales: Receive order
2. Check stock
3. Warehouse: If in stock, pack the goods, otherwise order from the supplier
4. Ship the goods
5. Accounting: Send invoice
6. Archive order`, 'Orders');
    const { rootElement } = await new BpmnModdle().fromXML(g.xml, 'bpmn:Definitions');
    const model = buildModel(rootElement);
    expect(model.participants.map((p) => p.name)).toEqual(['Orders']);
    expect(model.lanes.map((l) => l.name)).toEqual(['Sales', 'Warehouse', 'Accounting']);
    const lane = (step: string) => model.lanes.find((l) => l.nodeIds.includes(model.nodes.find((n) => n.name === step)!.id))?.name;
    expect(['Receive order', 'Check stock'].map(lane)).toEqual(['Sales', 'Sales']);
    expect(['In stock?', 'Pack the goods', 'Order from the supplier', 'Ship the goods'].map(lane)).toEqual(['Warehouse', 'Warehouse', 'Warehouse', 'Warehouse']);
    expect(['Send invoice', 'Archive order'].map(lane)).toEqual(['Accounting', 'Accounting']);
    // Every flow node is in exactly one lane and drawn inside it; lanes tile the pool (structuralProblems).
    for (const n of model.nodes) expect(model.lanes.filter((l) => l.nodeIds.includes(n.id)), n.id).toHaveLength(1);
    expect(structuralProblems(rootElement as never)).toEqual([]);
    const tree = new DiagramTree(rootElement as never);
    for (const n of model.nodes) {
      const bo = tree.byId.get(n.id)!;
      expect(inside(tree.bounds(bo)!, tree.bounds(tree.laneOf(bo))!), n.id).toBe(true);
    }
    expect(g.lint).toEqual([]);
  });
});
