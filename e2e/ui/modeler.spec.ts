import { expect, test, type Page } from '@playwright/test';
import { addTask, signIn, waitForCanvas } from './workspace-helpers';

async function centerOf(page: Page, elementId: string) {
  const b = (await page.locator(`.djs-element[data-element-id="${elementId}"] .djs-visual`).boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Draw a sequence flow from one element to another with the context pad's connect tool. */
async function connect(page: Page, fromId: string, toId: string) {
  // Clear the selection first, and click off-centre: a second click on the spot of the last one is a double click
  // (label editing) for the browser.
  const box = (await page.getByTestId('canvas').boundingBox())!;
  await page.mouse.click(box.x + box.width - 60, box.y + 60);
  const from = await centerOf(page, fromId);
  await page.mouse.click(from.x - 25, from.y + 22);
  await page.locator('.djs-context-pad [data-action="connect"]').click();
  const to = await centerOf(page, toId);
  await page.mouse.move(to.x - 10, to.y, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 2 });
  await page.mouse.click(to.x, to.y);
}

/** The id of the shape labelled `name` (external labels are separate `<id>_label` elements). */
const idOf = async (page: Page, name: string) => {
  const id = await page.locator('.djs-element', { has: page.locator('tspan', { hasText: name }) }).first().getAttribute('data-element-id');
  return id!.replace(/_label$/, '');
};

const saved = (page: Page) => expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

test('create a diagram, add two tasks with the palette, and find them after a reload (autosave)', async ({ page }) => {
  await signIn(page);
  await page.getByTestId('all-diagrams').click();
  await expect(page).toHaveURL(/\/diagrams$/);
  await page.getByTestId('new-diagram').click();
  await expect(page).toHaveURL(/\/d\/dgm_/);
  const url = page.url();
  await waitForCanvas(page);

  await addTask(page, 40, 190, 'Check stock');
  await addTask(page, 220, 190, 'Ship order');
  await expect(page.getByTestId('save-state')).not.toHaveAttribute('data-state', 'failed');
  await saved(page);

  await page.reload();
  await waitForCanvas(page);
  expect(page.url()).toBe(url);
  await expect(page.locator('.djs-element text', { hasText: 'Check stock' })).toBeVisible();
  await expect(page.locator('.djs-element text', { hasText: 'Ship order' })).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  // The list shows it with a thumbnail; the bpmn.io watermark is visible beside (never under) the chat pane.
  await page.goto(url);
  await waitForCanvas(page);
  const mark = (await page.locator('.bjs-powered-by').boundingBox())!;
  const chat = (await page.getByTestId('chat-pane').boundingBox())!;
  expect(mark.x + mark.width).toBeLessThanOrEqual(chat.x);
  await expect(page.locator('.bjs-powered-by')).toBeVisible();
});

test('export .bpmn and open it again as a new diagram', async ({ page }, testInfo) => {
  await signIn(page);
  await addTask(page, 60, 190, 'Exported task');
  await saved(page);

  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-bpmn').click()]);
  expect(download.suggestedFilename()).toBe('My-first-process.bpmn');
  const file = testInfo.outputPath('export.bpmn');
  await download.saveAs(file);

  const before = page.url();
  await page.getByTestId('open-file-input').setInputFiles(file);
  await expect(page).not.toHaveURL(before);
  await expect(page).toHaveURL(/\/d\/dgm_/);
  await waitForCanvas(page);
  await expect(page.getByTestId('diagram-name')).toHaveText('export');
  await expect(page.locator('.djs-element text', { hasText: 'Exported task' })).toBeVisible();
  await expect(page.locator('.djs-element text', { hasText: 'Handle request' })).toBeVisible();

  // A file that is not BPMN is refused in plain words, and nothing is created.
  await page.getByTestId('open-file-input').setInputFiles({ name: 'notes.xml', mimeType: 'text/xml', buffer: Buffer.from('<notes><n>hi</n></notes>') });
  await expect(page.getByTestId('modeler-notice')).toContainText('notes.xml could not be opened');
  await expect(page.getByTestId('modeler-notice')).toContainText(/not a BPMN 2.0 diagram|element this editor does not know/);
});

test('a dangling task gets a lint marker that disappears once it is connected', async ({ page }) => {
  await signIn(page);
  await expect(page.getByTestId('lint-toggle')).toHaveAttribute('aria-pressed', 'true');
  const taskId = await addTask(page, 150, 190, 'Loose end');
  const marker = page.locator(`.djs-overlays[data-container-id="${taskId}"] .djs-overlay-linting`);
  await expect(marker).toBeVisible();

  // The problems list names it, and clicking selects it.
  await page.getByTestId('problems-button').click();
  const item = page.getByTestId('problem-item').filter({ hasText: 'Loose end' }).filter({ hasText: 'not connected' });
  await expect(item).toBeVisible();
  await page.mouse.click(5, 5); // deselect
  await item.click();
  await expect(page.locator(`.djs-element.selected[data-element-id="${taskId}"]`)).toBeAttached();
  await page.getByRole('button', { name: 'Close problems' }).click();

  const handle = await idOf(page, 'Handle request');
  const end = await idOf(page, 'Request handled');
  await connect(page, handle, taskId);
  await connect(page, taskId, end);
  await expect(marker).toHaveCount(0);
  await saved(page);
});

test('the screenshot button hands a legible PNG File to the chat composer', async ({ page }) => {
  await signIn(page);
  await page.evaluate(() => {
    const w = window as unknown as { __shots: File[] };
    w.__shots = [];
    window.addEventListener('procmod:composer-files', (e) => w.__shots.push(...(e as CustomEvent<{ files: File[] }>).detail.files));
  });
  await page.getByTestId('screenshot').click();
  await expect(page.getByTestId('modeler-notice')).toContainText('screenshot');

  const info = await page.evaluate(async () => {
    const file = (window as unknown as { __shots: File[] }).__shots[0]!;
    const bmp = await createImageBitmap(file);
    const canvas = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const { data } = ctx.getImageData(0, 0, bmp.width, bmp.height);
    let sum = 0, sq = 0, dark = 0;
    const n = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const l = (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
      sum += l;
      sq += l * l;
      if (l < 100) dark++;
    }
    const mean = sum / n;
    const corner = Array.from(data.slice(0, 4));
    const bytes = new Uint8Array(await file.slice(0, 8).arrayBuffer());
    return { name: file.name, type: file.type, size: file.size, width: bmp.width, height: bmp.height, variance: sq / n - mean * mean, dark, corner, magic: Array.from(bytes), count: (window as unknown as { __shots: File[] }).__shots.length };
  });
  expect(info.count).toBe(1);
  expect(info.type).toBe('image/png');
  expect(info.name).toMatch(/^My-first-process-\d{8}-\d{6}\.png$/);
  expect(info.magic).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(Math.max(info.width, info.height)).toBeLessThanOrEqual(2048);
  // The starter diagram (~340 units wide) is drawn at 2 px per unit so 11 px labels stay legible.
  expect(info.width).toBeGreaterThan(600);
  expect(info.corner).toEqual([255, 255, 255, 255]);
  expect(info.variance).toBeGreaterThan(100);
  expect(info.dark).toBeGreaterThan(500);

  // The keyboard shortcut does the same; with an element selected only the selection is captured.
  const c = await centerOf(page, await idOf(page, 'Handle request'));
  await page.mouse.click(c.x, c.y);
  await page.keyboard.press('Control+Shift+S');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __shots: File[] }).__shots.length)).toBe(2);
  const sel = await page.evaluate(async () => {
    const f = (window as unknown as { __shots: File[] }).__shots[1]!;
    const bmp = await createImageBitmap(f);
    return { width: bmp.width, height: bmp.height, type: f.type };
  });
  expect(sel.type).toBe('image/png');
  expect(sel.width).toBeLessThan(info.width);
});

test('the ? overlay lists the shortcuts and the chat pane resizes, collapses and remembers it', async ({ page }) => {
  await signIn(page);
  // The chat composer takes the focus on load; shortcuts apply once you are on the canvas.
  const box = (await page.getByTestId('canvas').boundingBox())!;
  await page.mouse.click(box.x + box.width - 60, box.y + 60);
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts-overlay')).toContainText('Screenshot to chat');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts-overlay')).toBeHidden();

  const pane = page.getByTestId('chat-pane');
  const w0 = (await pane.boundingBox())!.width;
  await page.getByTestId('split-handle').focus();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(async () => (await pane.boundingBox())!.width).toBeGreaterThan(w0 + 50);
  const w1 = (await pane.boundingBox())!.width;
  await page.keyboard.press('Enter');
  await expect(pane).toBeHidden();
  await page.reload();
  await waitForCanvas(page);
  await expect(page.getByTestId('chat-pane')).toBeHidden();
  await page.getByTestId('chat-expand').click();
  await expect.poll(async () => Math.round((await page.getByTestId('chat-pane').boundingBox())!.width)).toBe(Math.round(w1));
});
