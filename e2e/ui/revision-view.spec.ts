import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { signIn, waitForCanvas } from './workspace-helpers';

// The read-only revision view, reached from its two entry points against the real app and the offline analyst:
// a citation of an element that is gone now, and the thread's "Changed the diagram" entry. Both by keyboard.

const fixture = (name: string) => fs.readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'diagrams', name), 'utf8');
// v1 → v2: "Log request" removed, "Notify employee" added, "Approve request" renamed.
const V1 = fixture('leave-request-v1.bpmn');
const V2 = fixture('leave-request-v2.bpmn');

async function openDiagram(page: Page, xml: string): Promise<{ id: string; revision: string }> {
  const res = await page.request.post('/api/diagrams', { data: { name: 'Leave request', xml } });
  expect(res.status()).toBe(201);
  const { diagram } = (await res.json()) as { diagram: { id: string; revision: { id: string } } };
  await page.goto(`/d/${diagram.id}`);
  await waitForCanvas(page);
  return { id: diagram.id, revision: diagram.revision.id };
}

async function ask(page: Page, text: string) {
  const input = page.getByTestId('chat-input');
  await input.fill(text);
  await input.press('Enter');
  await expect(page.getByTestId('assistant-message').last()).toHaveAttribute('data-streaming', 'false', { timeout: 30_000 });
}

test('a citation of an element removed since the answer opens the revision it was cited in, with the element selected', async ({ page }) => {
  await signIn(page, { prefix: 'revcite', name: 'Re Vision' });
  const d = await openDiagram(page, V1);
  await ask(page, 'What happens after Approve request?');
  await expect(page.getByTestId('assistant-message').last().locator('[data-testid="citation"][data-element-id="Task_Log"]').first()).toBeVisible();

  // The diagram changes afterwards (here through the API): Log request is gone from the current revision.
  const saved = await page.request.post(`/api/diagrams/${d.id}/revisions`, { data: { xml: V2 } });
  expect(saved.status()).toBe(201);
  await page.reload();
  await waitForCanvas(page);
  await expect(page.locator('.djs-element[data-element-id="Task_Notify"]')).toBeAttached();
  await expect(page.locator('.djs-element[data-element-id="Task_Log"]')).toHaveCount(0);

  // Keyboard: the citation is a button; Enter opens the revision view on revision 1.
  const cited = page.getByTestId('assistant-message').last().locator('[data-testid="citation"][data-element-id="Task_Log"]').first();
  await cited.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/d/${d.id}/revisions/${d.revision}\\?compare=current&element=Task_Log$`));
  const view = page.getByTestId('revision-view');
  await expect(view).toHaveAttribute('data-compare', 'current');
  await expect(page.getByTestId('revision-banner')).toContainText('This element was removed after this answer — viewing revision 1.');
  await expect(page.getByTestId('revision-title')).toHaveText('Leave request — revision 1 of 2');
  await expect(page.getByTestId('revision-title')).toBeFocused();

  // The element is selected and marked removed; what came after is outlined (added) or marked (changed).
  const log = page.locator('.djs-element[data-element-id="Task_Log"]');
  await expect(log).toHaveClass(/\bselected\b/);
  await expect(log).toHaveClass(/\bpm-prop-removed\b/);
  await expect(page.locator('.djs-element[data-element-id="Task_Approve"]')).toHaveClass(/\bpm-prop-changed\b/);
  const ghost = page.locator('[data-ghost="Task_Notify"][data-status="added"]');
  await expect(ghost).toContainText('Notify employee');
  // Notify employee was added where Log request stood: the two labels must not print over each other, and the
  // zoom buttons must not cover the bpmn.io logo.
  const apart = (a: { x: number; y: number; width: number; height: number } | null, b: typeof a) =>
    !!a && !!b && (a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y);
  expect(apart(await ghost.locator('span').boundingBox(), await log.locator('.djs-label, text').first().boundingBox())).toBe(true);
  expect(apart(await page.locator('.rev-zoom').boundingBox(), await page.locator('.bjs-powered-by').boundingBox())).toBe(true);
  await expect(page.getByTestId('revision-change')).toHaveText([
    'Added Notify employee', 'Changed Approve request', 'Changed Sequence flow (Flow_2)', 'Changed Sequence flow (Flow_3)', 'Removed Log request',
  ]);
  await page.screenshot({ path: test.info().outputPath('revision-from-citation.png') });

  // Back to the current diagram, where the conversation is still there.
  await page.getByTestId('revision-banner').getByRole('link', { name: 'Back to the current diagram' }).click();
  await expect(page).toHaveURL(new RegExp(`/d/${d.id}$`));
  await waitForCanvas(page);
  await expect(page.getByTestId('assistant-message').last()).toBeVisible();
});

test('the thread\'s change entry opens the revision diff; the change list selects by keyboard; loading and error states', async ({ page }) => {
  await signIn(page, { prefix: 'revdiff', name: 'Di Ff' });
  const d = await openDiagram(page, V1);
  await page.getByTestId('chat-input').fill("add a task 'Check budget' after 'Approve request'");
  await page.getByTestId('chat-input').press('Enter');
  const card = page.getByTestId('proposal-card');
  await expect(card).toBeVisible({ timeout: 30_000 });
  await card.getByTestId('proposal-apply').click();
  const entry = page.getByTestId('proposal-entry');
  await expect(entry).toContainText('Changed the diagram: +1 task, +1 flow');

  // Hold the view's data back once to see its loading state, then let it through.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/api/diagrams/*/revisions/*', async (route) => {
    await held;
    await route.continue();
  });
  await entry.getByTestId('proposal-entry-diff').click();
  await expect(page).toHaveURL(new RegExp(`/d/${d.id}/revisions/rev_`));
  await expect(page.getByTestId('revision-loading')).toBeVisible();
  release();
  await expect(page.getByTestId('revision-view')).toHaveAttribute('data-compare', 'previous');
  await page.unroute('**/api/diagrams/*/revisions/*');
  await expect(page.getByTestId('revision-title')).toHaveText('Leave request — revision 2 (current)');
  await expect(page.getByTestId('revision-banner')).toHaveCount(0);

  const added = page.getByTestId('revision-change').and(page.locator('[data-status="added"]'));
  await expect(added.filter({ hasText: 'Check budget' })).toHaveCount(1);
  const taskId = await added.filter({ hasText: 'Check budget' }).getAttribute('data-element-id');
  const task = page.locator(`.djs-element[data-element-id="${taskId}"]`);
  await expect(task).toHaveClass(/\bpm-rev-added\b/);
  // The flow that now ends at the new task was re-routed: changed, amber.
  await expect(page.locator('.djs-element[data-element-id="Flow_2"]')).toHaveClass(/\bpm-prop-changed\b/);

  // Keyboard: Tab reaches the change list; Enter selects that element on the canvas.
  await expect(task).not.toHaveClass(/\bselected\b/);
  const button = added.filter({ hasText: 'Check budget' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(task).toHaveClass(/\bselected\b/);
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: test.info().outputPath('revision-from-change-entry.png') });

  // Compare the same revision with the current diagram: it is the current one, so nothing differs.
  await page.getByRole('navigation', { name: 'Compare with' }).getByRole('link', { name: 'Current diagram' }).click();
  await expect(page.getByTestId('revision-view')).toHaveAttribute('data-compare', 'current');
  await expect(page.getByTestId('revision-no-changes')).toHaveText('Nothing to compare with.');

  // A revision that does not exist (or is someone else's): a clear error with the way back.
  await page.goto(`/d/${d.id}/revisions/rev_doesnotexist0000000000`);
  await expect(page.getByTestId('revision-error')).toContainText('This revision does not exist');
  await page.getByRole('link', { name: 'Back to the diagram' }).click();
  await expect(page).toHaveURL(new RegExp(`/d/${d.id}$`));
});
