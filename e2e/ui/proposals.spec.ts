import { expect, test, type Page } from '@playwright/test';
import { signIn, waitForCanvas } from './workspace-helpers';
import { canvasXml, openDiagram, revisionCount } from './proposal-helpers';

// Assistant proposals (issues 12 + 17) with the offline analyst: previewed on the canvas, applied as one undo step.

async function openOrderDiagram(page: Page): Promise<string> {
  await signIn(page, { prefix: 'edits', name: 'Ed Its' });
  return openDiagram(page);
}

async function ask(page: Page, text: string) {
  const input = page.getByTestId('chat-input');
  await input.fill(text);
  await input.press('Enter');
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
  // The entry opens the revision diff of exactly the revision the change was saved as.
  const revisions = ((await (await page.request.get(`/api/diagrams/${diagramId}/revisions`)).json()) as { revisions: { id: string }[] }).revisions;
  const saved = revisions.map((r) => r.id).filter((id) => id.startsWith('rev_'));
  const href = await entry.getByTestId('proposal-entry-diff').getAttribute('href');
  expect(href).toMatch(new RegExp(`^/d/${diagramId}/revisions/rev_[^/?]+$`));
  expect(saved).toContain(href!.split('/').pop());
  // The analyst confirms after the tool output came back; the server's highlight effect points at the new task.
  await expect(page.getByTestId('assistant-message').last()).toContainText('Done. Changed the diagram', { timeout: 30_000 });
  await expect(page.locator(`.djs-element[data-element-id="${taskId}"].pm-highlight`)).toBeAttached();
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
  await expect(page.getByTestId('diagram-name')).toHaveText('Order handling');
  await expect(page.locator('.djs-element.djs-shape', { hasText: 'Archive order' })).toBeAttached();
  const xml = await canvasXml(page);
  for (const step of ['Receive order', 'Check stock', 'In stock?', 'Ship the goods', 'Notify the customer', 'Send invoice', 'Archive order']) expect(xml).toContain(`name="${step}"`);
  expect(xml.match(/<bpmn:task /g)).toHaveLength(6);
  // Everything is laid out: start, 6 tasks, split and merge gateway and the end each have a shape.
  expect(xml.match(/<bpmndi:BPMNShape /g)).toHaveLength(10);
});
