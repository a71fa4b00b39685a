// Real-world files (vendor-style fixtures under e2e/fixtures/diagrams/import) opened with the Open button:
// each one draws every shape it has, or tells the user what is missing and why. Never a blank canvas without a
// message, never an uncaught page error.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { signIn, waitForCanvas } from './workspace-helpers';

const FIX = path.resolve(import.meta.dirname, '../fixtures/diagrams/import');

async function open(page: Page, file: string) {
  const before = page.url();
  await page.getByTestId('open-file-input').setInputFiles(path.join(FIX, file));
  await expect(page).not.toHaveURL(before, { timeout: 20_000 });
  await expect(page).toHaveURL(/\/d\/dgm_/);
  await expect(page.getByTestId('diagram-name')).toHaveText(file.replace(/\.bpmn$/, ''));
}

/** Shapes and connections the canvas draws. An external label (event, gateway, flow names) is an element of its own
 * in bpmn-js, `<owner id>_label`, drawn as a `djs-shape` too: it is not counted, as the file's DI has no shape for it. */
async function drawn(page: Page) {
  return page.evaluate(() => {
    const ids = (sel: string) => [...document.querySelectorAll(sel)].map((g) => g.getAttribute('data-element-id')!);
    const all = ids('.djs-element.djs-shape');
    const owners = new Set([...all, ...ids('.djs-element.djs-connection')]);
    const shapes = all.filter((id) => !(id.endsWith('_label') && owners.has(id.slice(0, -'_label'.length))));
    return { shapes: shapes.length, connections: owners.size - all.length };
  });
}

/** What the file's layout (DI) describes: one BPMNShape per shape, one BPMNEdge per connection, whatever the prefix. */
function diCounts(file: string) {
  const xml = fs.readFileSync(path.join(FIX, file), 'latin1');
  return { shapes: (xml.match(/<(\w+:)?BPMNShape[\s>]/g) ?? []).length, connections: (xml.match(/<(\w+:)?BPMNEdge[\s>]/g) ?? []).length };
}

/** What a file without DI has to be laid out: its flow nodes (shapes) and its sequence flows (connections). */
function semanticCounts(file: string) {
  const xml = fs.readFileSync(path.join(FIX, file), 'utf8');
  const children = [...xml.matchAll(/<(?:\w+:)?(\w+)\s+id="/g)].map((m) => m[1]!).filter((t) => !['definitions', 'process'].includes(t));
  const connections = children.filter((t) => t === 'sequenceFlow').length;
  return { shapes: children.length - connections, connections };
}

test('vendor-style files open with every shape drawn or with the right message', async ({ page }, testInfo) => {
  // A long user journey (several files or edits, each saved): more time than one page check on a busy machine.
  test.slow();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await signIn(page, { prefix: 'import', name: 'Ima Porter' });

  // QName-prefixed references: all five shapes and three flows, no notice at all.
  await open(page, 'qname-prefixes.bpmn');
  await expect(page.locator('[data-element-id="_Vtimer"]')).toBeAttached();
  await expect.poll(() => drawn(page)).toEqual(diCounts('qname-prefixes.bpmn'));
  await expect(page.getByTestId('modeler-notice')).toHaveCount(0);

  // Latin-1 with umlauts: decoded by the declared encoding; a declared encoding is no reason for a notice.
  await open(page, 'latin1-umlauts.bpmn');
  await expect(page.locator('.djs-element text', { hasText: 'Rechnung klären' })).toBeVisible();
  await expect(page.locator('.djs-element text', { hasText: 'Größe' })).toBeVisible();
  await expect(page.getByTestId('modeler-notice')).toHaveCount(0);

  // The plane names an empty process (or <definitions>): the pools and all their shapes are drawn.
  for (const f of ['plane-process-mismatch.bpmn', 'plane-definitions.bpmn']) {
    await open(page, f);
    await expect(page.locator('[data-element-id="Task_Bake"]')).toBeAttached();
    await expect.poll(() => drawn(page)).toEqual(diCounts(f));
    await expect(page.getByTestId('modeler-notice')).toContainText('The layout pointed at');
  }
  await page.screenshot({ path: testInfo.outputPath('import-plane-repaired.png') });

  // Collapsed sub-process: the message names it, and its button opens its sheet with the three steps.
  await open(page, 'collapsed-subprocess.bpmn');
  const notice = page.getByTestId('modeler-notice');
  await expect(notice).toContainText("3 steps are inside the collapsed sub-process 'Handle claim' — open it");
  await page.screenshot({ path: testInfo.outputPath('import-collapsed.png') });
  await page.getByTestId('notice-open-subprocess').click();
  await expect(page.locator('[data-element-id="Sub_Check"]')).toBeVisible();

  // A process no pool shows, dangling references, a data object drawn directly: each named, the rest drawn.
  await open(page, 'unpooled-dangling.bpmn');
  await expect(page.locator('[data-element-id="S_Call"]')).toBeAttached();
  await expect(page.getByTestId('modeler-notice')).toContainText("Elements of process 'Billing' are not shown by any pool");
  await expect(page.getByTestId('modeler-notice')).toContainText('2 references point at nothing (Gone_1, Gone_2)');
  await expect(page.getByTestId('modeler-notice')).toContainText('1 data object is placed directly');

  // No layout: offered, laid out, every element drawn and saved.
  await open(page, 'no-layout.bpmn');
  await expect(page.getByTestId('modeler-notice')).toContainText('no layout');
  await page.screenshot({ path: testInfo.outputPath('import-no-layout.png') });
  const generated = semanticCounts('no-layout.bpmn');
  await page.getByTestId('notice-auto-layout').click();
  await expect.poll(() => drawn(page)).toEqual(generated);
  await expect(page.getByTestId('modeler-notice')).toContainText(`all ${generated.shapes + generated.connections} elements placed`);
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  const id = /\/d\/(dgm_[^/?#]+)/.exec(page.url())![1];
  const stored = (await (await page.request.get(`/api/diagrams/${id}`)).json()).diagram.xml as string;
  expect(stored.match(/<bpmndi:BPMNShape /g)?.length).toBe(generated.shapes);
  expect(stored.match(/<bpmndi:BPMNEdge /g)?.length).toBe(generated.connections);
  await page.reload();
  await waitForCanvas(page);
  await expect.poll(() => drawn(page)).toEqual(generated);

  expect(errors).toEqual([]);
});

test('the API gives the same outcome as opening the file', async ({ page }) => {
  // A long user journey (several files or edits, each saved): more time than one page check on a busy machine.
  test.slow();
  await signIn(page, { prefix: 'import-api', name: 'Api Porter' });
  const res = await page.request.post('/api/diagrams?name=Rechnung', {
    headers: { 'content-type': 'application/xml' },
    data: fs.readFileSync(path.join(FIX, 'latin1-umlauts.bpmn')),
  });
  expect(res.status()).toBe(201);
  const body = await res.json();
  await page.goto(`/d/${body.diagram.id}`);
  await waitForCanvas(page);
  await expect(page.locator('.djs-element text', { hasText: 'Rechnung klären' })).toBeVisible();
  await expect.poll(() => drawn(page)).toEqual(diCounts('latin1-umlauts.bpmn'));

  const collapsed = await page.request.post('/api/diagrams', { data: { name: 'Claim', xml: fs.readFileSync(path.join(FIX, 'collapsed-subprocess.bpmn'), 'utf8') } });
  const c = await collapsed.json();
  await page.goto(`/d/${c.diagram.id}`);
  await waitForCanvas(page);
  await expect(page.getByTestId('modeler-notice')).toContainText(c.import.findings[0]);

  // Screenshot of a diagram with collapsed sub-processes offers their sheets; an empty sheet gives a message.
  await page.getByTestId('screenshot').click();
  await expect(page.getByTestId('screenshot-subprocesses')).toBeVisible();
  await page.getByTestId('screenshot-subprocesses').click();
  await expect(page.getByTestId('modeler-notice')).toContainText('1 sub-process sheet added to the chat.');
});

test('a screenshot of an empty canvas says so instead of sending a white image', async ({ page }) => {
  await signIn(page, { prefix: 'import-empty', name: 'Em Tee' });
  const empty = `<?xml version="1.0" encoding="UTF-8"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" id="D" targetNamespace="x"><bpmn:process id="P"/><bpmndi:BPMNDiagram id="Di"><bpmndi:BPMNPlane id="Pl" bpmnElement="P"/></bpmndi:BPMNDiagram></bpmn:definitions>`;
  const res = await page.request.post('/api/diagrams', { data: { name: 'Empty', xml: empty } });
  await page.goto(`/d/${(await res.json()).diagram.id}`);
  await expect(page.locator('.djs-palette')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('modeler-notice')).toContainText('This diagram is empty');
  await page.getByTestId('screenshot').click();
  await expect(page.getByTestId('modeler-notice')).toContainText('nothing on the canvas to capture');
});
