import { describe, expect, it } from 'vitest';
import { BpmnModdle } from 'bpmn-moddle';
import { buildModel } from '@/lib/bpmn';
import { generateProcess, parseDescription } from './generate';

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
