import { expect, test, type Page } from '@playwright/test';
import { signIn, waitForCanvas } from './workspace-helpers';

// Assistant proposals (issues 12 + 17) with the offline analyst: previewed on the canvas, applied as one undo step.

const ORDER_XML = `<?xml version="1.0" encoding="UTF-8"?>
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

async function openOrderDiagram(page: Page): Promise<string> {
  await signIn(page, { prefix: 'edits', name: 'Ed Its' });
  const res = await page.request.post('/api/diagrams', { data: { name: 'Orders', xml: ORDER_XML } });
  expect(res.status()).toBe(201);
  const { diagram } = (await res.json()) as { diagram: { id: string } };
  await page.goto(`/d/${diagram.id}`);
  await waitForCanvas(page);
  await expect(page.locator('[data-element-id="Task_Receive"]')).toBeAttached();
  return diagram.id;
}

async function ask(page: Page, text: string) {
  const input = page.getByTestId('chat-input');
  await input.fill(text);
  await input.press('Enter');
}

/** The diagram as bpmn-js holds it (element ids, names, flows) — read through the proposal module's bridge. */
async function canvasXml(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const svc = (window as unknown as { __procmodProposals?: { xml(): Promise<string> } }).__procmodProposals;
    if (!svc) throw new Error('proposal module not mounted');
    return svc.xml();
  });
}

async function revisionCount(page: Page, id: string): Promise<number> {
  const res = await page.request.get(`/api/diagrams/${id}/revisions`);
  return ((await res.json()) as { revisions: unknown[] }).revisions.length;
}

test('ask for a task after another: proposal highlighted, Apply adds it in sequence with a new revision and thread entry, one Ctrl+Z removes it all', async ({ page }) => {
  const diagramId = await openOrderDiagram(page);
  const revisionsBefore = await revisionCount(page, diagramId);
  const before = await canvasXml(page);

  await ask(page, "add a task 'Check credit' after 'Receive order'");
  const card = page.getByTestId('proposal-card');
  await expect(card).toBeVisible({ timeout: 30_000 });
  await expect(card).toContainText('Add task "Check credit" after "Receive order"');
  await expect(card.getByTestId('proposal-lint')).toContainText('fixes none, adds none');
  // Preview: a green ghost for the new task, the re-routed flow marked as changed; nothing applied yet.
  await expect(page.locator('.pm-prop-ghost', { hasText: 'Check credit' })).toBeVisible();
  await expect(page.locator('.djs-element[data-element-id="Flow_2"].pm-prop-changed')).toBeAttached();
  expect(await canvasXml(page)).toBe(before);
  await page.screenshot({ path: 'test-results/proposal-preview.png' });

  await card.getByTestId('proposal-apply').click();
  const entry = page.getByTestId('proposal-entry');
  await expect(entry).toContainText('Changed the diagram: +1 task, +1 flow');
  await expect(page.locator('.pm-prop-ghost')).toHaveCount(0);
  const after = await canvasXml(page);
  const taskId = /<bpmn:task id="([^"]+)" name="Check credit">/.exec(after)?.[1];
  expect(taskId).toBeTruthy();
  // In sequence: Receive order → Check credit → Ship order.
  expect(after).toMatch(new RegExp(`sourceRef="Task_Receive" targetRef="${taskId}"`));
  expect(after).toMatch(new RegExp(`sourceRef="${taskId}" targetRef="Task_Ship"`));
  await expect.poll(() => revisionCount(page, diagramId)).toBe(revisionsBefore + 1);
  // The analyst confirms after the tool output came back.
  await expect(page.getByTestId('assistant-message').last()).toContainText('Done. Changed the diagram', { timeout: 30_000 });
  await page.screenshot({ path: 'test-results/proposal-applied.png' });

  // One undo removes the whole change; the XML is exactly what it was.
  await page.locator('.djs-container > svg').focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => canvasXml(page)).toBe(before);
  await page.keyboard.press('Control+y');
  await expect.poll(async () => (await canvasXml(page)).includes('name="Check credit"')).toBe(true);
});

test('Discard leaves the diagram untouched', async ({ page }) => {
  const diagramId = await openOrderDiagram(page);
  const revisionsBefore = await revisionCount(page, diagramId);
  const before = await canvasXml(page);
  await ask(page, "delete 'Ship order'");
  const card = page.getByTestId('proposal-card');
  await expect(card).toContainText('Remove task "Ship order" and connect "Receive order" to "Order shipped"', { timeout: 30_000 });
  await expect(page.locator('.djs-element[data-element-id="Task_Ship"].pm-prop-removed')).toBeAttached();
  await card.getByTestId('proposal-discard').click();
  await expect(page.getByTestId('proposal-entry')).toContainText('Proposal discarded');
  await expect(page.locator('.pm-prop-removed')).toHaveCount(0);
  await expect(page.getByTestId('assistant-message').last()).toContainText('I left the diagram as it was', { timeout: 30_000 });
  expect(await canvasXml(page)).toBe(before);
  expect(await revisionCount(page, diagramId)).toBe(revisionsBefore);
});

test('select a task, "add a 2-day timer to this": the proposal names the selected task; a two-change proposal with one rejected applies only the other in one undo step', async ({ page }) => {
  await openOrderDiagram(page);
  const before = await canvasXml(page);
  await page.locator('[data-element-id="Task_Ship"]').click();
  const chip = page.getByTestId('selection-chip');
  await expect(chip).toHaveText(/Ship order/);

  await ask(page, 'add a 2-day timer to this');
  const card = page.getByTestId('proposal-card');
  await expect(card).toContainText('Add a 2-day timer to "Ship order"', { timeout: 30_000 });
  // The lint gate added an end event after the timer, so the proposal has two changes and adds no errors.
  const changes = card.getByTestId('proposal-change');
  await expect(changes).toHaveCount(2);
  await expect(card).toContainText('Add end event "Ship order timed out"');
  await expect(card.getByTestId('proposal-lint')).toContainText('adds none');

  // Reject the end event: the remaining timer alone adds errors, and the card says so in plain words.
  await changes.nth(1).uncheck();
  await expect(card.getByTestId('proposal-lint')).toContainText('Warning: applying this leaves 2 new errors');
  await expect(card.getByTestId('proposal-apply')).toHaveText('Apply 1 of 2');
  await card.getByTestId('proposal-apply').click();
  await expect(page.getByTestId('proposal-entry')).toContainText('Changed the diagram: +1 boundary event');
  const after = await canvasXml(page);
  expect(after).toMatch(/<bpmn:boundaryEvent id="[^"]+" name="2 days" attachedToRef="Task_Ship">/);
  expect(after).not.toContain('timed out');

  await page.locator('.djs-container > svg').focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => canvasXml(page)).toBe(before);
});

test('create a process from a six-step description with one decision: it opens in the editor as a new diagram with every step', async ({ page }) => {
  await signIn(page, { prefix: 'edits-gen', name: 'Gen Erator' });
  const startUrl = page.url();
  const input = page.getByTestId('chat-input');
  await input.fill('create a process for order handling:\n1. Receive order\n2. Check stock\n3. If in stock, ship the goods, otherwise notify the customer\n4. Send invoice\n5. Archive order');
  await input.press('Enter');
  const card = page.getByTestId('proposal-card');
  await expect(card).toContainText('New process: Order handling', { timeout: 30_000 });
  await expect(card).toContainText('Problems check: no problems');
  await card.getByTestId('proposal-create').click();
  await expect(page).not.toHaveURL(startUrl, { timeout: 30_000 });
  await expect(page).toHaveURL(/\/d\/dgm_/);
  await waitForCanvas(page);
  await expect(page.locator('[data-element-id="Task_3"]')).toBeAttached();
  const xml = await canvasXml(page);
  for (const step of ['Receive order', 'Check stock', 'In stock?', 'Ship the goods', 'Notify the customer', 'Send invoice', 'Archive order']) expect(xml).toContain(`name="${step}"`);
  await expect(page.locator('.djs-element.djs-shape[data-element-id^="Task_"]')).toHaveCount(6);
  await expect(page.getByTestId('diagram-name')).toHaveText('Order handling');
});
