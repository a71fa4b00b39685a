// PGlite's page cache (lib/store/page-cache.ts): a kept items.list / threads.list page is answered only until the
// next statement that may write, of any kind — the count is kept where every PGlite statement passes (lib/db.ts),
// not by the writers. For each kind of writer: a page read twice (the second answered from memory) is asked again
// after the write, and must come from the database and equal the rows read directly. Off on PostgreSQL.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { db, dbKind, isPlainRead, pgliteHandle, rawStatementCount, writeGeneration } from '@/lib/db';
import { reloadEnv } from '@/lib/env';
import { newId } from '@/lib/ids';
import { addThreadItem, itemFromRow, prismaStore, threadFromRow } from '@/lib/store';
import { pageCacheHits } from '@/lib/store/page-cache';
import { chatkitDeps, plainResponderWithDimensions } from '@/lib/store/chatkit-deps';
import { attachmentsPort } from '@/lib/attachments/chatkit-port';
import { deleteAttachment } from '@/lib/attachments/delete';
import { runJanitor } from '@/lib/attachments/janitor';
import { setFlag } from '@/lib/admin/flags';
import { updateUser } from '@/lib/admin/users';
import { createDiagram, deleteDiagram } from '@/lib/diagrams';
import { handle } from '@/lib/chatkit/server';
import { toAppError } from '@/lib/errors';
import type { ChatKitRequest, Page, ThreadItem } from '@/lib/chatkit/types';
import { makeUser, type TestUser } from '../support/users';

const onPglite = dbKind() === 'pglite';
const PAGE = { limit: 20, order: 'desc' as const };

let ada: TestUser;
let bob: TestUser;
let admin: TestUser;

beforeAll(async () => {
  ada = await makeUser();
  bob = await makeUser();
  admin = await makeUser({ admin: true });
});

afterEach(() => {
  delete process.env.PGLITE_PAGE_CACHE_PAGES;
  reloadEnv();
});

let clock = 0;
const assistant = (threadId: string, text = `answer ${++clock}`): ThreadItem => ({
  type: 'assistant_message', id: newId('msg'), thread_id: threadId, created_at: new Date(Date.UTC(2026, 0, 1, 12, 0, ++clock)).toISOString(),
  content: [{ type: 'output_text', text, annotations: [] }],
});

/** A thread of the user with `n` answers. */
async function threadWith(user: TestUser, n: number, metadata: Record<string, unknown> = {}) {
  const thread = await prismaStore.createThread(user.id, { metadata });
  const items: ThreadItem[] = [];
  for (let i = 0; i < n; i++) {
    const item = assistant(thread.id);
    await addThreadItem(user.id, thread.id, item);
    items.push(item);
  }
  return { thread, items };
}

/** Runs a read and says whether the cache answered it and how many statements went to the database. */
async function observe<T>(read: () => Promise<T>): Promise<{ value: T; hit: boolean; statements: number }> {
  const hits = pageCacheHits();
  const statements = rawStatementCount();
  const value = await read();
  return { value, hit: pageCacheHits() > hits, statements: rawStatementCount() - statements };
}

const itemsOf = (user: TestUser, threadId: string) => () => prismaStore.loadThreadItems(user.id, threadId, PAGE);
const threadsOf = (user: TestUser, diagramId?: string) => () => prismaStore.loadThreads(user.id, PAGE, diagramId ? { diagramId } : {});

/** The visible items of the thread as the database has them, newest first (what the page must show). */
async function itemRows(userId: string, threadId: string) {
  const rows = await db().threadItem.findMany({ where: { threadId, userId, hidden: false }, orderBy: { seq: 'desc' }, take: PAGE.limit });
  return rows.map(itemFromRow);
}
async function threadRows(userId: string, diagramId?: string) {
  const rows = await db().thread.findMany({
    where: { userId, ...(diagramId ? { diagramId } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: PAGE.limit,
  });
  return rows.map(threadFromRow);
}

/**
 * The page is kept (its second read is a hit, so this check can fail), then after `write` it is read from the
 * database again and equals `truth`; with `changes`, the write must also have changed what the page shows.
 */
async function expectWriteSeen<T>(read: () => Promise<Page<T>>, truth: () => Promise<T[]>, write: () => Promise<unknown>, changes = true) {
  const first = await read();
  const warm = await observe(read);
  expect(warm.hit).toBe(true);
  expect(warm.statements).toBe(0);
  expect(warm.value).toEqual(first);
  await write();
  const after = await observe(read);
  expect(after.hit).toBe(false);
  expect(after.statements).toBeGreaterThan(0);
  expect(after.value.data).toEqual(await truth());
  if (changes) expect(after.value.data).not.toEqual(first.data);
}

const codeOf = async (p: Promise<unknown>) => p.then(() => 'resolved', (err) => toAppError(err).code);

describe.runIf(onPglite)('page cache on PGlite: every kind of writer', () => {
  it('store: add, update (saveItem), delete and delete-after of items', async () => {
    const { thread, items } = await threadWith(ada, 4);
    const truth = () => itemRows(ada.id, thread.id);
    await expectWriteSeen(itemsOf(ada, thread.id), truth, () => addThreadItem(ada.id, thread.id, assistant(thread.id)));
    await expectWriteSeen(itemsOf(ada, thread.id), truth, () => prismaStore.saveItem(ada.id, thread.id, { ...items[1]!, content: [{ type: 'output_text', text: 'edited', annotations: [] }] } as ThreadItem));
    await expectWriteSeen(itemsOf(ada, thread.id), truth, () => prismaStore.deleteItem(ada.id, thread.id, items[2]!.id));
    await expectWriteSeen(itemsOf(ada, thread.id), truth, () => prismaStore.deleteItemsAfter(ada.id, thread.id, items[0]!.id));
  });

  it('store: thread rename and delete (the deleted thread is a 404, never its kept page)', async () => {
    const { thread } = await threadWith(ada, 2);
    await expectWriteSeen(threadsOf(ada), () => threadRows(ada.id), () => prismaStore.updateThread(ada.id, thread.id, { title: 'Renamed' }));
    await itemsOf(ada, thread.id)();
    expect((await observe(itemsOf(ada, thread.id))).hit).toBe(true);
    await expectWriteSeen(threadsOf(ada), () => threadRows(ada.id), () => prismaStore.deleteThread(ada.id, thread.id));
    expect(await codeOf(itemsOf(ada, thread.id)())).toBe('notFound');
  });

  it('feedback (the page does not show it, the cache still lets go)', async () => {
    const { thread, items } = await threadWith(ada, 2);
    await expectWriteSeen(itemsOf(ada, thread.id), () => itemRows(ada.id, thread.id), () => prismaStore.addFeedback(ada.id, thread.id, [items[0]!.id], 'positive'), false);
  });

  it('a streamed turn through the protocol server', async () => {
    const { thread } = await threadWith(ada, 1);
    const deps = chatkitDeps({ respond: plainResponderWithDimensions(0) });
    const turn = async () => {
      const request = { type: 'threads.add_user_message', params: { thread_id: thread.id, input: { content: [{ type: 'input_text', text: 'How many tasks?' }], attachments: [], inference_options: {} } } } as unknown as ChatKitRequest;
      const result = await handle(request, { userId: ada.id, signal: new AbortController().signal }, deps);
      if (result.kind !== 'stream') throw new Error('expected a stream');
      for await (const _ of result.events);
    };
    await expectWriteSeen(itemsOf(ada, thread.id), () => itemRows(ada.id, thread.id), turn);
    // Both the question and the answer are there.
    expect((await itemsOf(ada, thread.id)()).data.slice(0, 2).map((i) => i.type)).toEqual(['assistant_message', 'user_message']);
  });

  it('attachments: create and delete', async () => {
    const { thread } = await threadWith(ada, 1);
    let id = '';
    await expectWriteSeen(itemsOf(ada, thread.id), () => itemRows(ada.id, thread.id), async () => {
      id = (await attachmentsPort.create({ userId: ada.id }, { name: 'notes.pdf', size: 1000, mime_type: 'application/pdf' })).id;
    }, false);
    await expectWriteSeen(itemsOf(ada, thread.id), () => itemRows(ada.id, thread.id), () => deleteAttachment(ada.id, id), false);
  });

  it('the janitor', async () => {
    const { thread } = await threadWith(ada, 1);
    await attachmentsPort.create({ userId: ada.id }, { name: 'left.pdf', size: 1000, mime_type: 'application/pdf' });
    await expectWriteSeen(itemsOf(ada, thread.id), () => itemRows(ada.id, thread.id), async () => {
      expect((await runJanitor({ now: Date.now() + 48 * 3600_000 })).pendingRemoved).toBeGreaterThan(0);
    }, false);
  });

  it('admin: a flag on the conversation, a user disabled', async () => {
    const { thread } = await threadWith(ada, 1);
    const actor = { id: admin.id, role: 'ADMIN' };
    await expectWriteSeen(threadsOf(ada), () => threadRows(ada.id), () => setFlag(actor, thread.id, { status: 'open', note: '' }), false);
    await expectWriteSeen(threadsOf(ada), () => threadRows(ada.id), () => updateUser(actor, bob.id, { disabled: true }), false);
    await updateUser(actor, bob.id, { disabled: false });
  });

  it('a diagram deleted: its threads leave the per-diagram history (a cascade, no store code runs)', async () => {
    const diagram = await createDiagram(ada.id, { name: 'Cache' });
    await threadWith(ada, 1, { diagram_id: diagram.id });
    expect((await threadsOf(ada, diagram.id)()).data).toHaveLength(1);
    await expectWriteSeen(threadsOf(ada, diagram.id), () => threadRows(ada.id, diagram.id), () => deleteDiagram(ada.id, diagram.id));
    expect((await threadsOf(ada, diagram.id)()).data).toEqual([]);
  });

  it('retention-style bulk delete and account deletion (cascades)', async () => {
    const carol = await makeUser();
    const { thread } = await threadWith(carol, 3);
    await expectWriteSeen(itemsOf(carol, thread.id), () => itemRows(carol.id, thread.id), () => db().threadItem.deleteMany({ where: { threadId: thread.id, createdAt: { lt: new Date(Date.UTC(2027, 0, 1)) } } }));
    await expectWriteSeen(threadsOf(carol), () => threadRows(carol.id), () => db().user.delete({ where: { id: carol.id } }));
    expect(await codeOf(itemsOf(carol, thread.id)())).toBe('notFound');
  });

  it('raw SQL: $executeRaw, and the PGlite handle itself (query and exec)', async () => {
    const { thread, items } = await threadWith(ada, 2);
    const truth = () => itemRows(ada.id, thread.id);
    const payload = (text: string) => JSON.stringify({ type: 'assistant_message', content: [{ type: 'output_text', text, annotations: [] }] });
    await expectWriteSeen(itemsOf(ada, thread.id), truth, () => db().$executeRaw`UPDATE "ThreadItem" SET "payload" = ${payload('raw')}::jsonb WHERE "id" = ${items[0]!.id}`);
    await expectWriteSeen(itemsOf(ada, thread.id), truth, () => pgliteHandle()!.query(`UPDATE "ThreadItem" SET "payload" = $1::jsonb WHERE "id" = $2`, [payload('handle'), items[0]!.id]));
    await expectWriteSeen(itemsOf(ada, thread.id), truth, () => pgliteHandle()!.exec(`UPDATE "ThreadItem" SET "hidden" = true WHERE "id" = '${items[1]!.id}'`));
  });

  it('a rolled-back transaction changes nothing and leaves no wrong page behind', async () => {
    const { thread } = await threadWith(ada, 3);
    const before = await itemsOf(ada, thread.id)();
    await expectWriteSeen(itemsOf(ada, thread.id), () => itemRows(ada.id, thread.id), async () => {
      const err = await db().$transaction(async (tx) => {
        await tx.threadItem.deleteMany({ where: { threadId: thread.id } });
        // Read inside the transaction: the rows are gone here, and this must not become anyone's kept page.
        expect(await tx.threadItem.count({ where: { threadId: thread.id } })).toBe(0);
        throw new Error('roll back');
      }).catch((e: Error) => e.message);
      expect(err).toBe('roll back');
    }, false);
    expect((await itemsOf(ada, thread.id)()).data).toEqual(before.data);
    // The same through PGlite's own transaction API.
    await expectWriteSeen(itemsOf(ada, thread.id), () => itemRows(ada.id, thread.id), () =>
      pgliteHandle()!.transaction(async (tx) => {
        await tx.query(`DELETE FROM "ThreadItem" WHERE "threadId" = $1`, [thread.id]);
        await tx.rollback();
      }), false);
    expect((await itemsOf(ada, thread.id)()).data).toEqual(before.data);
  });

  it('a page read while a write is in flight is not kept, and shows the committed rows', async () => {
    const { thread, items } = await threadWith(ada, 2);
    await itemsOf(ada, thread.id)();
    let wrote!: () => void;
    let release!: () => void;
    const written = new Promise<void>((r) => (wrote = r));
    const gate = new Promise<void>((r) => (release = r));
    const tx = db().$transaction(async (t) => {
      await t.threadItem.delete({ where: { id: items[1]!.id } });
      wrote();
      await gate;
    });
    await written;
    // The delete ran (uncommitted): the kept page is no longer answered; the read waits for the transaction.
    const during = observe(itemsOf(ada, thread.id));
    release();
    await tx;
    const seen = await during;
    expect(seen.hit).toBe(false);
    expect(seen.value.data.map((i) => i.id)).toEqual([items[0]!.id]);
    const next = await observe(itemsOf(ada, thread.id));
    expect(next.hit).toBe(false);
    expect(next.value.data).toEqual(await itemRows(ada.id, thread.id));
    expect((await observe(itemsOf(ada, thread.id))).hit).toBe(true);
  });
});

describe.runIf(onPglite)('page cache on PGlite: keys, bounds, switches', () => {
  it("one user's kept page never answers another's request (the 404 for a thread that is not theirs included)", async () => {
    const { thread } = await threadWith(ada, 2);
    await threadWith(bob, 1);
    await itemsOf(ada, thread.id)();
    await threadsOf(ada)();
    expect((await observe(itemsOf(ada, thread.id))).hit).toBe(true);
    const foreign = await observe(() => codeOf(itemsOf(bob, thread.id)()));
    expect(foreign).toMatchObject({ value: 'notFound', hit: false });
    expect(foreign.statements).toBeGreaterThan(0);
    expect(await codeOf(prismaStore.loadThreadItems(bob.id, thread.id, { ...PAGE, after: (await itemsOf(ada, thread.id)()).data[0]!.id }))).toBe('notFound');
    const bobs = await observe(threadsOf(bob));
    expect(bobs.hit).toBe(false);
    expect(bobs.value.data).toEqual(await threadRows(bob.id));
    expect(bobs.value.data.map((t) => t.id)).not.toContain(thread.id);
  });

  it('different page parameters are different pages', async () => {
    const { thread } = await threadWith(ada, 3);
    await itemsOf(ada, thread.id)();
    const asc = await observe(() => prismaStore.loadThreadItems(ada.id, thread.id, { limit: 2, order: 'asc' }));
    expect(asc.hit).toBe(false);
    expect(asc.value.data.map((i) => i.id)).toEqual((await itemRows(ada.id, thread.id)).reverse().slice(0, 2).map((i) => i.id));
    const hidden = await observe(() => prismaStore.loadThreadItems(ada.id, thread.id, PAGE, { includeHidden: true }));
    expect(hidden.hit).toBe(false);
  });

  it('a thread with a turn open is never kept (its lease can expire with no write)', async () => {
    const { thread } = await threadWith(ada, 1);
    const interrupted = () => assistant(thread.id, 'interrupted');
    const turnId = newId('turn');
    expect((await prismaStore.beginTurn(ada.id, thread.id, { turnId, ttlMs: 60_000, interrupted })).begun).toBe('started');
    await itemsOf(ada, thread.id)();
    expect((await observe(itemsOf(ada, thread.id))).hit).toBe(false);
    await prismaStore.endTurn(ada.id, thread.id, turnId);
    await itemsOf(ada, thread.id)();
    expect((await observe(itemsOf(ada, thread.id))).hit).toBe(true);
  });

  it('no caller can change what the next one is answered from a kept page', async () => {
    // Kept history pages are frozen; a kept items page is its JSON text, which each read parses afresh.
    const { thread } = await threadWith(ada, 1);
    const read = await itemsOf(ada, thread.id)();
    const kept = await observe(itemsOf(ada, thread.id));
    expect(kept.hit).toBe(true);
    const tamper = (page: Page<ThreadItem>) => {
      for (const change of [() => page.data.push(assistant(thread.id)), () => Object.assign(page.data[0]!, { type: 'x' })]) {
        try {
          change();
        } catch (err) {
          expect(err).toBeInstanceOf(TypeError);
        }
      }
    };
    tamper(kept.value);
    const again = await observe(itemsOf(ada, thread.id));
    expect(again.hit).toBe(true);
    expect(again.value).toEqual(read);
    await threadsOf(ada)();
    const threads = await observe(threadsOf(ada));
    expect(threads.hit).toBe(true);
    expect(() => threads.value.data.push(threads.value.data[0]!)).toThrow(TypeError);
  });

  it('bounded: the least recently used page goes first', async () => {
    process.env.PGLITE_PAGE_CACHE_PAGES = '2';
    reloadEnv();
    const threads = await Promise.all([0, 1, 2].map(() => threadWith(ada, 1)));
    const [a, b, c] = threads.map((t) => itemsOf(ada, t.thread.id));
    await a!();
    await b!();
    await a!(); // a is now the most recently used
    await c!(); // evicts b
    expect((await observe(a!)).hit).toBe(true);
    expect((await observe(c!)).hit).toBe(true);
    expect((await observe(b!)).hit).toBe(false);
  });

  it('PGLITE_PAGE_CACHE_PAGES=0 turns it off', async () => {
    process.env.PGLITE_PAGE_CACHE_PAGES = '0';
    reloadEnv();
    const { thread } = await threadWith(ada, 1);
    await itemsOf(ada, thread.id)();
    const again = await observe(itemsOf(ada, thread.id));
    expect(again.hit).toBe(false);
    expect(again.statements).toBe(1);
  });

  it('reads leave the write count alone; writes and transactions move it', async () => {
    const { thread } = await threadWith(ada, 1);
    const g0 = writeGeneration()!;
    await itemsOf(ada, thread.id)();
    await db().thread.findMany({ where: { userId: ada.id } });
    await pgliteHandle()!.query('SELECT 1');
    expect(writeGeneration()).toBe(g0);
    await db().$transaction(async (tx) => tx.thread.count());
    const g1 = writeGeneration()!;
    expect(g1).toBeGreaterThan(g0);
    await db().$queryRaw`SELECT "id" FROM "Thread" WHERE "id" = ${thread.id} FOR UPDATE`;
    expect(writeGeneration()).toBeGreaterThan(g1);
  });
});

describe('which statements are plain reads', () => {
  it.each([
    ['SELECT 1', true],
    ['  /* c */ (SELECT "id" FROM "Thread") UNION (SELECT "id" FROM "Thread")', true],
    ['WITH x AS (SELECT 1) SELECT * FROM x', true],
    ['SELECT "updatedAt", "deletedBy" FROM "Thread"', true],
    ['EXPLAIN (FORMAT JSON) SELECT 1', true],
    ['WITH t AS (UPDATE "Thread" SET "title" = $1 RETURNING "id") SELECT * FROM t', false],
    ['SELECT * INTO "Copy" FROM "Thread"', false],
    ['SELECT "id" FROM "Thread" FOR UPDATE', false],
    ["SELECT nextval('s')", false],
    ['SELECT 1; DELETE FROM "Thread"', false],
    ['INSERT INTO "Thread" DEFAULT VALUES', false],
    ['BEGIN', false],
    ['COMMIT', false],
    ['ANALYZE "Thread"', false],
    ['EXPLAIN ANALYZE DELETE FROM "Thread"', false],
    ['-- SELECT\nDELETE FROM "Thread"', false],
  ])('%s → %s', (sql, read) => {
    expect(isPlainRead(sql)).toBe(read);
  });
});

describe.runIf(!onPglite)('page cache on PostgreSQL', () => {
  it('is off: other replicas write to the same database', async () => {
    expect(writeGeneration()).toBeNull();
    const { thread } = await threadWith(ada, 1);
    await itemsOf(ada, thread.id)();
    const again = await observe(itemsOf(ada, thread.id));
    expect(again.hit).toBe(false);
    expect(again.statements).toBe(1);
  });
});
