// The Store's hot paths, written as single raw statements (issue 16), against the real database: every answer is
// compared with the rows read directly, and ownership, cursors, hidden items and an expired turn behave as before.
// The two pages and the token lookup go through the driver, not Prisma (lib/db.ts rawQuery): their timestamps and
// errors are checked here too.
import { beforeAll, describe, expect, it } from 'vitest';
import { db, dbKind, Prisma, rawQuery } from '@/lib/db';
import { reloadEnv } from '@/lib/env';
import { createApiToken, findLiveToken } from '@/lib/auth/tokens';
import { addThreadItem, prismaStore } from '@/lib/store';
import { threadItemsPageQuery, threadsPageQuery } from '@/lib/store/chatkit-store';
import { toAppError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { createDiagram, saveRevision } from '@/lib/diagrams';
import type { PageRequest } from '@/lib/chatkit/store';
import type { ThreadItem } from '@/lib/chatkit/types';
import { makeUser, type TestUser } from '../support/users';
import { fixtureXml } from './ai-helpers';

let ada: TestUser;
let bob: TestUser;

beforeAll(async () => {
  ada = await makeUser();
  bob = await makeUser();
});

const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, i)).toISOString();
const assistant = (threadId: string, i: number, text = `answer ${i}`): ThreadItem => ({
  type: 'assistant_message', id: newId('msg'), thread_id: threadId, created_at: at(i), content: [{ type: 'output_text', text, annotations: [] }],
});
const hiddenNote = (threadId: string, i: number): ThreadItem => ({
  type: 'sdk_hidden_context', id: newId('shcx'), thread_id: threadId, created_at: at(i), content: `note ${i}`,
});
const codeOf = async (p: Promise<unknown>) => p.then(() => 'resolved', (err) => `${toAppError(err).code}: ${toAppError(err).message}`);

/** Every page of the thread by following `after`, as ids. */
async function walk(userId: string, threadId: string, page: Omit<PageRequest, 'after'>, includeHidden = false): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  for (;;) {
    const p = await prismaStore.loadThreadItems(userId, threadId, { ...page, after }, { includeHidden });
    ids.push(...p.data.map((i) => i.id));
    if (!p.has_more) return ids;
    after = p.after;
  }
}

describe('loadThreadItems (one statement)', () => {
  it('pages in both orders, hidden items only when asked, exactly the rows in the database', async () => {
    const thread = await prismaStore.createThread(ada.id, { metadata: {} });
    const written: ThreadItem[] = [];
    for (let i = 0; i < 7; i++) written.push(i % 3 === 2 ? hiddenNote(thread.id, i) : assistant(thread.id, i));
    for (const item of written) await addThreadItem(ada.id, thread.id, item);

    const rows = await db().threadItem.findMany({ where: { threadId: thread.id }, orderBy: { seq: 'asc' } });
    const all = rows.map((r) => r.id);
    const visible = rows.filter((r) => !r.hidden).map((r) => r.id);
    expect(all).toEqual(written.map((i) => i.id));
    expect(visible.length).toBe(5);

    expect(await walk(ada.id, thread.id, { limit: 2, order: 'asc' })).toEqual(visible);
    expect(await walk(ada.id, thread.id, { limit: 2, order: 'desc' })).toEqual([...visible].reverse());
    expect(await walk(ada.id, thread.id, { limit: 3, order: 'asc' }, true)).toEqual(all);
    expect(await walk(ada.id, thread.id, { limit: 3, order: 'desc' }, true)).toEqual([...all].reverse());

    // The items come back as written (columns and payload), and the page says whether there is more.
    const first = await prismaStore.loadThreadItems(ada.id, thread.id, { limit: 5, order: 'asc' });
    expect(first.data).toEqual(written.filter((i) => i.type !== 'sdk_hidden_context'));
    expect(first).toMatchObject({ has_more: false });
    expect(first.after).toBeUndefined();
  });

  it('an empty thread is an empty page; missing, not yours and a foreign cursor are 404s', async () => {
    const empty = await prismaStore.createThread(ada.id, { metadata: {} });
    expect(await prismaStore.loadThreadItems(ada.id, empty.id, { limit: 20, order: 'desc' })).toEqual({ data: [], has_more: false });

    const other = await prismaStore.createThread(ada.id, { metadata: {} });
    const otherItem = assistant(other.id, 1);
    await addThreadItem(ada.id, other.id, otherItem);
    const page = { limit: 20, order: 'desc' as const };
    expect(await codeOf(prismaStore.loadThreadItems(bob.id, other.id, page))).toBe('notFound: Thread not found');
    expect(await codeOf(prismaStore.loadThreadItems(ada.id, newId('thr'), page))).toBe('notFound: Thread not found');
    expect(await codeOf(prismaStore.loadThreadItems(ada.id, empty.id, { ...page, after: otherItem.id }))).toBe('notFound: Item not found');
    expect(await codeOf(prismaStore.loadThreadItems(ada.id, other.id, { ...page, after: newId('msg') }))).toBe('notFound: Item not found');
    expect(await codeOf(prismaStore.loadThreadItems(bob.id, other.id, { ...page, after: otherItem.id }))).toBe('notFound: Thread not found');
    // The last item as cursor: an empty page, not a 404.
    expect(await prismaStore.loadThreadItems(ada.id, other.id, { limit: 20, order: 'asc', after: otherItem.id })).toEqual({ data: [], has_more: false });
  });

  it('with `interrupted`, an expired turn is settled once (item stored, thread freed); a live one is left alone', async () => {
    const thread = await prismaStore.createThread(ada.id, { metadata: {} });
    await addThreadItem(ada.id, thread.id, assistant(thread.id, 1));
    const interrupted = () => assistant(thread.id, 2, 'interrupted');
    const page = { limit: 20, order: 'desc' as const };

    // A live lease: nothing happens.
    await db().thread.update({ where: { id: thread.id }, data: { turnId: 'turn_live', turnExpiresAt: new Date(Date.now() + 60_000) } });
    expect((await prismaStore.loadThreadItems(ada.id, thread.id, page, { interrupted })).data).toHaveLength(1);
    expect(await db().thread.findUnique({ where: { id: thread.id }, select: { turnId: true } })).toEqual({ turnId: 'turn_live' });

    // Expired, but the caller did not ask: still nothing.
    await db().thread.update({ where: { id: thread.id }, data: { turnExpiresAt: new Date(Date.now() - 1000) } });
    expect((await prismaStore.loadThreadItems(ada.id, thread.id, page)).data).toHaveLength(1);

    // Another user's read never settles ada's thread.
    expect(await codeOf(prismaStore.loadThreadItems(bob.id, thread.id, page, { interrupted }))).toBe('notFound: Thread not found');
    expect(await db().threadItem.count({ where: { threadId: thread.id } })).toBe(1);

    const settled = await prismaStore.loadThreadItems(ada.id, thread.id, page, { interrupted });
    expect(settled.data.map((i) => i.type === 'assistant_message' && i.content[0]!.text)).toEqual(['interrupted', 'answer 1']);
    expect(await db().thread.findUnique({ where: { id: thread.id }, select: { turnId: true, turnExpiresAt: true, itemCount: true } }))
      .toEqual({ turnId: null, turnExpiresAt: null, itemCount: 2 });
    expect((await prismaStore.loadThreadItems(ada.id, thread.id, page, { interrupted })).data).toHaveLength(2);
  });
});

describe("the list pages' plans", () => {
  type PlanNode = { 'Node Type'?: string; 'Relation Name'?: string; 'Index Name'?: string; 'Rows Removed by Filter'?: number; 'Actual Rows'?: number; 'Actual Loops'?: number; Plans?: PlanNode[] };
  const itemScans = (query: Prisma.Sql) => scansOf(query, 'ThreadItem');
  /** Every scan of `table` in the statement's executed plan. */
  async function scansOf(query: Prisma.Sql, table: string): Promise<PlanNode[]> {
    const [row] = await rawQuery<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>({ text: `EXPLAIN (ANALYZE, FORMAT JSON) ${query.text}`, values: query.values });
    const scans: PlanNode[] = [];
    const walk = (n: PlanNode) => {
      if (n['Relation Name'] === table) scans.push(n);
      n.Plans?.forEach(walk);
    };
    walk(row!['QUERY PLAN'][0].Plan);
    return scans;
  }

  it("a history page reads its own rows, however many conversations the user and others have", async () => {
    const many = await makeUser();
    const threads = (userId: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: newId('thr'), userId, title: `t${i}`, metadata: {}, createdAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000) }));
    await db().thread.createMany({ data: [...threads(many.id, 1500), ...threads(bob.id, 1500)] });
    await db().$executeRawUnsafe('ANALYZE "Thread"');
    for (const order of ['desc', 'asc'] as const) {
      const scans = await scansOf(threadsPageQuery(many.id, { limit: 20, order }), 'Thread');
      const read = scans.reduce((t, s) => t + ((s['Actual Rows'] ?? 0) + (s['Rows Removed by Filter'] ?? 0)) * (s['Actual Loops'] ?? 1), 0);
      expect(read, JSON.stringify(scans.map((s) => [s['Node Type'], s['Index Name'], s['Actual Rows'], s['Rows Removed by Filter']]))).toBeLessThanOrEqual(21);
    }
  });

  it("an older conversation's page reads its own rows, not every newer item of other threads", async () => {
    const older = await prismaStore.createThread(ada.id, { metadata: {} });
    const base = Date.UTC(2026, 0, 1);
    const rows = (threadId: string, userId: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: newId('msg'), threadId, userId, type: 'assistant_message', payload: { type: 'assistant_message', content: [] }, createdAt: new Date(base + i * 1000) }));
    await db().threadItem.createMany({ data: rows(older.id, ada.id, 40) });
    // Another user's conversation, written after it: its items have the newer "seq"s.
    const newer = await prismaStore.createThread(bob.id, { metadata: {} });
    await db().threadItem.createMany({ data: rows(newer.id, bob.id, 2000) });
    await db().$executeRawUnsafe('ANALYZE "ThreadItem"');
    const ids = (await db().threadItem.findMany({ where: { threadId: older.id }, orderBy: { seq: 'asc' }, select: { id: true } })).map((r) => r.id);

    for (const page of [{ limit: 20, order: 'desc' }, { limit: 20, order: 'asc' }, { limit: 20, order: 'desc', after: ids[30] }, { limit: 20, order: 'asc', after: ids[5] }] as PageRequest[]) {
      const scans = await itemScans(threadItemsPageQuery(ada.id, older.id, page, false));
      // The page's rows (limit + 1) and the cursor's: nothing of the newer thread is read and thrown away.
      const read = scans.reduce((t, s) => t + ((s['Actual Rows'] ?? 0) + (s['Rows Removed by Filter'] ?? 0)) * (s['Actual Loops'] ?? 1), 0);
      expect(read, JSON.stringify(scans.map((s) => [s['Index Name'], s['Actual Rows'], s['Rows Removed by Filter']]))).toBeLessThanOrEqual(page.limit + 2);
      const got = (await prismaStore.loadThreadItems(ada.id, older.id, page)).data.map((i) => i.id);
      const from = page.after ? ids.indexOf(page.after) : page.order === 'desc' ? ids.length : -1;
      expect(got).toEqual(page.order === 'desc' ? ids.slice(0, from).reverse().slice(0, 20) : ids.slice(from + 1, from + 21));
    }
  });

  it("a long conversation's page reads its own rows when many users each have one (the owner's index is no shortcut)", async () => {
    // Items of one thread all carry its owner: the planner, taking "threadId" and "userId" as independent, saw the
    // owner's rows AND the thread's range as few and read the whole thread through both indexes, then sorted it
    // (1,000 rows for a 21-row page in the seventh round's bench database).
    const base = Date.UTC(2026, 1, 1);
    const users = await Promise.all(Array.from({ length: 12 }, () => makeUser()));
    const threads = await Promise.all(users.map((u) => prismaStore.createThread(u.id, { metadata: {} })));
    await db().threadItem.createMany({
      data: threads.flatMap((t, k) => Array.from({ length: 400 }, (_, i) => ({ id: newId('msg'), threadId: t.id, userId: users[k]!.id, type: 'assistant_message', payload: { type: 'assistant_message', content: [] }, createdAt: new Date(base + i * 1000) }))),
    });
    await db().$executeRawUnsafe('ANALYZE "ThreadItem"');
    const [user, thread] = [users[5]!, threads[5]!];
    const ids = (await db().threadItem.findMany({ where: { threadId: thread.id }, orderBy: { seq: 'asc' }, select: { id: true } })).map((r) => r.id);
    for (const page of [{ limit: 20, order: 'desc' }, { limit: 20, order: 'asc' }, { limit: 20, order: 'desc', after: ids[200] }] as PageRequest[]) {
      const scans = await itemScans(threadItemsPageQuery(user.id, thread.id, page, false));
      const read = scans.reduce((t, s) => t + ((s['Actual Rows'] ?? 0) + (s['Rows Removed by Filter'] ?? 0)) * (s['Actual Loops'] ?? 1), 0);
      expect(read, JSON.stringify(scans.map((s) => [s['Node Type'], s['Index Name'], s['Actual Rows'], s['Rows Removed by Filter']]))).toBeLessThanOrEqual(page.limit + 2);
      const got = (await prismaStore.loadThreadItems(user.id, thread.id, page)).data.map((i) => i.id);
      const from = page.after ? ids.indexOf(page.after) : page.order === 'desc' ? ids.length : -1;
      expect(got).toEqual(page.order === 'desc' ? ids.slice(0, from).reverse().slice(0, 20) : ids.slice(from + 1, from + 21));
    }
    // The owner check still holds: another user asking for this thread gets the 404, not its items.
    expect(await codeOf(prismaStore.loadThreadItems(users[6]!.id, thread.id, { limit: 20, order: 'desc' }))).toBe('notFound: Thread not found');
  });
});

describe('addThreadItem (one statement)', () => {
  it('stores the item and moves the thread counters; another user\'s or a missing thread is a 404 that writes nothing', async () => {
    const thread = await prismaStore.createThread(ada.id, { metadata: {} });
    const before = await db().thread.findUniqueOrThrow({ where: { id: thread.id } });
    const item = assistant(thread.id, 5);
    await addThreadItem(ada.id, thread.id, item);
    expect(await prismaStore.loadItem(ada.id, thread.id, item.id)).toEqual(item);
    const after = await db().thread.findUniqueOrThrow({ where: { id: thread.id } });
    expect(after.itemCount).toBe(before.itemCount + 1);
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
    const row = await db().threadItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(row).toMatchObject({ userId: ada.id, threadId: thread.id, type: 'assistant_message', text: 'answer 5', hidden: false, diagramRevisionId: null });

    const note = hiddenNote(thread.id, 6);
    await addThreadItem(ada.id, thread.id, note);
    expect(await db().threadItem.findUniqueOrThrow({ where: { id: note.id }, select: { hidden: true } })).toEqual({ hidden: true });

    const stray = assistant(thread.id, 7);
    expect(await codeOf(addThreadItem(bob.id, thread.id, stray))).toBe('notFound: Thread not found');
    expect(await codeOf(addThreadItem(ada.id, newId('thr'), stray))).toBe('notFound: Thread not found');
    expect(await db().threadItem.findUnique({ where: { id: stray.id } })).toBeNull();
    expect((await db().thread.findUniqueOrThrow({ where: { id: thread.id } })).itemCount).toBe(before.itemCount + 2);

    // A reused id is refused and the counter does not move (the statement is atomic).
    expect(await codeOf(addThreadItem(ada.id, thread.id, { ...item, created_at: at(9) }))).toMatch(/^conflict: /);
    expect((await db().thread.findUniqueOrThrow({ where: { id: thread.id } })).itemCount).toBe(before.itemCount + 2);
  });

  it('a user message is stored with the current revision of the thread\'s diagram, or of the one the request names', async () => {
    const mine = await createDiagram(ada.id, { name: 'Orders', xml: fixtureXml('order-fulfilment') });
    const open = await createDiagram(ada.id, { name: 'Open one', xml: fixtureXml('order-fulfilment') });
    const bobs = await createDiagram(bob.id, { name: 'Bob', xml: fixtureXml('order-fulfilment') });
    const thread = await prismaStore.createThread(ada.id, { metadata: { diagram_id: mine.id } });
    const msg = (i: number): ThreadItem => ({ type: 'user_message', id: newId('msg'), thread_id: thread.id, created_at: at(i), content: [{ type: 'input_text', text: `q${i}` }], attachments: [], inference_options: {} });
    const revisionOf = async (diagramId: string) => (await db().diagramRevision.findFirstOrThrow({ where: { diagramId }, orderBy: { createdAt: 'desc' } })).id;

    const a = msg(1);
    await addThreadItem(ada.id, thread.id, a);
    const b = msg(2);
    await addThreadItem(ada.id, thread.id, b, { diagramId: open.id });
    const rows = await db().threadItem.findMany({ where: { id: { in: [a.id, b.id] } }, select: { id: true, diagramRevisionId: true } });
    expect(new Map(rows.map((r) => [r.id, r.diagramRevisionId]))).toEqual(new Map([[a.id, await revisionOf(mine.id)], [b.id, await revisionOf(open.id)]]));

    const c = msg(3);
    const count = async () => (await db().thread.findUniqueOrThrow({ where: { id: thread.id } })).itemCount;
    const counted = await count();
    expect(await codeOf(addThreadItem(ada.id, thread.id, c, { diagramId: bobs.id }))).toBe('notFound: Diagram not found');
    expect(await codeOf(addThreadItem(ada.id, thread.id, c, { diagramId: newId('dgm') }))).toBe('notFound: Diagram not found');
    expect(await codeOf(addThreadItem(bob.id, thread.id, c))).toBe('notFound: Thread not found');
    expect(await db().threadItem.findUnique({ where: { id: c.id } })).toBeNull();
    expect(await count()).toBe(counted);

    // A newer revision is the one a later message gets; an older thread that names its diagram only in its
    // metadata gets that diagram's; a thread without a diagram stores none.
    const xml = fixtureXml('order-fulfilment').replace('</bpmn:definitions>', '<!-- v2 --></bpmn:definitions>');
    const { revision } = await saveRevision(ada.id, mine.id, xml);
    const d = msg(4);
    await addThreadItem(ada.id, thread.id, d);
    const legacy = await prismaStore.createThread(ada.id, { metadata: {} });
    await db().thread.update({ where: { id: legacy.id }, data: { metadata: { diagram_id: open.id } } });
    const e = { ...msg(5), thread_id: legacy.id };
    await addThreadItem(ada.id, legacy.id, e);
    const none = await prismaStore.createThread(ada.id, { metadata: {} });
    const f = { ...msg(6), thread_id: none.id };
    await addThreadItem(ada.id, none.id, f);
    const stored = await db().threadItem.findMany({ where: { id: { in: [d.id, e.id, f.id] } }, select: { id: true, diagramRevisionId: true } });
    expect(new Map(stored.map((r) => [r.id, r.diagramRevisionId]))).toEqual(new Map([[d.id, revision.id], [e.id, await revisionOf(open.id)], [f.id, null]]));
    expect(revision.id).not.toBe(await revisionOf(open.id));
  });
});

describe('saveItem (one statement for a new item)', () => {
  it('inserts a new id once, replaces an existing one without moving the counter, and refuses other users\' ids and threads', async () => {
    const thread = await prismaStore.createThread(ada.id, { metadata: {} });
    const count = async () => (await db().thread.findUniqueOrThrow({ where: { id: thread.id } })).itemCount;
    const start = await count();
    const item = assistant(thread.id, 1, 'draft');
    await prismaStore.saveItem(ada.id, thread.id, item);
    expect(await count()).toBe(start + 1);
    const replaced: ThreadItem = assistant(thread.id, 1, 'final');
    replaced.id = item.id;
    await prismaStore.saveItem(ada.id, thread.id, replaced);
    expect(await count()).toBe(start + 1);
    expect(await prismaStore.loadItem(ada.id, thread.id, item.id)).toEqual(replaced);
    expect(await db().threadItem.findUniqueOrThrow({ where: { id: item.id }, select: { text: true } })).toEqual({ text: 'final' });

    // Bob can neither overwrite ada's item through its id nor write into her thread.
    const bobs = await prismaStore.createThread(bob.id, { metadata: {} });
    expect(await codeOf(prismaStore.saveItem(bob.id, bobs.id, { ...replaced, thread_id: bobs.id }))).toBe('notFound: Item not found');
    expect(await codeOf(prismaStore.saveItem(bob.id, thread.id, assistant(thread.id, 2)))).toBe('notFound: Thread not found');
    expect(await prismaStore.loadItem(ada.id, thread.id, item.id)).toEqual(replaced);
    expect(await count()).toBe(start + 1);
    expect(await db().threadItem.count({ where: { threadId: bobs.id } })).toBe(0);
  });
});

describe('loadThreads (raw, listed columns only)', () => {
  it('pages in both orders with the rows the database holds, filters by diagram, and refuses a foreign cursor', async () => {
    const user = await makeUser();
    const diagram = await createDiagram(user.id, { name: 'D', xml: fixtureXml('order-fulfilment') });
    for (let i = 0; i < 5; i++) {
      await prismaStore.createThread(user.id, { title: `T${i}`, metadata: i % 2 ? { diagram_id: diagram.id } : {} });
    }
    const rows = await db().thread.findMany({ where: { userId: user.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    const collect = async (order: 'asc' | 'desc', diagramId?: string) => {
      const out = [];
      let after: string | undefined;
      for (;;) {
        const p = await prismaStore.loadThreads(user.id, { limit: 2, order, after }, diagramId ? { diagramId } : {});
        out.push(...p.data);
        if (!p.has_more) return out;
        after = p.after;
      }
    };
    const asc = await collect('asc');
    expect(asc.map((t) => t.id)).toEqual(rows.map((r) => r.id));
    expect(asc.map((t) => [t.title, t.created_at, t.status])).toEqual(rows.map((r) => [r.title, r.createdAt.toISOString(), { type: 'active' }]));
    expect((await collect('desc')).map((t) => t.id)).toEqual(rows.map((r) => r.id).reverse());
    expect((await collect('asc', diagram.id)).map((t) => t.id)).toEqual(rows.filter((r) => r.diagramId === diagram.id).map((r) => r.id));
    expect(await codeOf(prismaStore.loadThreads(ada.id, { limit: 2, order: 'asc', after: rows[0]!.id }))).toBe('notFound: Thread not found');
  });
});

describe('reads through the driver (lib/db.ts rawQuery)', () => {
  /** Runs `fn` with the process in another time zone (Node re-reads TZ when it is assigned). */
  async function inZone<T>(tz: string, fn: () => Promise<T>): Promise<T> {
    const saved = process.env.TZ;
    process.env.TZ = tz;
    try {
      return await fn();
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  }

  it('timestamps are the ones Prisma reads and compares in any process time zone (pages, lease expiry, tokens)', async () => {
    const user = await makeUser();
    const thread = await prismaStore.createThread(user.id, { title: 'Zones', metadata: {} });
    await addThreadItem(user.id, thread.id, assistant(thread.id, 1));
    const row = await db().thread.findUniqueOrThrow({ where: { id: thread.id } });
    const itemRow = await db().threadItem.findFirstOrThrow({ where: { threadId: thread.id } });
    const page = { limit: 20, order: 'desc' as const };
    const interrupted = () => assistant(thread.id, 2, 'interrupted');

    // East of UTC: a lease that is still live for a minute must not read as expired…
    await db().thread.update({ where: { id: thread.id }, data: { turnId: 'turn_live', turnExpiresAt: new Date(Date.now() + 60_000) } });
    await inZone('Pacific/Auckland', async () => {
      expect((await prismaStore.loadThreads(user.id, page)).data.map((t) => t.created_at)).toEqual([row.createdAt.toISOString()]);
      const items = await prismaStore.loadThreadItems(user.id, thread.id, page, { interrupted });
      expect(items.data.map((i) => i.created_at)).toEqual([itemRow.createdAt.toISOString()]);
    });
    expect(await db().thread.findUniqueOrThrow({ where: { id: thread.id }, select: { turnId: true } })).toEqual({ turnId: 'turn_live' });

    // …and west of it, one that expired a minute ago must.
    await db().thread.update({ where: { id: thread.id }, data: { turnExpiresAt: new Date(Date.now() - 60_000) } });
    await inZone('America/Los_Angeles', async () => {
      expect((await prismaStore.loadThreadItems(user.id, thread.id, page, { interrupted })).data).toHaveLength(2);
    });
    expect(await db().thread.findUniqueOrThrow({ where: { id: thread.id }, select: { turnId: true } })).toEqual({ turnId: null });

    const { token, id } = await createApiToken(user.id, { label: 'zones', ttlSeconds: 3600 });
    const tokenRow = await db().apiToken.findUniqueOrThrow({ where: { id } });
    for (const tz of ['Pacific/Auckland', 'America/Los_Angeles']) {
      const live = await inZone(tz, () => findLiveToken(token));
      expect(live).toMatchObject({ id, userId: user.id, scope: tokenRow.scope, kind: tokenRow.kind, lastUsedAt: null, user: { id: user.id, role: 'USER', disabledAt: null } });
      expect(live!.expiresAt!.toISOString()).toBe(tokenRow.expiresAt!.toISOString());
    }
    // Expired by a minute (in the database's UTC): gone in every zone.
    await db().apiToken.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    for (const tz of ['Pacific/Auckland', 'America/Los_Angeles']) expect(await inZone(tz, () => findLiveToken(token))).toBeNull();
  });

  it('a driver error is mapped like a Prisma one: a taken id is a 409, a missing table says the database is not migrated', async () => {
    const user = await makeUser();
    expect(await codeOf(rawQuery(Prisma.sql`INSERT INTO "User" ("id", "email", "updatedAt") VALUES (${user.id}, ${`other-${user.id}@example.test`}, now())`)))
      .toBe('conflict: That already exists.');
    expect(await codeOf(rawQuery(Prisma.sql`SELECT 1 FROM "NoSuchTable"`))).toMatch(/^unavailable: The database is not migrated/);
  });
});

describe.runIf(dbKind() === 'postgresql')('named prepared statements on PostgreSQL (DATABASE_PREPARED_STATEMENTS)', () => {
  /** The statements the connection that runs this one has prepared whose text is this one's (the marker tells them apart). */
  const preparedSelf = (marker: string) =>
    rawQuery<{ name: string }>({ text: `SELECT name FROM pg_prepared_statements WHERE statement LIKE '%' || $1 || '%' /* ${marker} */`, values: [marker] });

  it('a read is prepared under a name on its connection and answers the same rows on every connection; off, nothing is prepared', async () => {
    const marker = `mark_${crypto.randomUUID().replaceAll('-', '')}`;
    // The statement is parsed (and named) before it runs, so it finds itself on whichever connection ran it.
    expect((await preparedSelf(marker)).map((r) => r.name)).toEqual([expect.stringMatching(/^procmod_\d+$/)]);
    // More requests at once than the pool has connections: each connection prepares it once and answers alike.
    const user = await makeUser();
    const thread = await prismaStore.createThread(user.id, { title: 'Prepared', metadata: {} });
    await addThreadItem(user.id, thread.id, assistant(thread.id, 1));
    const pages = await Promise.all(Array.from({ length: 25 }, () => prismaStore.loadThreadItems(user.id, thread.id, { limit: 20, order: 'desc' })));
    expect(new Set(pages.map((p) => JSON.stringify(p))).size).toBe(1);
    expect(pages[0]!.data.map((i) => i.id)).toEqual([(await db().threadItem.findFirstOrThrow({ where: { threadId: thread.id } })).id]);

    process.env.DATABASE_PREPARED_STATEMENTS = 'false';
    reloadEnv();
    try {
      const other = `mark_${crypto.randomUUID().replaceAll('-', '')}`;
      expect(await preparedSelf(other)).toEqual([]);
      expect(await prismaStore.loadThreadItems(user.id, thread.id, { limit: 20, order: 'desc' })).toEqual(pages[0]);
    } finally {
      delete process.env.DATABASE_PREPARED_STATEMENTS;
      reloadEnv();
    }
  });
});

describe('beginTurn (the thread and its lease in one statement)', () => {
  const lease = (threadId: string, ttlMs = 30_000) => ({ turnId: newId('turn'), ttlMs, interrupted: () => assistant(threadId, 50, 'interrupted') });
  const turnOf = async (threadId: string) => db().thread.findUniqueOrThrow({ where: { id: threadId }, select: { turnId: true, turnExpiresAt: true, itemCount: true } });

  it('answers the thread as stored, takes a free lease once, and a held one is busy with nothing written', async () => {
    const thread = await prismaStore.createThread(ada.id, { title: 'Leased', metadata: { note: 'kept' } });
    const first = lease(thread.id);
    const started = await prismaStore.beginTurn(ada.id, thread.id, first);
    expect(started).toEqual({ thread: await prismaStore.loadThread(ada.id, thread.id), begun: 'started' });
    const held = await turnOf(thread.id);
    expect(held.turnId).toBe(first.turnId);
    expect(held.turnExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 20_000);

    expect((await prismaStore.beginTurn(ada.id, thread.id, lease(thread.id))).begun).toBe('busy');
    expect(await turnOf(thread.id)).toEqual(held);
    await prismaStore.endTurn(ada.id, thread.id, first.turnId);
    expect((await prismaStore.beginTurn(ada.id, thread.id, lease(thread.id))).begun).toBe('started');
  });

  it("someone else's thread and a missing one are the same 404, and their lease is untouched", async () => {
    const thread = await prismaStore.createThread(ada.id, { metadata: {} });
    expect(await codeOf(prismaStore.beginTurn(bob.id, thread.id, lease(thread.id)))).toBe('notFound: Thread not found');
    expect(await codeOf(prismaStore.beginTurn(ada.id, newId('thr'), lease(thread.id)))).toBe('notFound: Thread not found');
    expect(await turnOf(thread.id)).toEqual({ turnId: null, turnExpiresAt: null, itemCount: 0 });
  });

  it('a locked or closed thread is inactive and takes no lease', async () => {
    for (const status of ['locked', 'closed'] as const) {
      const thread = await prismaStore.createThread(ada.id, { metadata: {}, status: { type: status, reason: `It is ${status}.` } });
      const answer = await prismaStore.beginTurn(ada.id, thread.id, lease(thread.id));
      expect(answer).toEqual({ thread: expect.objectContaining({ status: { type: status, reason: `It is ${status}.` } }), begun: 'inactive' });
      expect(await turnOf(thread.id)).toEqual({ turnId: null, turnExpiresAt: null, itemCount: 0 });
    }
  });

  it('an expired lease (its process died) is settled with the interrupted item, once, and the turn taken', async () => {
    const thread = await prismaStore.createThread(ada.id, { metadata: {} });
    const dead = lease(thread.id);
    expect((await prismaStore.beginTurn(ada.id, thread.id, dead)).begun).toBe('started');
    await db().thread.update({ where: { id: thread.id }, data: { turnExpiresAt: new Date(Date.now() - 1000) } });
    const next = lease(thread.id);
    expect((await prismaStore.beginTurn(ada.id, thread.id, next)).begun).toBe('started');
    const after = await turnOf(thread.id);
    expect([after.turnId, after.itemCount]).toEqual([next.turnId, 1]);
    const items = await prismaStore.loadThreadItems(ada.id, thread.id, { limit: 5, order: 'asc' });
    expect(items.data.map((i) => i.type === 'assistant_message' && i.content[0]!.text)).toEqual(['interrupted']);
  });
});
