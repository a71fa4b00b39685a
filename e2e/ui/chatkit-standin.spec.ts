// The official element's path (CHAT_UI=chatkit) end to end, with a stand-in for <openai-chatkit> (the real bundle
// only loads from OpenAI's CDN). The spec starts its own server on another port with CHAT_UI=chatkit and no public
// origin configured (the build is the one playwright.config's server made), and a route answers the CDN script URL
// with e2e/ui/support-chatkit/standin-element.js. What the stand-in cannot prove: docs/chatkit-compat.md.
import { expect, test, type Page } from '@playwright/test';
import { addTask } from './workspace-helpers';
import { openWithStandin as open, standinOrigin, useStandinServer } from './support-chatkit/standin-server';

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: standinOrigin(90) });
useStandinServer(90);

const events = (page: Page) => page.evaluate(() => (window as unknown as { __standin: { events: string[] } }).__standin.events);

test('Screenshot lands in the element composer with a preview that loads although it was requested before the PUT', async ({ page }) => {
  await open(page);
  await page.getByTestId('screenshot').click();
  const preview = page.getByTestId('standin-preview');
  await expect(preview).toBeAttached({ timeout: 20_000 });
  expect(new URL((await preview.getAttribute('src'))!).origin).toBe(standinOrigin(90));
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 20_000 }).toBeGreaterThan(0);
  const log = await events(page);
  expect(log).toContain('upload:200');
  // The wrapper handed over files and then focused the composer.
  expect(log.indexOf('focusComposer')).toBeGreaterThan(log.findIndex((e) => e.startsWith('setComposerValue:files')));
  await expect(page.getByTestId('standin-input')).toBeFocused();
});

test('save before send, and the history is per diagram', async ({ page }) => {
  await open(page);
  const diagramA = new URL(page.url()).pathname.split('/').pop()!;
  // Saves are held for a moment, so an edit made just before sending is still unsaved when Send is pressed: the
  // wrapper must wait for the save to finish before threads.create goes out.
  const order: string[] = [];
  await page.route('**/api/diagrams/*/revisions', async (route) => {
    if (route.request().method() === 'POST') await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  // The save's response (headers) is seen before the page can act on it, so 'saved' precedes a threads.create that
  // waited for it; without the wait, threads.create goes out while the save is still held.
  page.on('response', (r) => {
    if (r.request().method() === 'POST' && /\/api\/diagrams\/[^/]+\/revisions$/.test(r.url())) order.push('saved');
  });
  page.on('request', (r) => {
    if (r.url().endsWith('/api/chatkit') && (r.postData() ?? '').includes('"threads.create"')) order.push('threads.create');
  });
  await addTask(page, 40, 190, 'Check stock');
  // The new task is selected, so it arrives as a tag (setComposerValue({ content }) replaces the composer, which is
  // why the question is typed after the edit); this question is about the whole diagram, so the tag is removed.
  const tag = page.getByTestId('standin-tag');
  await expect(tag).toHaveCount(1);
  await tag.getByRole('button').click();
  await expect(tag).toHaveCount(0);
  await page.getByTestId('standin-input').fill('How many tasks are there?');
  await page.getByTestId('standin-send').click();
  await expect(page.getByTestId('standin-thread')).toHaveCount(1, { timeout: 30_000 });
  expect(order.indexOf('saved')).toBeGreaterThanOrEqual(0);
  expect(order.indexOf('saved')).toBeLessThan(order.indexOf('threads.create'));
  await expect(page.getByTestId('standin-assistant_message').last()).toContainText(/2 tasks/);

  // Another diagram: its history is empty; back on the first one its thread is listed and reopened.
  const res = await page.request.post('/api/diagrams', { data: { name: 'Second' } });
  const { diagram } = await res.json();
  await page.goto(`/d/${diagram.id}`);
  await expect(page.getByTestId('standin')).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __standin: { history?: string[] } }).__standin.history)).toEqual([]);
  await page.goto(`/d/${diagramA}`);
  await expect(page.getByTestId('standin-thread')).toHaveCount(1);
  // Reload reopened the conversation last used on this diagram (initialThread).
  await expect(page.getByTestId('standin-user_message')).toContainText('How many tasks are there?');
});

test('the canvas selection becomes entity tags in the composer; "this" means them; the proposal card applies it', async ({ page }) => {
  await open(page);
  const task = page.locator('.djs-element.djs-shape[data-element-id^="Activity_"]').first();
  const taskId = (await task.getAttribute('data-element-id'))!;
  const bodies: Record<string, unknown>[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/chatkit') && r.method() === 'POST') bodies.push(JSON.parse(r.postData() ?? '{}'));
  });

  // Selected → one tag in the composer; removed → "this" has nothing to refer to, and the analyst says so.
  await task.click();
  const tag = page.getByTestId('standin-tag');
  await expect(tag).toHaveText(/Handle request/);
  await expect.poll(() => events(page)).toContain('setComposerValue:content');
  await tag.getByRole('button').click();
  await expect(tag).toHaveCount(0);
  await page.getByTestId('standin-input').fill('delete this');
  await page.getByTestId('standin-send').click();
  await expect(page.getByTestId('standin-assistant_message').last()).toContainText('nothing is selected', { timeout: 30_000 });

  // Select another element, then the task again: the tag follows the selection.
  await page.locator('.djs-element.djs-shape[data-element-id^="EndEvent_"]').first().click();
  await expect(tag).toHaveText(/Request handled/);
  await task.click();
  await expect(tag).toHaveText(/Handle request/);
  await expect(tag).toHaveAttribute('data-tag-id', taskId);
  await page.getByTestId('standin-input').fill('add a 2-day timer to this');
  await page.getByTestId('standin-send').click();

  // The message carried the tag (and no metadata.selection: the tags are the selection in this mode).
  const card = page.getByTestId('proposal-card');
  await expect(card).toContainText('Add a 2-day timer to "Handle request"', { timeout: 30_000 });
  const sent = bodies.filter((b) => b.type === 'threads.add_user_message').at(-1) as { params: { input: { content: { type: string; id?: string; data?: Record<string, string> }[] } }; metadata: Record<string, unknown> };
  expect(sent.params.input.content[0]).toMatchObject({ type: 'input_tag', id: taskId, data: { element_id: taskId, source: 'selection' } });
  expect(sent.metadata.selection).toBeUndefined();

  await card.getByTestId('proposal-apply').click();
  await expect(page.locator(`.djs-element[data-element-id^="Event_"]`).first()).toBeAttached({ timeout: 15_000 });
  await expect.poll(() => events(page)).toContain('clientTool:propose_diagram_change');
  await expect(page.getByTestId('standin-assistant_message').last()).toContainText('Done.', { timeout: 30_000 });
  const xml = await page.evaluate(async () => (window as unknown as { __procmodProposals: { xml(): Promise<string> } }).__procmodProposals.xml());
  expect(xml).toMatch(new RegExp(`<bpmn:boundaryEvent id="[^"]+" name="2 days" attachedToRef="${taskId}">`));
});
