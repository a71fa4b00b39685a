import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { BpmnModdle } from 'bpmn-moddle';
import { DiagramTree, type Bo } from '../../lib/bpmn/edits/tree';
import { diProblems } from '../support/bpmn-di';
import { signIn, waitForCanvas } from './workspace-helpers';

// Lane and pool edits applied by bpmn-js in the real modeler — the browser twin of the moddle executor
// the unit tests cover: split a lane, the first pool of a diagram, a move into another pool. After each, what
// bpmn-js saves keeps the DI valid (lanes inside the pool, tiling it, elements in their lanes), every element
// survived, and one Ctrl+Z restores the diagram.

const ORDER_XML = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'diagrams', 'order-fulfilment.bpmn'), 'utf8');

async function openDiagram(page: Page, xml?: string): Promise<void> {
  await signIn(page, { prefix: 'lanes', name: 'Lane Splitter' });
  if (xml) {
    const res = await page.request.post('/api/diagrams', { data: { name: 'Orders', xml } });
    expect(res.status()).toBe(201);
    const { diagram } = (await res.json()) as { diagram: { id: string } };
    await page.goto(`/d/${diagram.id}`);
  }
  await waitForCanvas(page);
}

async function ask(page: Page, text: string) {
  const input = page.getByTestId('chat-input');
  await input.fill(text);
  await input.press('Enter');
}

async function canvasXml(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const svc = (window as unknown as { __procmodProposals?: { xml(): Promise<string> } }).__procmodProposals;
    if (!svc) throw new Error('proposal module not mounted');
    return svc.xml();
  });
}

async function read(xml: string) {
  const { rootElement } = await new BpmnModdle().fromXML(xml, 'bpmn:Definitions');
  return new DiagramTree(rootElement as unknown as Bo);
}

/** The diagram as a sorted list of facts (element, name, lane, refs, bounds). bpmn-js's undo of a lane split puts the
 *  restored flow elements back in another order and leaves an empty childLaneSet, so the text differs while the
 *  diagram is the same. */
async function facts(xml: string): Promise<string[]> {
  const t = await read(xml);
  const ref = (b: Bo | undefined) => (b as { id?: string } | undefined)?.id ?? '';
  return [...t.byId.values()]
    .filter((b) => !(b.$type === 'bpmn:LaneSet' && !(b.lanes ?? []).length))
    .map((b) => {
      const box = t.bounds(b);
      const lane = b.$instanceOf?.('bpmn:FlowNode') ? t.laneOf(b)?.id : '';
      return [b.id, b.$type, b.name ?? '', lane ?? '', ref(b.sourceRef), ref(b.targetRef), box ? `${box.x},${box.y},${box.width},${box.height}` : ''].join('|');
    })
    .sort();
}

const flowNodeIds = (t: DiagramTree) => [...t.byId.values()].filter((b) => b.$instanceOf?.('bpmn:FlowNode')).map((b) => b.id!).sort();

async function undo(page: Page) {
  await page.locator('.djs-container > svg').focus();
  await page.keyboard.press('Control+z');
}

test('split a lane from the chat: Apply draws the sub-lanes with valid DI; one Ctrl+Z restores it', async ({ page }) => {
  await openDiagram(page, ORDER_XML);
  await expect(page.locator('[data-element-id="Lane_Sales"]')).toBeAttached();
  const before = await canvasXml(page);
  await ask(page, 'split lane Sales into Inside sales and Field sales');
  const card = page.getByTestId('proposal-card');
  await expect(card).toContainText('Split lane "Sales" into "Inside sales" and "Field sales" (sub-lanes)', { timeout: 30_000 });
  await card.getByTestId('proposal-apply').click();
  await expect(page.getByTestId('proposal-entry')).toContainText('+2 lanes', { timeout: 15_000 });

  const after = await read(await canvasXml(page));
  const sales = after.byId.get('Lane_Sales')!;
  expect((sales.childLaneSet?.lanes ?? []).map((l: Bo) => l.name)).toEqual(['Inside sales', 'Field sales']);
  expect(diProblems(after)).toEqual([]);
  expect(flowNodeIds(after)).toEqual(flowNodeIds(await read(before)));
  expect(after.laneOf(after.byId.get('Task_CheckOrder')!)?.name).toBe('Inside sales');

  await undo(page);
  const want = await facts(before);
  await expect.poll(async () => facts(await canvasXml(page))).toEqual(want);
});

test('the first pool of a diagram, and a move into a black-box pool: bpmn-js keeps the DI valid; each is one undo step', async ({ page }) => {
  await openDiagram(page);
  const before = await canvasXml(page);
  await ask(page, 'add a pool Customer');
  const card = page.getByTestId('proposal-card');
  await expect(card).toContainText('Add pool "Customer" (the existing process becomes the pool', { timeout: 30_000 });
  await card.getByTestId('proposal-apply').click();
  await expect(page.getByTestId('proposal-entry')).toContainText('+2 pools', { timeout: 15_000 });
  const pooled = await read(await canvasXml(page));
  expect(pooled.participants.map((p) => p.name)).toEqual(['Process', 'Customer']);
  expect(pooled.participants[0]!.processRef?.flowElements?.length).toBeGreaterThan(0);
  expect(diProblems(pooled)).toEqual([]);
  expect(flowNodeIds(pooled)).toEqual(flowNodeIds(await read(before)));

  // Through the proposal module directly (the chat path is the same): a new task after the end's predecessor
  // moves into the customer's pool; its sequence flow becomes a message flow and the pool gets a process.
  const pooledXml = await canvasXml(page);
  const result = await page.evaluate(async () => {
    type Svc = { prepare(ops: unknown[], rev: null): Promise<{ ok: boolean; errors?: { message: string }[] }>; apply(o: unknown): void };
    const svc = (window as unknown as { __procmodProposals: Svc }).__procmodProposals;
    const outcome = await svc.prepare(
      [
        { op: 'addElement', type: 'userTask', name: 'Sign for it', id: 'Task_Sign' },
        { op: 'connect', from: 'Handle request', to: 'Task_Sign' },
        { op: 'moveToPool', element: 'Task_Sign', pool: 'Customer' },
      ],
      null,
    );
    if (outcome.ok) svc.apply(outcome);
    return outcome.ok ? 'applied' : outcome.errors!.map((e) => e.message).join('; ');
  });
  expect(result).toBe('applied');
  const moved = await read(await canvasXml(page));
  const customer = moved.participants.find((p) => p.name === 'Customer')!;
  expect(customer.processRef?.flowElements?.map((e: Bo) => e.id)).toEqual(['Task_Sign']);
  expect((moved.collaboration?.messageFlows ?? []).map((m: Bo) => [m.sourceRef.name, m.targetRef.id])).toEqual([['Handle request', 'Task_Sign']]);
  expect(diProblems(moved)).toEqual([]);

  await undo(page);
  await expect.poll(() => canvasXml(page)).toBe(pooledXml);
  await undo(page);
  await expect.poll(() => canvasXml(page)).toBe(before);
});
