import { describe, expect, it } from 'vitest';
import { trimXml } from './context';

// The same process with its layout written three ways: the usual bpmndi: prefix, another prefix, the default namespace.
const process = `<bpmn:process id="P" isExecutable="false">
    <bpmn:startEvent id="Start" name="Order received"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:task id="Check" name="Check stock"><bpmn:incoming>F1</bpmn:incoming></bpmn:task>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Check" />
  </bpmn:process>`;
const shapes = (p: string) =>
  `<${p}BPMNPlane id="Plane" bpmnElement="P"><${p}BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="1" y="2" width="36" height="36" /></${p}BPMNShape><${p}BPMNShape id="Check_di" bpmnElement="Check"><dc:Bounds x="100" y="0" width="100" height="80" /></${p}BPMNShape></${p}BPMNPlane>`;
const doc = (diPrefix: string, diDecl: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" ${diDecl} xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" id="D" targetNamespace="http://example.com">
  ${process}
  <${diPrefix}BPMNDiagram id="Diagram">${shapes(diPrefix)}</${diPrefix}BPMNDiagram>
</bpmn:definitions>`;

describe('trimXml (what the model reads of the diagram)', () => {
  it.each([
    ['bpmndi:', 'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"'],
    ['layout:', 'xmlns:layout="http://www.omg.org/spec/BPMN/20100524/DI"'],
    ['', 'xmlns="http://www.omg.org/spec/BPMN/20100524/DI"'],
  ])('drops the layout written with prefix "%s" and keeps every element', async (prefix, decl) => {
    const { xml, trimmed } = await trimXml(doc(prefix, decl), 100_000);
    expect(trimmed).toBe(false);
    expect(xml).not.toMatch(/BPMNDiagram|BPMNShape|Bounds/);
    for (const s of ['id="Start"', 'name="Order received"', 'name="Check stock"', 'sourceRef="Start"', 'targetRef="Check"']) expect(xml).toContain(s);
  });

  it('cuts what is still over the budget and says so', async () => {
    const { xml, trimmed } = await trimXml(doc('bpmndi:', 'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"'), 120);
    expect(trimmed).toBe(true);
    expect(xml).toMatch(/^[\s\S]{120}\n<!-- … trimmed: \d+ more characters; see the element list -->$/);
  });

  it('keeps a text that does not parse as it is', async () => {
    expect(await trimXml('<bpmn:definitions', 1000)).toEqual({ xml: '<bpmn:definitions', trimmed: false });
  });
});
