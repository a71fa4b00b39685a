// Shared steps for the proposal specs (built-in panel and element mode): a small order diagram, opening it, and
// reading the canvas and the stored revisions.
import { expect, type Page } from '@playwright/test';
import { waitForCanvas } from './workspace-helpers';

export const ORDER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Defs_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process_1" isExecutable="false">
    <bpmn:startEvent id="Start_1" name="Order placed"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:task id="Task_Receive" name="Receive order"><bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:task>
    <bpmn:task id="Task_Ship" name="Ship order"><bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing></bpmn:task>
    <bpmn:endEvent id="End_1" name="Order shipped"><bpmn:incoming>Flow_3</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start_1" targetRef="Task_Receive" />
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Receive" targetRef="Task_Ship" />
    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Ship" targetRef="End_1" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="Process_1">
      <bpmndi:BPMNShape id="Start_1_di" bpmnElement="Start_1"><dc:Bounds x="152" y="142" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Receive_di" bpmnElement="Task_Receive"><dc:Bounds x="240" y="120" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Ship_di" bpmnElement="Task_Ship"><dc:Bounds x="560" y="120" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_1_di" bpmnElement="End_1"><dc:Bounds x="722" y="142" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="188" y="160" /><di:waypoint x="240" y="160" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="340" y="160" /><di:waypoint x="560" y="160" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_3_di" bpmnElement="Flow_3"><di:waypoint x="660" y="160" /><di:waypoint x="722" y="160" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;

/** Stores `xml` as a new diagram of the signed-in user and opens it; returns its id. */
export async function openDiagram(page: Page, xml = ORDER_XML): Promise<string> {
  const res = await page.request.post('/api/diagrams', { data: { name: 'Orders', xml } });
  expect(res.status()).toBe(201);
  const { diagram } = (await res.json()) as { diagram: { id: string } };
  await page.goto(`/d/${diagram.id}`);
  await waitForCanvas(page);
  await expect(page.locator('[data-element-id="Task_Receive"]')).toBeAttached();
  return diagram.id;
}

/** The diagram as bpmn-js holds it (element ids, names, flows) — read through the proposal module's bridge. */
export async function canvasXml(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const svc = (window as unknown as { __procmodProposals?: { xml(): Promise<string> } }).__procmodProposals;
    if (!svc) throw new Error('proposal module not mounted');
    return svc.xml();
  });
}

export async function revisionCount(page: Page, id: string): Promise<number> {
  const res = await page.request.get(`/api/diagrams/${id}/revisions`);
  return ((await res.json()) as { revisions: unknown[] }).revisions.length;
}
