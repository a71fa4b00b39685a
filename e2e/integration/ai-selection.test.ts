// Selection and lane/pool edits through the real /api/chatkit protocol with the offline analyst:
// a selection tag in the user content (what the ChatKit element sends) reaches the analyst as the element id, so
// "this" means it; other element tags are resolved by id; lane and pool requests become proposals or refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiagram } from '@/lib/diagrams';
import { createDiagramAnalyst } from '@/lib/ai';
import type { ClientToolCallItem, ThreadStreamEvent } from '@/lib/chatkit/types';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser, type TestUser } from '../support/users';
import { post, streamOf, testChatkitDeps, text } from './chatkit-helpers';
import { assistantOf, fixtureXml } from './ai-helpers';

let app: AppServer;
let user: TestUser;
let diagramId: string;
const deps = testChatkitDeps();

beforeAll(async () => {
  app = await startAppServer({ chatkit: deps.make });
  deps.use({ respond: createDiagramAnalyst({ delayMs: 0 }) });
  user = await makeUser();
  diagramId = (await createDiagram(user.id, { name: 'Order fulfilment', xml: fixtureXml('order-fulfilment') })).id;
});
afterAll(async () => {
  await app.close();
});

type Content = { type: 'input_text'; text: string } | { type: 'input_tag'; id: string; text: string; data?: Record<string, string>; interactive?: boolean };
const selectionTag = (id: string, name: string): Content => ({ type: 'input_tag', id, text: name, data: { kind: 'bpmn_element', element_id: id, element_type: 'UserTask', source: 'selection' }, interactive: true });
const send = async (content: Content[], metadata: Record<string, unknown> = {}) =>
  streamOf(await post(app, user, { type: 'threads.create', params: { input: { content, attachments: [], inference_options: {} } }, metadata: { diagram_id: diagramId, ...metadata } }));
const ask = async (question: string) => streamOf(await post(app, user, { type: 'threads.create', params: { input: text(question) }, metadata: { diagram_id: diagramId } }));
const callOf = (events: ThreadStreamEvent[]) =>
  events.flatMap((e) => (e.type === 'thread.item.done' && e.item.type === 'client_tool_call' ? [e.item as ClientToolCallItem] : [])).at(-1);
const changesOf = (events: ThreadStreamEvent[]) => (callOf(events)?.arguments as { changes: string[] } | undefined)?.changes;

describe('selection tags in the message (ChatKit element mode)', () => {
  it('"this" resolves to the selection tag the composer carried, with no metadata.selection', async () => {
    const events = await send([selectionTag('Task_PackGoods', 'Pack goods'), { type: 'input_text', text: 'add a 2-day timer to this' }]);
    expect(changesOf(events)?.[0]).toBe('Add a 2-day timer to "Pack goods"');
    expect((callOf(events)!.arguments as { operations: { element?: string }[] }).operations[0]!.element).toBe('Task_PackGoods');
  });

  it('a question about "this" is answered about the tagged element', async () => {
    const events = await send([selectionTag('Task_CheckOrder', 'Check order'), { type: 'input_text', text: 'what happens after this?' }]);
    expect(callOf(events)).toBeUndefined();
    expect(assistantOf(events).text).toContain('Order valid?');
  });

  it('a selection tag for an element the diagram does not have is ignored', async () => {
    const events = await send([selectionTag('Task_Forged', 'Pack goods'), { type: 'input_text', text: 'delete this' }]);
    expect(callOf(events)).toBeUndefined();
    expect(assistantOf(events).text).toContain('nothing is selected');
  });

  it('an @-mention tag (not the selection) names the element by id inside the command', async () => {
    const events = await send([
      { type: 'input_text', text: 'rename ' },
      { type: 'input_tag', id: 'Task_ShipOrder', text: 'Ship order', data: { kind: 'bpmn_element', element_id: 'Task_ShipOrder' }, interactive: true },
      { type: 'input_text', text: " to 'Dispatch order'" },
    ]);
    expect(changesOf(events)).toEqual(['Rename "Ship order" to "Dispatch order"']);
  });
});

describe('lane and pool requests (offline analyst)', () => {
  it('split a lane, English and German', async () => {
    const en = await ask('split lane Sales into Inside sales and Field sales');
    expect(changesOf(en)?.[0]).toMatch(/^Split lane "Sales" into "Inside sales" and "Field sales" \(sub-lanes\)/);
    expect(assistantOf(en).text).toContain('Problems check: fixes none, adds none');
    const de = await ask('teile die Lane Warehouse in Picking und Shipping auf');
    expect(changesOf(de)?.[0]).toMatch(/^Split lane "Warehouse" into "Picking" and "Shipping"/);
  });

  it('add a pool; a move to a pool that would cross a gateway is refused with the reason', async () => {
    expect(changesOf(await ask('add a pool Supplier'))).toEqual(['Add pool "Supplier"']);
    const refused = await ask("move 'Charge card' to pool Customer");
    expect(callOf(refused)).toBeUndefined();
    expect(assistantOf(refused).text).toMatch(/cannot send a message flow/);
    expect(assistantOf(refused).text).toContain('move \'Ship order\' to pool Supplier');
  });
});
