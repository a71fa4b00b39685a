// Assistant proposals and server-sent effects in element mode (CHAT_UI=chatkit), through the stand-in
// <openai-chatkit>: a pending client_tool_call reaches our onClientTool, the card over the element reviews it on the
// canvas, Apply/Discard resolve the call, the element posts threads.add_client_tool_output, and client_effect
// frames arrive at onEffect (highlight_elements marks elements on the canvas).
import { expect, test, type Page } from '@playwright/test';
import { openWithStandin, standinOrigin, useStandinServer } from './support-chatkit/standin-server';
import { canvasXml, openDiagram, revisionCount } from './proposal-helpers';

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: standinOrigin(91) });
useStandinServer(91);

type Log = { effects: { name: string; data: { element_ids: string[]; reason: string; diagram_id?: string } }[]; toolResults: Record<string, unknown>[] };
const log = (page: Page) => page.evaluate(() => (window as unknown as { __standin: Log }).__standin);

async function send(page: Page, text: string) {
  await page.getByTestId('standin-input').fill(text);
  await page.getByTestId('standin-send').click();
}

test('review, apply and undo a proposal in element mode; the change entry opens the diff; the added task is highlighted', async ({ page }) => {
  await openWithStandin(page);
  const diagramId = await openDiagram(page);
  await expect(page.getByTestId('standin')).toBeVisible();
  const before = await canvasXml(page);
  const revisionsBefore = await revisionCount(page, diagramId);

  await send(page, "add a task 'Check credit' after 'Receive order'");
  const card = page.getByTestId('proposal-card');
  await expect(card).toContainText('Add task "Check credit" after "Receive order"', { timeout: 30_000 });
  await expect(page.locator('.pm-prop-ghost', { hasText: 'Check credit' })).toBeVisible();
  expect(await canvasXml(page)).toBe(before);
  await page.screenshot({ path: 'test-results/standin-proposal.png' });

  await card.getByTestId('proposal-apply').click();
  const entry = page.getByTestId('proposal-entry-floating');
  await expect(entry).toContainText('Changed the diagram: +1 task, +1 flow');
  // The element got the outcome from onClientTool and sent it back; the server answered it.
  await expect(page.getByTestId('standin-assistant_message').last()).toContainText('Done. Changed the diagram', { timeout: 30_000 });
  await expect(page.getByTestId('standin-client_tool_call')).toHaveAttribute('data-status', 'completed');
  const after = await canvasXml(page);
  const taskId = /<bpmn:task id="([^"]+)" name="Check credit">/.exec(after)?.[1];
  expect(taskId).toBeTruthy();
  expect(after).toMatch(new RegExp(`sourceRef="Task_Receive" targetRef="${taskId}"`));
  const { toolResults, effects } = await log(page);
  expect(toolResults).toHaveLength(1);
  expect(toolResults[0]).toMatchObject({ status: 'applied', summary: 'Changed the diagram: +1 task, +1 flow' });
  await expect.poll(() => revisionCount(page, diagramId)).toBe(revisionsBefore + 1);
  const href = await entry.getByTestId('proposal-entry-diff').getAttribute('href');
  expect(href).toBe(`/d/${diagramId}/revisions/${toolResults[0]!.revision_id}`);
  // onEffect: the server pointed at what the change added, and the canvas marks it.
  const changed = effects.find((e) => e.data.reason === 'changed');
  expect(changed?.data.element_ids).toContain(taskId);
  await expect(page.locator(`.djs-element[data-element-id="${taskId}"].pm-highlight`)).toBeAttached();
  await page.screenshot({ path: 'test-results/standin-applied.png' });

  await page.locator('.djs-container > svg').focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => canvasXml(page)).toBe(before);
  await entry.getByRole('button', { name: 'Dismiss the change note' }).click();
  await expect(entry).toHaveCount(0);
});

test('discard in element mode leaves the diagram untouched and tells the server', async ({ page }) => {
  await openWithStandin(page);
  const diagramId = await openDiagram(page);
  const before = await canvasXml(page);
  const revisionsBefore = await revisionCount(page, diagramId);
  await send(page, "delete 'Ship order'");
  const card = page.getByTestId('proposal-card');
  await expect(card).toContainText('Remove task "Ship order"', { timeout: 30_000 });
  await expect(page.locator('.djs-element[data-element-id="Task_Ship"].pm-prop-removed')).toBeAttached();
  await card.getByTestId('proposal-discard').click();
  await expect(card).toHaveCount(0);
  await expect(page.getByTestId('standin-assistant_message').last()).toContainText('I left the diagram as it was', { timeout: 30_000 });
  expect((await log(page)).toolResults).toEqual([{ status: 'discarded', rejected: [0] }]);
  await expect(page.locator('.pm-prop-removed')).toHaveCount(0);
  expect(await canvasXml(page)).toBe(before);
  expect(await revisionCount(page, diagramId)).toBe(revisionsBefore);
});

test('an answer citing elements highlights them on the canvas through onEffect; a click clears the marks', async ({ page }) => {
  await openWithStandin(page);
  const diagramId = await openDiagram(page);
  await send(page, 'What comes after "Receive order"?');
  await expect(page.getByTestId('standin-assistant_message').last()).toContainText('Ship order', { timeout: 30_000 });
  await expect.poll(async () => (await log(page)).effects.length).toBe(1);
  const [fx] = (await log(page)).effects;
  expect(fx).toMatchObject({ name: 'highlight_elements', data: { reason: 'cited', diagram_id: diagramId } });
  expect(fx!.data.element_ids).toContain('Task_Ship');
  for (const id of fx!.data.element_ids) await expect(page.locator(`.djs-element[data-element-id="${id}"].pm-highlight`)).toBeAttached();
  await page.locator('[data-element-id="Task_Receive"]').click();
  await expect(page.locator('.pm-highlight')).toHaveCount(0);
});
