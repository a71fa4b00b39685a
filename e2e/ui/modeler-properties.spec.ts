// Properties panel, token simulation and colours, driven as a user would in real Chromium. Each edit is checked
// in the revision the server stored (what the AI and every later session see), not only on screen.
import fs from 'node:fs';
import sharp from 'sharp';
import { expect, test, type Page } from '@playwright/test';
import { signIn, waitForCanvas } from './workspace-helpers';

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Defs_P" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Proc_P" isExecutable="false">
    <bpmn:startEvent id="Start_P" name="Order in"><bpmn:outgoing>F0</bpmn:outgoing></bpmn:startEvent>
    <bpmn:exclusiveGateway id="Gw_Amount" name="Large order?"><bpmn:incoming>F0</bpmn:incoming><bpmn:outgoing>F_Yes</bpmn:outgoing><bpmn:outgoing>F_No</bpmn:outgoing></bpmn:exclusiveGateway>
    <bpmn:task id="Task_Approve" name="Approve"><bpmn:incoming>F_Yes</bpmn:incoming><bpmn:outgoing>F2</bpmn:outgoing></bpmn:task>
    <bpmn:intermediateCatchEvent id="Wait_T" name="Wait"><bpmn:incoming>F2</bpmn:incoming><bpmn:outgoing>F3</bpmn:outgoing><bpmn:timerEventDefinition id="TD_1"/></bpmn:intermediateCatchEvent>
    <bpmn:endEvent id="End_P" name="Done"><bpmn:incoming>F_No</bpmn:incoming><bpmn:incoming>F3</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="F0" sourceRef="Start_P" targetRef="Gw_Amount"/>
    <bpmn:sequenceFlow id="F_Yes" name="yes" sourceRef="Gw_Amount" targetRef="Task_Approve"/>
    <bpmn:sequenceFlow id="F_No" sourceRef="Gw_Amount" targetRef="End_P"/>
    <bpmn:sequenceFlow id="F2" sourceRef="Task_Approve" targetRef="Wait_T"/>
    <bpmn:sequenceFlow id="F3" sourceRef="Wait_T" targetRef="End_P"/>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Dia_P"><bpmndi:BPMNPlane id="Plane_P" bpmnElement="Proc_P">
    <bpmndi:BPMNShape id="Start_P_di" bpmnElement="Start_P"><dc:Bounds x="152" y="182" width="36" height="36"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Gw_Amount_di" bpmnElement="Gw_Amount" isMarkerVisible="true"><dc:Bounds x="245" y="175" width="50" height="50"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Task_Approve_di" bpmnElement="Task_Approve"><dc:Bounds x="360" y="160" width="100" height="80"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="Wait_T_di" bpmnElement="Wait_T"><dc:Bounds x="522" y="182" width="36" height="36"/></bpmndi:BPMNShape>
    <bpmndi:BPMNShape id="End_P_di" bpmnElement="End_P"><dc:Bounds x="622" y="302" width="36" height="36"/></bpmndi:BPMNShape>
    <bpmndi:BPMNEdge id="F0_di" bpmnElement="F0"><di:waypoint x="188" y="200"/><di:waypoint x="245" y="200"/></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="F_Yes_di" bpmnElement="F_Yes"><di:waypoint x="295" y="200"/><di:waypoint x="360" y="200"/></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="F_No_di" bpmnElement="F_No"><di:waypoint x="270" y="225"/><di:waypoint x="270" y="320"/><di:waypoint x="622" y="320"/></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="F2_di" bpmnElement="F2"><di:waypoint x="460" y="200"/><di:waypoint x="522" y="200"/></bpmndi:BPMNEdge>
    <bpmndi:BPMNEdge id="F3_di" bpmnElement="F3"><di:waypoint x="558" y="200"/><di:waypoint x="640" y="200"/><di:waypoint x="640" y="302"/></bpmndi:BPMNEdge>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;

async function openFixture(page: Page): Promise<string> {
  await signIn(page, { prefix: 'props', name: 'Pat Props' });
  const res = await page.request.post('/api/diagrams', { data: { name: 'Order approval', xml: XML } });
  expect(res.status()).toBe(201);
  const id = (await res.json()).diagram.id as string;
  await page.goto(`/d/${id}`);
  await waitForCanvas(page);
  await expect(page.locator('[data-element-id="Gw_Amount"]')).toBeAttached();
  return id;
}

const storedXml = async (page: Page, id: string) => (await (await page.request.get(`/api/diagrams/${id}`)).json()).diagram.xml as string;
const revisionCount = async (page: Page, id: string) => (await (await page.request.get(`/api/diagrams/${id}/revisions`)).json()).revisions.length as number;

/** Free canvas, away from the fixture's shapes. */
async function emptySpot(page: Page) {
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  return { x: canvas.x + canvas.width - 120, y: canvas.y + canvas.height - 120 };
}

/** Select one element as a user does. A click on empty canvas first: it clears the selection (a click on the
 * selected element would toggle it off) and closes the context pad, which can sit over a neighbour. */
async function select(page: Page, elementId: string) {
  const free = await emptySpot(page);
  await page.mouse.click(free.x, free.y);
  await expect(page.locator('.djs-element.selected')).toHaveCount(0);
  const box = (await page.locator(`.djs-element[data-element-id="${elementId}"] .djs-visual`).first().boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator(`.djs-element.selected[data-element-id="${elementId}"]`)).toBeAttached();
}

async function openGroup(page: Page, label: string) {
  const header = page.locator('.bio-properties-panel-group-header', { hasText: label }).first();
  await expect(header).toBeVisible();
  if (!(await header.evaluate((h) => h.classList.contains('open')))) await header.click();
}

async function saved(page: Page) {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
}

test('a condition and a timer set in the properties panel are saved, and undo takes them back', async ({ page }, testInfo) => {
  // A long user journey (several files or edits, each saved): more time than one page check on a busy machine.
  test.slow();
  const id = await openFixture(page);
  await page.getByTestId('side-tab-properties').click();
  await expect(page.getByTestId('properties-pane')).toBeVisible();

  await select(page, 'F_Yes');
  await openGroup(page, 'Condition');
  const cond = page.locator('#bio-properties-panel-conditionExpression');
  await cond.fill('amount > 1000');
  await cond.blur();
  await page.getByLabel('Default flow (taken when no other condition holds)').focus();
  await page.screenshot({ path: testInfo.outputPath('properties-condition.png') });

  await select(page, 'Wait_T');
  await openGroup(page, 'Timer');
  await page.locator('#bio-properties-panel-timerEventDefinitionType').selectOption('timeDuration');
  const value = page.locator('#bio-properties-panel-timerEventDefinitionValue');
  await value.fill('PT15M');
  await value.blur();
  await page.screenshot({ path: testInfo.outputPath('properties-timer.png') });

  await saved(page);
  await expect.poll(async () => storedXml(page, id)).toContain('PT15M');
  let xml = await storedXml(page, id);
  expect(xml).toMatch(/<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">amount &gt; 1000<\/bpmn:conditionExpression>/);
  expect(xml).toMatch(/<bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT15M<\/bpmn:timeDuration>/);
  expect(xml).not.toMatch(/camunda|zeebe/i);

  // Undo walks back through the panel's commands like any other edit.
  const free = await emptySpot(page);
  await page.mouse.click(free.x, free.y);
  while (await page.getByTestId('undo').isEnabled()) await page.getByTestId('undo').click();
  await saved(page);
  await expect.poll(async () => storedXml(page, id)).not.toContain('PT15M');
  xml = await storedXml(page, id);
  expect(xml).not.toContain('conditionExpression');
  expect(xml).not.toContain('timeDuration');

  // The tab choice is remembered.
  await page.reload();
  await waitForCanvas(page);
  await expect(page.getByTestId('properties-pane')).toBeVisible();
  await expect(page.getByTestId('side-tab-properties')).toHaveAttribute('aria-selected', 'true');
  // Tabs work by keyboard.
  await page.getByTestId('side-tab-properties').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('chat-pane')).toBeVisible();
  await expect(page.getByTestId('side-tab-chat')).toBeFocused();
});

test('token simulation starts and stops without changing the diagram', async ({ page }, testInfo) => {
  // A long user journey (several files or edits, each saved): more time than one page check on a busy machine.
  test.slow();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const id = await openFixture(page);
  await saved(page);
  const before = await storedXml(page, id);
  const revisions = await revisionCount(page, id);
  const play = page.locator('.djs-overlays[data-container-id="Start_P"] .bts-context-pad');

  // T on the focused canvas switches the simulation on: no palette, the canvas in simulation style, a play
  // button on the start event and none before.
  await expect(play).toHaveCount(0);
  const free = await emptySpot(page);
  await page.mouse.click(free.x, free.y);
  await page.keyboard.press('t');
  await expect(page.getByTestId('simulation-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.djs-palette')).toBeHidden();
  await expect(page.locator('.simulation .djs-container')).toBeAttached();
  await expect(play).toBeVisible();

  // Play starts a token at the start event; it runs along the flows (the timer event holds it until triggered).
  await play.click();
  await expect(page.locator('.bts-token').first()).toBeAttached();
  await page.screenshot({ path: testInfo.outputPath('simulation.png') });
  // Simulating is not editing: a key that would delete an element does nothing to the diagram.
  const task = (await page.locator('.djs-element[data-element-id="Task_Approve"] .djs-visual').boundingBox())!;
  await page.mouse.click(task.x + task.width / 2, task.y + task.height / 2);
  await page.keyboard.press('Delete');
  await expect(page.locator('.djs-element[data-element-id="Task_Approve"]')).toHaveCount(1);

  // The button leaves it: tokens and play buttons gone, palette and editing back, nothing saved.
  await page.getByTestId('simulation-toggle').click();
  await expect(page.getByTestId('simulation-toggle')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.djs-palette')).toBeVisible();
  await expect(page.locator('.simulation .djs-container')).toHaveCount(0);
  await expect(page.locator('.bts-token')).toHaveCount(0);
  await expect(play).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('undo')).toBeDisabled();
  await page.getByTestId('save-state').focus();
  await page.keyboard.press('Control+s');
  await saved(page);
  expect(await revisionCount(page, id)).toBe(revisions);
  expect(await storedXml(page, id)).toBe(before);

  // Editing works again after leaving the simulation, and that edit is saved.
  await select(page, 'Task_Approve');
  await page.keyboard.press('Delete');
  await expect(page.locator('[data-element-id="Task_Approve"]')).toHaveCount(0);
  await saved(page);
  await expect.poll(async () => storedXml(page, id)).not.toContain('Task_Approve');
  expect(errors).toEqual([]);
});

test("a script task's format and script are set in the properties panel and saved as standard BPMN", async ({ page }) => {
  const id = await openFixture(page);
  await page.getByTestId('side-tab-properties').click();
  await select(page, 'Task_Approve');
  // Change the task's type the way a user does: context pad wrench, then the replace menu.
  await page.locator('.djs-context-pad .entry[data-action="replace"]').click();
  await page.locator('.djs-popup [data-id="replace-with-script-task"]').click();
  await expect(page.locator('.bio-properties-panel-header-type')).toHaveText(/script task/i);
  await openGroup(page, 'Script');
  const format = page.locator('#bio-properties-panel-scriptFormat');
  await format.fill('javascript');
  await format.blur();
  const body = page.locator('#bio-properties-panel-scriptBody');
  await body.fill('approved = amount < 5000');
  await body.blur();
  await saved(page);
  await expect.poll(async () => storedXml(page, id)).toMatch(/<bpmn:scriptTask [^>]*scriptFormat="javascript"/);
  expect(await storedXml(page, id)).toContain('<bpmn:script>approved = amount &lt; 5000</bpmn:script>');
});

test('a colour shows in the saved XML, the exported SVG and the PNG', async ({ page }, testInfo) => {
  const id = await openFixture(page);
  await select(page, 'Task_Approve');
  await page.locator('.djs-context-pad .entry.bpmn-icon-color').click();
  await page.locator('.djs-popup [title="Red"], .djs-popup .entry:has-text("Red")').first().click();
  await saved(page);
  await expect.poll(async () => storedXml(page, id)).toMatch(/bioc:fill="#ffcdd2"|color:background-color="#ffcdd2"/i);

  await page.getByTestId('export-menu').click();
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg').click()]);
  const svg = fs.readFileSync((await svgDownload.path())!, 'utf8');
  // The browser may serialise the colour in either notation.
  expect(svg.toLowerCase()).toMatch(/#ffcdd2|rgb\(255, 205, 210\)/);

  await page.getByTestId('export-menu').click();
  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  const png = fs.readFileSync((await pngDownload.path())!);
  fs.writeFileSync(testInfo.outputPath('colour.png'), png);
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let red = 0;
  for (let i = 0; i < data.length; i += info.channels) if (Math.abs(data[i]! - 0xff) < 6 && Math.abs(data[i + 1]! - 0xcd) < 6 && Math.abs(data[i + 2]! - 0xd2) < 6) red++;
  expect(red).toBeGreaterThan(1000);
});

test('the palette works by keyboard', async ({ page }) => {
  await openFixture(page);
  await select(page, 'Task_Approve');
  const taskEntry = page.locator('.djs-palette .entry[data-action="create.task"]');
  await taskEntry.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.djs-element.djs-shape[data-element-id^="Activity_"]')).toHaveCount(1);
  await page.keyboard.press('Escape');
});
