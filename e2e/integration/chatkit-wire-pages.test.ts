// items.list answered from the items' stored wire text (lib/store/wire.ts, eighth round of issue 16): the answer
// must be the bytes the payload path gives — the same rows with "wire" cleared, which is how every page was read
// before — for items of every shape and every write path, in both orders and across pages, with attachments (whose
// signed URLs are minted per read) among them; and a write that changes an item but not its wire text must not
// leave a stale answer behind. threads.list, whose text the statement builds from the columns, likewise: the bytes
// threadFromRow + threadToWire give for the same rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { newId } from '@/lib/ids';
import { addThreadItem, prismaStore } from '@/lib/store';
import { insertItem } from '@/lib/store/chatkit-store';
import type { PageRequest } from '@/lib/chatkit/store';
import type { ThreadItem } from '@/lib/chatkit/types';
import { EMPTY_PAGE, pageToWire, threadToWire } from '@/lib/chatkit/serialize';
import { createDiagram } from '@/lib/diagrams';
import { fixtureXml } from './ai-helpers';
import { startAppServer, type AppServer } from '../support/app-server';
import { makeUser, type TestUser } from '../support/users';
import { post, seedAttachment } from './chatkit-helpers';

let app: AppServer;
let ada: TestUser;

beforeAll(async () => {
  app = await startAppServer();
  ada = await makeUser();
});
afterAll(() => app.close());

const at = (i: number) => new Date(Date.UTC(2026, 2, 3, 9, 30, i, 250)).toISOString();

/** Every items.list page of the thread (following `after`) as the bytes the server sent. */
async function pages(threadId: string, params: Record<string, unknown>): Promise<string[]> {
  const out: string[] = [];
  let after: string | undefined;
  for (;;) {
    const res = await post(app, ada, { type: 'items.list', params: { thread_id: threadId, ...params, ...(after ? { after } : {}) } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const text = await res.text();
    out.push(text);
    const page = JSON.parse(text) as { has_more: boolean; after?: string };
    if (!page.has_more) return out;
    after = page.after;
  }
}

const wireRows = async (threadId: string) => db().threadItem.count({ where: { threadId, wire: { not: null } } });

/** The thread's answers from the stored wire texts, then from the payloads alone (every "wire" cleared). */
async function bothWays(threadId: string, shapes: Record<string, unknown>[]) {
  const fromWire = await Promise.all(shapes.map((p) => pages(threadId, p)));
  await db().threadItem.updateMany({ where: { threadId }, data: { wire: null } });
  const fromPayload = await Promise.all(shapes.map((p) => pages(threadId, p)));
  return { fromWire, fromPayload };
}

const PAGINGS = [{}, { order: 'asc' }, { limit: 2 }, { limit: 3, order: 'asc' }, { limit: 1 }];

describe('items.list from stored wire text', () => {
  it('answers the bytes the payload gives, for awkward JSON written through every write path', async () => {
    // Keys in jsonb's order differ from insertion order; integer-like keys sort first in JS; nulls are dropped,
    // also nested, but kept in arrays; numbers that print differently after a round trip through numeric.
    const awkward = {
      zebra: 1, '10': 'ten', '2': 'two', a: null, '': 'empty key', 'ü': { yy: [], z: {} }, '日本': '語',
      nums: [1e21, 5e-7, -0, 0.1, 12345678901234567890, 1.5, null], deep: { keep: [null, { drop: null, ok: true }] },
    };
    const quirky = 'quote " backslash \\ tab \t newline \n bell \u0007 line sep \u2028 emoji 😀 Grüße 日本語 <b>&amp;</b>';
    const thread = await prismaStore.createThread(ada.id, { metadata: {} }, {
      // The first message, in the thread's own transaction (Prisma's create).
      item: (threadId) => ({ type: 'user_message', id: newId('msg'), thread_id: threadId, created_at: at(0), content: [{ type: 'input_text', text: quirky }], attachments: [], inference_options: { tool_choice: null, model: 'x' } } as unknown as ThreadItem),
    });
    const t = thread.id;
    // One statement (insertOwnedItem).
    await addThreadItem(ada.id, t, { type: 'assistant_message', id: newId('msg'), thread_id: t, created_at: at(1), content: [{ type: 'output_text', text: quirky, annotations: [] }] });
    await addThreadItem(ada.id, t, { type: 'client_tool_call', id: newId('tc'), thread_id: t, created_at: at(2), status: 'pending', call_id: 'c1', name: 'apply_edits', arguments: awkward });
    // saveItem of a new item, then of the same id again (the update path, which keeps the row's time).
    const widget = { type: 'widget', id: newId('cti'), thread_id: t, created_at: at(3), widget: { type: 'Card', children: [{ type: 'Text', value: quirky, '3': null }] }, copy_text: undefined } as unknown as ThreadItem;
    await prismaStore.saveItem(ada.id, t, widget);
    const call = { type: 'client_tool_call', id: newId('tc'), thread_id: t, created_at: at(4), status: 'pending', call_id: 'c2', name: 'x', arguments: {} } as ThreadItem;
    await prismaStore.saveItem(ada.id, t, call);
    await prismaStore.saveItem(ada.id, t, { ...call, created_at: at(59), status: 'completed', output: awkward } as ThreadItem);
    // Inside a caller's transaction (a turn's interrupted note).
    await db().$transaction((tx) => insertItem(tx, ada.id, t, { type: 'task', id: newId('tsk'), thread_id: t, created_at: at(5), task: { type: 'custom', title: quirky, content: null } } as unknown as ThreadItem));
    await addThreadItem(ada.id, t, { type: 'end_of_turn', id: newId('end'), thread_id: t, created_at: at(6) });

    expect(await wireRows(t)).toBe(7);
    const { fromWire, fromPayload } = await bothWays(t, PAGINGS);
    expect(fromWire).toEqual(fromPayload);
    // And they say what was written (not two equal wrong answers).
    const [all] = fromWire[0]!.map((p) => JSON.parse(p) as { data: Record<string, unknown>[] });
    expect(all!.data).toHaveLength(7);
    const tool = all!.data.find((i) => i.call_id === 'c1')!;
    expect(tool.arguments).toEqual({ zebra: 1, '10': 'ten', '2': 'two', '': 'empty key', 'ü': { yy: [], z: {} }, '日本': '語', nums: [1e21, 5e-7, 0, 0.1, 12345678901234567890, 1.5, null], deep: { keep: [null, { ok: true }] } });
    const saved = all!.data.find((i) => i.call_id === 'c2')!;
    expect(saved).toMatchObject({ status: 'completed', created_at: at(4) });
    expect((all!.data.find((i) => i.type === 'assistant_message')!.content as { text: string }[])[0]!.text).toBe(quirky);
  });

  it('reads a user message with attachments through its payload (fresh signed URLs) on a page whose other items are wire text', async () => {
    const thread = await prismaStore.createThread(ada.id, { metadata: {} });
    const t = thread.id;
    const atc = await seedAttachment(ada.id, 'image', 'screen shot.png');
    await addThreadItem(ada.id, t, { type: 'assistant_message', id: newId('msg'), thread_id: t, created_at: at(10), content: [{ type: 'output_text', text: 'before', annotations: [] }] });
    await addThreadItem(ada.id, t, {
      type: 'user_message', id: newId('msg'), thread_id: t, created_at: at(11), content: [{ type: 'input_text', text: 'see the picture' }],
      attachments: [{ type: 'image', id: atc, name: 'screen shot.png', mime_type: 'image/png', preview_url: 'https://stale.example/never-stored' }], inference_options: {},
    } as ThreadItem);
    await addThreadItem(ada.id, t, { type: 'assistant_message', id: newId('msg'), thread_id: t, created_at: at(12), content: [{ type: 'output_text', text: 'after', annotations: [] }] });
    expect(await wireRows(t)).toBe(2); // the message with the attachment has none

    // Signed URLs carry their expiry, so two reads a second apart differ there and only there.
    const unsigned = (s: string) => s.replace(/(\/api\/files\/[^"?]+)\?[^"]*/g, '$1?SIGNED');
    const { fromWire, fromPayload } = await bothWays(t, [{}, { limit: 1, order: 'asc' }]);
    expect(fromWire.map((p) => p.map(unsigned))).toEqual(fromPayload.map((p) => p.map(unsigned)));
    const page = JSON.parse(fromWire[0]![0]!) as { data: { attachments?: { id: string; preview_url?: string }[] }[] };
    const [attachment] = page.data[1]!.attachments!;
    expect(attachment!.id).toBe(atc);
    expect(attachment!.preview_url).toMatch(new RegExp(`^${app.url}/api/files/${atc}\\?.*sig=`));
    expect(fromWire[0]![0]).not.toContain('stale.example');
  });

  it('leaves no stale answer when a write changes an item but not its wire text', async () => {
    const thread = await prismaStore.createThread(ada.id, { metadata: {} });
    const t = thread.id;
    const item: ThreadItem = { type: 'assistant_message', id: newId('msg'), thread_id: t, created_at: at(20), content: [{ type: 'output_text', text: 'first words', annotations: [] }] };
    await addThreadItem(ada.id, t, item);
    expect(await wireRows(t)).toBe(1);
    // A writer that knows nothing of the column (a script, a future query) edits the payload only.
    await db().$executeRaw`UPDATE "ThreadItem" SET "payload" = jsonb_set("payload", '{content,0,text}', '"second words"') WHERE "id" = ${item.id}`;
    expect(await wireRows(t)).toBe(0);
    const [page] = await pages(t, {});
    expect(JSON.parse(page!).data[0].content[0].text).toBe('second words');
    // Writing it through the store makes it wire text again.
    await prismaStore.saveItem(ada.id, t, { ...item, content: [{ type: 'output_text', text: 'third words', annotations: [] }] });
    expect(await wireRows(t)).toBe(1);
    expect(JSON.parse((await pages(t, {}))[0]!).data[0].content[0].text).toBe('third words');
  });
});

describe('threads.list as text built in the statement', () => {
  it('answers the bytes the rows give through threadToWire, for awkward titles and every status, in every paging', async () => {
    const user = await makeUser();
    const diagram = await createDiagram(user.id, { name: 'D', xml: fixtureXml('order-fulfilment') });
    const titles = [null, '', 'plain', 'quote " backslash \\ tab \t newline \n bell \u0007 nul-ish \u001f del \u007f', 'line sep \u2028 para \u2029 emoji 😀 Grüße 日本語 <b>&amp;</b> /slash'];
    const statuses: [string, string | null][] = [['active', null], ['locked', 'Read only: "archived"\n'], ['closed', null], ['locked', ''], ['closed', 'done'], ['archived', 'not a status we know']];
    const ids: string[] = [];
    for (let i = 0; i < 9; i++) {
      const t = await prismaStore.createThread(user.id, { ...(titles[i % titles.length] !== null ? { title: titles[i % titles.length]! } : {}), metadata: i % 3 ? { diagram_id: diagram.id, other: 'kept server-side' } : {} });
      const [status, reason] = statuses[i % statuses.length]!;
      // Two threads share a time, so the id breaks the tie (and the cursor must honour it).
      await db().thread.update({ where: { id: t.id }, data: { status, statusReason: reason, createdAt: new Date(Date.UTC(2026, 2, 3, 9, 30, i === 5 ? 4 : i, 7 * i)) } });
      ids.push(t.id);
    }
    /** Every page (following `after`): the server's bytes, and the object path's for the same request. */
    const both = async (params: { limit?: number; order?: 'asc' | 'desc' }, diagramId?: string) => {
      const got: string[] = [];
      const want: string[] = [];
      let after: string | undefined;
      for (;;) {
        const res = await post(app, user, { type: 'threads.list', params: { ...params, ...(after ? { after } : {}) }, ...(diagramId ? { metadata: { diagram_id: diagramId } } : {}) });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/json');
        got.push(await res.text());
        const page: PageRequest = { limit: params.limit ?? 20, order: params.order ?? 'desc', ...(after ? { after } : {}) };
        const objects = await prismaStore.loadThreads(user.id, page, diagramId ? { diagramId } : {});
        want.push(JSON.stringify(pageToWire(objects, (t) => threadToWire(t, EMPTY_PAGE))));
        if (!objects.has_more) return { got, want };
        after = objects.after;
      }
    };
    for (const [params, diagramId] of [[{}], [{ order: 'asc' }], [{ limit: 2 }], [{ limit: 4, order: 'asc' }], [{ limit: 1 }], [{}, diagram.id], [{ limit: 2, order: 'asc' }, diagram.id]] as const) {
      const { got, want } = await both(params, diagramId);
      expect(got).toEqual(want);
    }
    // And they say what is stored (not two equal wrong answers).
    const all = JSON.parse((await both({ order: 'asc' })).got[0]!) as { data: Record<string, unknown>[]; has_more: boolean };
    expect(all.has_more).toBe(false);
    expect(all.data.map((t) => t.id)).toEqual(await db().thread.findMany({ where: { userId: user.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }).then((r) => r.map((x) => x.id)));
    const first = all.data.find((t) => t.id === ids[1])!;
    expect(first).toEqual({ id: ids[1], title: '', created_at: '2026-03-03T09:30:01.007Z', status: { type: 'locked', reason: 'Read only: "archived"\n' }, items: { data: [], has_more: false } });
    expect(all.data.find((t) => t.id === ids[0])).not.toHaveProperty('title');
    expect(all.data.find((t) => t.id === ids[3])!.status).toEqual({ type: 'locked' });
    expect(all.data.find((t) => t.id === ids[5])!.status).toEqual({ type: 'active' });
    expect(all.data.find((t) => t.id === ids[3])!.title).toBe(titles[3]);
    expect(JSON.stringify(all)).not.toContain('kept server-side');
    // A cursor that is not the user's is a 404, as on the object path.
    const stranger = await makeUser();
    const res = await post(app, stranger, { type: 'threads.list', params: { after: ids[0] } });
    expect(res.status).toBe(404);
  });
});
