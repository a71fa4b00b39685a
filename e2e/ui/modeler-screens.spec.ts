import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

// Screenshots of the workspace at common sizes, for looking at (and, with UPDATE_SCREENSHOTS=1, for docs/screenshots).
const docsDir = path.resolve(import.meta.dirname, '..', '..', 'docs', 'screenshots');

async function signUpAndIn(page: Page) {
  const email = `screens-${Date.now()}@example.test`;
  expect((await page.request.post('/api/signup', { data: { email, password: 'password123', name: 'Ada Process' } })).status()).toBe(201);
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('password123');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.djs-palette')).toBeVisible({ timeout: 30_000 });
}

const ORDER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Defs_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="P1" isExecutable="false">
    <bpmn:startEvent id="S" name="Order received"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:task id="T1" name="Check stock"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:task>
    <bpmn:exclusiveGateway id="G1" name="In stock?"><bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing><bpmn:outgoing>f4</bpmn:outgoing></bpmn:exclusiveGateway>
    <bpmn:userTask id="T2" name="Pack and ship"><bpmn:incoming>f3</bpmn:incoming><bpmn:outgoing>f5</bpmn:outgoing></bpmn:userTask>
    <bpmn:serviceTask id="T3" name="Notify customer of delay"><bpmn:incoming>f4</bpmn:incoming><bpmn:outgoing>f6</bpmn:outgoing></bpmn:serviceTask>
    <bpmn:endEvent id="E1" name="Order shipped"><bpmn:incoming>f5</bpmn:incoming></bpmn:endEvent>
    <bpmn:endEvent id="E2" name="Order delayed"><bpmn:incoming>f6</bpmn:incoming></bpmn:endEvent>
    <bpmn:task id="T4" name="Archive invoice" />
    <bpmn:sequenceFlow id="f1" sourceRef="S" targetRef="T1" />
    <bpmn:sequenceFlow id="f2" sourceRef="T1" targetRef="G1" />
    <bpmn:sequenceFlow id="f3" name="yes" sourceRef="G1" targetRef="T2" />
    <bpmn:sequenceFlow id="f4" name="no" sourceRef="G1" targetRef="T3" />
    <bpmn:sequenceFlow id="f5" sourceRef="T2" targetRef="E1" />
    <bpmn:sequenceFlow id="f6" sourceRef="T3" targetRef="E2" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="D1"><bpmndi:BPMNPlane id="PL1" bpmnElement="P1">
    <bpmndi:BPMNShape id="S_di" bpmnElement="S"><dc:Bounds x="152" y="182" width="36" height="36" /><bpmndi:BPMNLabel><dc:Bounds x="133" y="225" width="74" height="14" /></bpmndi:BPMNLabel></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="T1_di" bpmnElement="T1"><dc:Bounds x="240" y="160" width="100" height="80" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="G1_di" bpmnElement="G1" isMarkerVisible="true"><dc:Bounds x="395" y="175" width="50" height="50" /><bpmndi:BPMNLabel><dc:Bounds x="396" y="151" width="48" height="14" /></bpmndi:BPMNLabel></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="T2_di" bpmnElement="T2"><dc:Bounds x="500" y="160" width="100" height="80" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="T3_di" bpmnElement="T3"><dc:Bounds x="500" y="290" width="100" height="80" /></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="E1_di" bpmnElement="E1"><dc:Bounds x="662" y="182" width="36" height="36" /><bpmndi:BPMNLabel><dc:Bounds x="646" y="225" width="69" height="14" /></bpmndi:BPMNLabel></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="E2_di" bpmnElement="E2"><dc:Bounds x="662" y="312" width="36" height="36" /><bpmndi:BPMNLabel><dc:Bounds x="646" y="355" width="69" height="14" /></bpmndi:BPMNLabel></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="T4_di" bpmnElement="T4"><dc:Bounds x="240" y="290" width="100" height="80" /></bpmndi:BPMNShape>
    <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="188" y="200" /><di:waypoint x="240" y="200" /></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="340" y="200" /><di:waypoint x="395" y="200" /></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="f3_di" bpmnElement="f3"><di:waypoint x="445" y="200" /><di:waypoint x="500" y="200" /><bpmndi:BPMNLabel><dc:Bounds x="464" y="182" width="18" height="14" /></bpmndi:BPMNLabel></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="f4_di" bpmnElement="f4"><di:waypoint x="420" y="225" /><di:waypoint x="420" y="330" /><di:waypoint x="500" y="330" /><bpmndi:BPMNLabel><dc:Bounds x="429" y="275" width="14" height="14" /></bpmndi:BPMNLabel></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="f5_di" bpmnElement="f5"><di:waypoint x="600" y="200" /><di:waypoint x="662" y="200" /></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="f6_di" bpmnElement="f6"><di:waypoint x="600" y="330" /><di:waypoint x="662" y="330" /></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

async function snap(page: Page, name: string) {
  const file = process.env.UPDATE_SCREENSHOTS ? path.join(docsDir, name) : test.info().outputPath(name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
}

for (const vp of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
  test(`workspace screens at ${vp.width}×${vp.height}`, async ({ page }) => {
    await page.setViewportSize(vp);
    await signUpAndIn(page);
    const suffix = vp.width === 1280 ? '' : `-${vp.width}`;
    await expect(page.locator('.djs-palette')).toBeVisible({ timeout: 30_000 });
    await snap(page, `workspace-empty${suffix}.png`);

    const res = await page.request.post('/api/diagrams', { data: { name: 'Order fulfilment', xml: ORDER_XML } });
    expect(res.status()).toBe(201);
    const { diagram } = await res.json();
    await page.goto(`/d/${diagram.id}`);
    await expect(page.locator('.djs-element text', { hasText: 'Check stock' })).toBeVisible({ timeout: 30_000 });
    await page.getByTestId('problems-button').click();
    await expect(page.getByTestId('problems-panel')).toBeVisible();
    await snap(page, `workspace-diagram${suffix}.png`);
    await page.getByRole('button', { name: 'Close problems' }).click();
    if (vp.width > 1280) {
      await page.locator('.djs-minimap .toggle').click();
      await expect(page.locator('.djs-minimap.open')).toBeVisible();
      await snap(page, `workspace-minimap${suffix}.png`);
    }

    await page.goto('/diagrams');
    await expect(page.getByTestId('diagram-card').first()).toBeVisible();
    await snap(page, `diagram-list${suffix}.png`);
    await page.goto(`/d/${diagram.id}`);
    await expect(page.locator('.djs-palette')).toBeVisible({ timeout: 30_000 });
    await page.getByTestId('shortcuts-button').click();
    await snap(page, `shortcuts${suffix}.png`);
  });
}
