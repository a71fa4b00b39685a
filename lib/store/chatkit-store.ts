// The Prisma implementation of the ChatKit Store. Every query is scoped by userId; "missing" and "not yours"
// are the same 404. Items are kept as a JSON payload plus the columns we query on (type, text, hidden, seq).
import 'server-only';
import { db, Prisma, rawQuery } from '@/lib/db';
import { fetchSize, keysetPage } from '@/lib/paging';
import { AppError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { itemPlainText } from '@/lib/ai/converter';
import type { AddItemOptions, FirstItem, NewThread, PageRequest, Store, ThreadFilter, ThreadPatch, WirePage } from '@/lib/chatkit/store';
import { isHiddenItem, type Page, type TaskItem, type ThreadItem, type ThreadMetadata, type ThreadStatus } from '@/lib/chatkit/types';
import { currentRevision, ownsDiagram } from '@/lib/diagrams/diagrams';
import type { Thread as ThreadRow, ThreadItem as ItemRow } from '@/lib/generated/prisma/client';
import { turnMethods } from './turns';
import { cachedPage } from './page-cache';
import { itemWireText } from './wire';

const threadNotFound = () => new AppError('notFound', 'Thread not found');
const itemNotFound = () => new AppError('notFound', 'Item not found');
const diagramNotFound = () => new AppError('notFound', 'Diagram not found');

// ---------------------------------------------------------------- row ↔ wire

export function threadFromRow(row: ThreadListRow): ThreadMetadata {
  const status: ThreadStatus =
    row.status === 'locked' || row.status === 'closed'
      ? { type: row.status, ...(row.statusReason ? { reason: row.statusReason } : {}) }
      : { type: 'active' };
  return {
    id: row.id,
    title: row.title ?? undefined,
    created_at: row.createdAt.toISOString(),
    status,
    metadata: (row.metadata ?? {}) as Record<string, unknown>,
  };
}

export function itemFromRow(row: Pick<ItemRow, 'id' | 'threadId' | 'type' | 'payload' | 'createdAt'>): ThreadItem {
  const payload = (row.payload ?? {}) as Record<string, unknown>;
  return { ...payload, id: row.id, thread_id: row.threadId, created_at: row.createdAt.toISOString(), type: row.type } as ThreadItem;
}

/** Payload without the columns; preview URLs and upload descriptors are minted on read, never stored. */
function payloadOf(item: ThreadItem): Prisma.InputJsonValue {
  const { id: _id, thread_id: _t, created_at: _c, ...rest } = item as ThreadItem & Record<string, unknown>;
  if (item.type === 'user_message') {
    rest.attachments = item.attachments.map(({ id, type, name, mime_type }) => ({ id, type, name, mime_type }));
  }
  return JSON.parse(JSON.stringify(rest)) as Prisma.InputJsonValue;
}

function pageOf<R extends { id: string }, T>(rows: R[], limit: number, map: (r: R) => T): Page<T> {
  const { page, next } = keysetPage(rows, limit, (r) => r.id);
  return { data: page.map(map), has_more: next !== null, ...(next !== null ? { after: next } : {}) };
}

// ---------------------------------------------------------------- helpers

/** The columns threadFromRow reads. */
type ThreadListRow = Pick<ThreadRow, 'id' | 'title' | 'createdAt' | 'status' | 'statusReason' | 'metadata'>;
/**
 * The row of loadThreadItems' one statement: the thread's flags and the page: `items`, the JSON text of its items
 * (each the stored wire text, or built from the payload where there is none), `wireReady` when every item of it
 * came as its wire text, and the page's `hasMore` and `after`.
 */
type PageRow = { busy: boolean; stale: boolean; cursorFound: boolean; items: string; wireReady: boolean; hasMore: boolean; after: string | null };

function itemRow(userId: string, threadId: string, item: ThreadItem, diagramRevisionId: string | null) {
  const payload = payloadOf(item);
  const createdAt = new Date(item.created_at);
  return {
    id: item.id,
    threadId,
    userId,
    type: item.type,
    payload,
    // From the item as it will read back (the stored payload under the columns), so it is what the payload gives.
    wire: itemWireText(itemFromRow({ id: item.id, threadId, type: item.type, payload: payload as Prisma.JsonValue, createdAt })),
    text: itemPlainText(item),
    hidden: isHiddenItem(item),
    diagramRevisionId,
    createdAt,
  };
}

async function threadRow(userId: string, threadId: string): Promise<ThreadRow> {
  const row = await db().thread.findFirst({ where: { id: threadId, userId } });
  if (!row) throw threadNotFound();
  return row;
}

/** The diagram a thread is about: the one stored on the row, else the one its metadata names. */
function diagramIdOfRow(row: Pick<ThreadRow, 'diagramId' | 'metadata'>): string | null {
  const fromMeta = (row.metadata as Record<string, unknown> | null)?.diagram_id;
  return row.diagramId ?? (typeof fromMeta === 'string' && fromMeta ? fromMeta : null);
}

/**
 * The one resolver of "which diagram is this turn about": the diagram the request names (the one open in the
 * modeler) when it is the user's, else the thread's own. Writes refuse a requested id that is not the user's (404).
 */
export async function threadDiagramId(userId: string, threadId: string, requested?: string | null): Promise<string | null> {
  if (requested && (await ownsDiagram(userId, requested))) return requested;
  const row = await db().thread.findFirst({ where: { id: threadId, userId }, select: { diagramId: true, metadata: true } });
  return row ? diagramIdOfRow(row) : null;
}

/** Current revision of the diagram the message is about (stored with the message, see addThreadItem). */
async function revisionFor(userId: string, thread: Pick<ThreadRow, 'diagramId' | 'metadata'>, requested?: string): Promise<string | null> {
  if (requested && !(await ownsDiagram(userId, requested))) throw diagramNotFound();
  const diagramId = requested ?? diagramIdOfRow(thread);
  if (!diagramId) return null;
  return (await currentRevision(userId, diagramId))?.id ?? null;
}

/** Which diagram revision each user message of the thread was sent with (not part of the wire item). */
export async function userMessageRevisions(userId: string, threadId: string): Promise<Map<string, string | null>> {
  const rows = await db().threadItem.findMany({
    where: { threadId, userId, type: 'user_message' },
    select: { id: true, diagramRevisionId: true },
  });
  return new Map(rows.map((r) => [r.id, r.diagramRevisionId]));
}

/** A visible task note in the user's thread (e.g. "Attached report.pdf … by URL"); id and time are minted here. */
export async function addTaskItem(userId: string, threadId: string, task: TaskItem['task']): Promise<TaskItem> {
  const item: TaskItem = { id: newId('tsk'), thread_id: threadId, created_at: new Date().toISOString(), type: 'task', task };
  await addThreadItem(userId, threadId, item);
  return item;
}

/** The thread and its visible items with the revision each was sent with, owner only (conversation export). */
export async function loadThreadForExport(userId: string, threadId: string) {
  const thread = await db().thread.findFirst({ where: { id: threadId, userId } });
  if (!thread) throw new AppError('notFound', 'Conversation not found');
  const rows = await db().threadItem.findMany({ where: { threadId, userId, hidden: false }, orderBy: { seq: 'asc' } });
  return {
    thread: { ...threadFromRow(thread), title: thread.title, updatedAt: thread.updatedAt, diagramId: thread.diagramId },
    items: rows.map((r) => ({ item: itemFromRow(r), diagramRevisionId: r.diagramRevisionId })),
  };
}

/**
 * The user's threads, newest or oldest first, optionally of one diagram, as `more` for threadsPageQuery: the
 * diagram and the cursor's place. An unknown cursor is a 404.
 */
async function threadsRange(userId: string, page: PageRequest, filter: ThreadFilter): Promise<Prisma.Sql> {
  const desc = page.order === 'desc';
  const diagram = filter.diagramId ? Prisma.sql`AND "diagramId" = ${filter.diagramId}` : Prisma.empty;
  if (!page.after) return diagram;
  const cursor = await db().thread.findFirst({ where: { id: page.after, userId }, select: { id: true, createdAt: true } });
  if (!cursor) throw threadNotFound();
  return Prisma.sql`${diagram} AND ("createdAt", "id") ${desc ? Prisma.sql`<` : Prisma.sql`>`} (${cursor.createdAt}, ${cursor.id})`;
}

async function readThreads(userId: string, page: PageRequest, filter: ThreadFilter): Promise<Page<ThreadMetadata>> {
  // Through the driver, with only the columns the list shows: Prisma's query building, per-statement work and
  // mapping of the full row were the larger part of this request's time (docs/benchmarks.md).
  const rows = await rawQuery<ThreadListRow>(threadsPageQuery(userId, page, await threadsRange(userId, page, filter)));
  return pageOf(rows, page.limit, threadFromRow);
}

/**
 * threads.list's read as one text (ninth round): each thread's wire JSON built in the statement from the columns,
 * as threadFromRow + threadToWire + JSON.stringify write it (keys in that order, no title when NULL, a status
 * reason only when non-empty, an empty items page), joined, with the keyset page's end. Parsing 21 rows (a Date
 * and a JSON.parse of the metadata each) and building objects from them was most of what this answer cost the
 * process beyond items.list's (docs/benchmarks.md, ninth round). to_json writes a string as JSON.stringify does:
 * the short escapes, other control characters as lowercase \u00xx, everything else as is.
 */
async function readThreadsWire(userId: string, page: PageRequest, filter: ThreadFilter): Promise<WirePage> {
  const rows = await rawQuery<{ wire: string; hasMore: boolean; after: string | null }>(
    threadsWireQuery(userId, page, await threadsRange(userId, page, filter)),
  );
  const head = rows[0]!;
  return { wire: head.wire, has_more: head.hasMore, ...(head.after !== null ? { after: head.after } : {}) };
}

function threadsWireQuery(userId: string, page: PageRequest, more: Prisma.Sql): Prisma.Sql {
  const direction = page.order === 'desc' ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const limit = page.limit;
  return Prisma.sql`
    SELECT '[' || COALESCE(string_agg(
             '{"id":' || to_json(t."id")::text
             || CASE WHEN t."title" IS NULL THEN '' ELSE ',"title":' || to_json(t."title")::text END
             || ',"created_at":"' || to_char(t."createdAt", ${Prisma.raw(ISO_TIME)}) || '","status":'
             || CASE WHEN t."status" IN ('locked', 'closed')
                  THEN '{"type":"' || t."status" || '"'
                       || CASE WHEN COALESCE(t."statusReason", '') = '' THEN '' ELSE ',"reason":' || to_json(t."statusReason")::text END || '}'
                  ELSE '{"type":"active"}' END
             || ',"items":{"data":[],"has_more":false}}',
             ',' ORDER BY t."n") FILTER (WHERE t."n" <= ${limit}), '') || ']' AS "wire",
           count(*) > ${limit} AS "hasMore",
           CASE WHEN count(*) > ${limit} THEN max(t."id") FILTER (WHERE t."n" = ${limit}) END AS "after"
    FROM (SELECT t.*, row_number() OVER (ORDER BY t."createdAt" ${direction}, t."id" ${direction}) AS "n"
          FROM (${threadsPageQuery(userId, page, more)}) t) t`;
}

/**
 * The threads page's rows, for readThreads and under readThreadsWire's text (exported so tests can look at its
 * plan): a range of the ("userId", "createdAt", "id")
 * index in its order, so a page reads its own rows however many conversations the user has (sixth round).
 */
export function threadsPageQuery(userId: string, page: PageRequest, more: Prisma.Sql = Prisma.empty): Prisma.Sql {
  const direction = page.order === 'desc' ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  return Prisma.sql`
    SELECT "id", "title", "createdAt", "status", "statusReason", "metadata" FROM "Thread"
    WHERE "userId" = ${userId} ${more}
    ORDER BY "createdAt" ${direction}, "id" ${direction} LIMIT ${fetchSize(page.limit)}`;
}

/** A timestamp column as Date#toISOString writes it (the columns hold UTC). */
const ISO_TIME = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/** A page as read: its items' JSON text, whether that is already the wire text of each, and where it goes on. */
type ItemsRead = { items: string; wireReady: boolean; has_more: boolean; after?: string };

/**
 * One statement (the read path's hot spot): the thread row proves ownership (no row → 404), says whether a turn is
 * open and whether it expired, and the cursor rides on it as a join. The page comes as one text: the items' stored
 * wire texts joined (eighth round; before, the payloads were merged with the columns and aggregated as jsonb,
 * fifth round), and the keyset page's end (`hasMore`, `after`) computed there too, so a wire-ready page is never
 * parsed here. An expired turn with `settles` comes back as `stale` (the caller settles it and reads again) before
 * the cursor is checked.
 */
async function readThreadItems(userId: string, threadId: string, page: PageRequest, includeHidden: boolean, settles: boolean) {
  const rows = await rawQuery<PageRow>(threadItemsPageQuery(userId, threadId, page, includeHidden));
  const head = rows[0];
  if (!head) throw threadNotFound();
  if (head.stale && settles) return { read: EMPTY_READ, busy: true, stale: true };
  if (page.after && !head.cursorFound) throw itemNotFound();
  const read: ItemsRead = { items: head.items, wireReady: head.wireReady, has_more: head.hasMore, ...(head.after !== null ? { after: head.after } : {}) };
  return { read, busy: head.busy, stale: false };
}

/** readThreadItems' statement (exported so tests can look at its plan). */
export function threadItemsPageQuery(userId: string, threadId: string, page: PageRequest, includeHidden: boolean): Prisma.Sql {
  const desc = page.order === 'desc';
  const hidden = includeHidden ? Prisma.empty : Prisma.sql`AND NOT i."hidden"`;
  // The thread's rows as a range of the ("threadId", "seq") index, bounded on both sides by row comparisons, and
  // ordered by both columns. Written as `"threadId" = t."id" … ORDER BY "seq"`, PostgreSQL may walk the global
  // "seq" index from the newest item of all threads, filtering, until it has a page: it assumes a thread's items
  // are spread evenly, so an older conversation's page read every newer item of every user (5,000 rows for one
  // page in the sixth round's bench database; in a real one, the whole table). Only this index yields this order.
  // A cursor that is not the thread's (c."seq" NULL) leaves the range empty; the 404 below says so.
  // The items' owner is checked on the rows the range yields (above its LIMIT), not in the range's WHERE:
  // there, with every user owning a long conversation, the planner took "threadId" and "userId" as independent,
  // expected few rows from both indexes together and read and sorted the whole thread (seventh round: 1,000 rows,
  // 3.7 instead of 0.5 ms, for a 21-row page). A thread's items are its owner's, so that check drops nothing.
  // An item without wire text (one with attachments, or written before the column) is built from its payload as
  // before (itemFromRow in SQL: the payload with the columns over it, the time as toISOString writes it); `wireReady`
  // then says the text must be parsed. Keyset paging as lib/paging.ts does it: limit + 1 rows, the extra one only
  // says there is more, the last one kept is the next cursor.
  const lower = page.after && !desc ? Prisma.sql`> (t."id", c."seq")` : Prisma.sql`>= (t."id", ${Prisma.raw(SEQ_MIN)})`;
  const upper = page.after && desc ? Prisma.sql`< (t."id", c."seq")` : Prisma.sql`<= (t."id", ${Prisma.raw(SEQ_MAX)})`;
  const direction = desc ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const limit = page.limit;
  return Prisma.sql`
    SELECT t."turnId" IS NOT NULL AS "busy", (t."turnId" IS NOT NULL AND t."turnExpiresAt" <= ${new Date()}) IS TRUE AS "stale",
           c."seq" IS NOT NULL AS "cursorFound", p."items", p."wireReady", p."hasMore", p."after"
    FROM "Thread" t
    LEFT JOIN "ThreadItem" c ON c."id" = ${page.after ?? null}::text AND c."threadId" = t."id" AND c."userId" = t."userId"
    CROSS JOIN LATERAL (
      SELECT '[' || COALESCE(string_agg(COALESCE(i."wire", (i."payload" || jsonb_build_object('id', i."id", 'thread_id', i."threadId",
                 'created_at', to_char(i."createdAt", ${Prisma.raw(ISO_TIME)}), 'type', i."type"))::text), ',' ORDER BY i."n")
                 FILTER (WHERE i."n" <= ${limit}), '') || ']' AS "items",
             COALESCE(bool_and(i."wire" IS NOT NULL) FILTER (WHERE i."n" <= ${limit}), TRUE) AS "wireReady",
             count(*) > ${limit} AS "hasMore",
             CASE WHEN count(*) > ${limit} THEN max(i."id") FILTER (WHERE i."n" = ${limit}) END AS "after"
      FROM (SELECT i.*, row_number() OVER (ORDER BY i."seq" ${direction}) AS "n"
            FROM (SELECT i."id", i."threadId", i."userId", i."type", i."payload", i."wire", i."createdAt", i."seq" FROM "ThreadItem" i
                  WHERE (i."threadId", i."seq") ${lower} AND (i."threadId", i."seq") ${upper} ${hidden}
                  ORDER BY i."threadId" ${direction}, i."seq" ${direction} LIMIT ${fetchSize(limit)}) i
            WHERE i."userId" = t."userId") i
    ) p
    WHERE t."id" = ${threadId} AND t."userId" = ${userId}`;
}

const EMPTY_READ: ItemsRead = { items: '[]', wireReady: true, has_more: false };

/** A read page as items (parsed; wire-ready items are already in wire form). */
const itemsOf = (read: ItemsRead): Page<ThreadItem> => ({
  data: JSON.parse(read.items) as ThreadItem[],
  has_more: read.has_more,
  ...(read.after !== undefined ? { after: read.after } : {}),
});
// The bigint range: "seq" (a bigserial) lies within it, so these bounds leave every item of the thread in.
const SEQ_MIN = '(-9223372036854775807 - 1)::bigint';
const SEQ_MAX = '9223372036854775807::bigint';

/** The page read (or kept, lib/store/page-cache.ts) for loadThreadItems and loadThreadItemsWire. */
async function loadItemsRead(
  userId: string,
  threadId: string,
  page: PageRequest,
  opts: { includeHidden?: boolean; interrupted?: () => ThreadItem },
): Promise<ItemsRead> {
  const key = JSON.stringify(['items', userId, threadId, page.order, page.limit, page.after ?? null, !!opts.includeHidden]);
  const result = await cachedPage(key, async () => {
    const r = await readThreadItems(userId, threadId, page, !!opts.includeHidden, !!opts.interrupted);
    // A thread with a turn open is not kept: its lease can expire with no write, and then the page must settle it.
    return { value: r, keep: !r.busy };
  });
  if (result.stale && opts.interrupted) {
    await prismaStore.settleInterruptedTurn(userId, threadId, opts.interrupted);
    return loadItemsRead(userId, threadId, page, { includeHidden: opts.includeHidden });
  }
  return result.read;
}

async function refreshFeedbackCounts(tx: Prisma.TransactionClient, threadId: string): Promise<void> {
  const groups = await tx.feedback.groupBy({ by: ['kind'], where: { threadId }, _count: { _all: true } });
  const count = (kind: string) => groups.find((g) => g.kind === kind)?._count._all ?? 0;
  await tx.thread.update({
    where: { id: threadId },
    data: { positiveCount: count('positive'), negativeCount: count('negative') },
  });
}

// ---------------------------------------------------------------- the store

export const prismaStore: Store = {
  async createThread(userId: string, thread: NewThread, first?: FirstItem): Promise<ThreadMetadata> {
    const diagramId = typeof thread.metadata.diagram_id === 'string' ? thread.metadata.diagram_id : undefined;
    if (diagramId && !(await ownsDiagram(userId, diagramId))) throw diagramNotFound();
    const data = {
      id: newId('thr'),
      userId,
      diagramId: diagramId ?? null,
      title: thread.title ?? null,
      status: thread.status?.type ?? 'active',
      statusReason: thread.status && 'reason' in thread.status ? (thread.status.reason ?? null) : null,
      metadata: thread.metadata as Prisma.InputJsonValue,
    };
    if (!first) return threadFromRow(await db().thread.create({ data }));
    // Thread and first message in one transaction: a message that cannot be stored leaves no empty thread behind.
    const item = first.item(data.id);
    const diagramRevisionId = item.type === 'user_message' ? await revisionFor(userId, { diagramId: data.diagramId, metadata: thread.metadata as Prisma.JsonValue }, first.diagramId) : null;
    const [row] = await db().$transaction([
      db().thread.create({ data: { ...data, itemCount: 1 } }),
      db().threadItem.create({ data: itemRow(userId, data.id, item, diagramRevisionId) }),
    ]);
    return threadFromRow(row);
  },

  async loadThread(userId, threadId) {
    return threadFromRow(await threadRow(userId, threadId));
  },

  async updateThread(userId: string, threadId: string, patch: ThreadPatch) {
    const data: Prisma.ThreadUpdateManyMutationInput = { updatedAt: new Date() };
    if (patch.title !== undefined) data.title = patch.title;
    if (patch.status) {
      data.status = patch.status.type;
      data.statusReason = 'reason' in patch.status ? (patch.status.reason ?? null) : null;
    }
    if (patch.metadata) data.metadata = patch.metadata as Prisma.InputJsonValue;
    const { count } = await db().thread.updateMany({ where: { id: threadId, userId }, data });
    if (!count) throw threadNotFound();
    return threadFromRow(await threadRow(userId, threadId));
  },

  async loadThreads(userId: string, page: PageRequest, filter: ThreadFilter = {}) {
    const key = JSON.stringify(['threads', userId, page.order, page.limit, page.after ?? null, filter.diagramId ?? null]);
    return cachedPage(key, async () => ({ value: await readThreads(userId, page, filter), keep: true }));
  },

  async loadThreadsWire(userId: string, page: PageRequest, filter: ThreadFilter = {}) {
    const key = JSON.stringify(['threadsWire', userId, page.order, page.limit, page.after ?? null, filter.diagramId ?? null]);
    return cachedPage(key, async () => ({ value: await readThreadsWire(userId, page, filter), keep: true }));
  },

  async deleteThread(userId, threadId) {
    const { count } = await db().thread.deleteMany({ where: { id: threadId, userId } });
    if (!count) throw threadNotFound();
  },

  async loadThreadItems(userId, threadId, page, opts = {}) {
    return itemsOf(await loadItemsRead(userId, threadId, page, opts));
  },

  async loadThreadItemsWire(userId, threadId, page, opts = {}) {
    const read = await loadItemsRead(userId, threadId, page, opts);
    if (!read.wireReady) return itemsOf(read);
    return { wire: read.items, has_more: read.has_more, ...(read.after !== undefined ? { after: read.after } : {}) };
  },

  async loadAllItems(userId, threadId) {
    await threadRow(userId, threadId);
    const rows = await db().threadItem.findMany({
      where: { threadId, userId },
      orderBy: { seq: 'asc' },
      select: { id: true, threadId: true, type: true, payload: true, createdAt: true },
    });
    return rows.map(itemFromRow);
  },

  async loadItem(userId, threadId, itemId) {
    const row = await db().threadItem.findFirst({ where: { id: itemId, threadId, userId } });
    if (!row) throw itemNotFound();
    return itemFromRow(row);
  },

  addThreadItem,

  async saveItem(userId, threadId, item) {
    // Most saves are of new items (an answer when it is done): one statement. A user message needs its revision
    // (addThreadItem), and a taken id or a thread that is not the user's falls through to the checks below.
    if (item.type !== 'user_message' && (await insertOwnedItem(userId, threadId, item, null, true))) return;
    const existing = await db().threadItem.findUnique({ where: { id: item.id }, select: { threadId: true, userId: true, createdAt: true } });
    if (!existing) return addThreadItem(userId, threadId, item);
    // Never overwrite an item of another thread or user through a reused id.
    if (existing.threadId !== threadId || existing.userId !== userId) throw itemNotFound();
    // The row keeps its time, so the wire text is made with that one.
    const { type, payload, wire, text, hidden } = itemRow(userId, threadId, { ...item, created_at: existing.createdAt.toISOString() }, null);
    await db().$transaction([
      db().threadItem.update({ where: { id: item.id }, data: { type, payload, wire, text, hidden } }),
      db().thread.update({ where: { id: threadId }, data: { updatedAt: new Date() } }),
    ]);
  },

  async deleteItem(userId, threadId, itemId) {
    const row = await db().threadItem.findFirst({ where: { id: itemId, threadId, userId } });
    if (!row) throw itemNotFound();
    await deleteRows(threadId, [row]);
  },

  async deleteItemsAfter(userId, threadId, itemId) {
    const cursor = await db().threadItem.findFirst({ where: { id: itemId, threadId, userId }, select: { seq: true } });
    if (!cursor) throw itemNotFound();
    const rows = await db().threadItem.findMany({ where: { threadId, userId, seq: { gt: cursor.seq } }, orderBy: { seq: 'asc' } });
    await deleteRows(threadId, rows);
    // Hidden items were never shown, so the client is only told about the visible ones.
    return rows.filter((r) => !r.hidden).map((r) => r.id);
  },

  async addFeedback(userId, threadId, itemIds, kind) {
    await threadRow(userId, threadId);
    const unique = [...new Set(itemIds)];
    const found = await db().threadItem.count({ where: { id: { in: unique }, threadId, userId, hidden: false } });
    if (found !== unique.length) throw itemNotFound();
    await db().$transaction(async (tx) => {
      for (const itemId of unique) {
        await tx.feedback.upsert({
          where: { itemId_userId: { itemId, userId } },
          create: { itemId, userId, threadId, kind },
          update: { kind, createdAt: new Date() },
        });
      }
      await refreshFeedbackCounts(tx, threadId);
    });
  },

  ...turnMethods((tx, userId, threadId, item) => insertItem(tx, userId, threadId, item), threadFromRow),
};

/** Insert an item into the user's thread (also used by lib/attachments for upload task items). */
export async function addThreadItem(userId: string, threadId: string, item: ThreadItem, opts: AddItemOptions = {}): Promise<void> {
  // A user message is stored with the current revision of the diagram it is about: the one the request names (it
  // must be the user's, else 404), else the thread's. That lookup rides in the insert statement (revisionOf below).
  const diagram = item.type === 'user_message' ? { requested: opts.diagramId ?? null } : null;
  if (await insertOwnedItem(userId, threadId, item, diagram)) return;
  if (opts.diagramId && item.type === 'user_message' && !(await ownsDiagram(userId, opts.diagramId))) throw diagramNotFound();
  throw threadNotFound();
}

/**
 * The id of the current revision of the user's diagram `requested`, or (when null) of the thread's own diagram
 * (diagramIdOfRow in SQL: the row's column, else a non-empty string `diagram_id` in its metadata); NULL when none.
 */
function revisionOf(userId: string, threadId: string, requested: string | null): Prisma.Sql {
  const threadDiagram = Prisma.sql`(SELECT COALESCE(th."diagramId", CASE WHEN jsonb_typeof(th."metadata"->'diagram_id') = 'string'
    THEN NULLIF(th."metadata"->>'diagram_id', '') END) FROM "Thread" th WHERE th."id" = ${threadId} AND th."userId" = ${userId})`;
  return Prisma.sql`(SELECT r."id" FROM "DiagramRevision" r JOIN "Diagram" g ON g."id" = r."diagramId" AND g."userId" = ${userId}
    WHERE r."diagramId" = ${requested ? Prisma.sql`${requested}::text` : threadDiagram}
    ORDER BY r."createdAt" DESC, r."id" DESC LIMIT 1)`;
}

/**
 * One statement on the streaming path instead of a lookup and a four-statement transaction: the thread's counters
 * move only if it is the user's (and, with `unlessExists`, only if the id is not taken yet; with a requested
 * diagram, only if that diagram is the user's), and the item is inserted only then. `diagram` given: the item is
 * stored with that diagram's current revision (revisionOf). Returns how many rows were inserted (0 or 1).
 */
async function insertOwnedItem(
  userId: string,
  threadId: string,
  item: ThreadItem,
  diagram: { requested: string | null } | null,
  unlessExists = false,
): Promise<number> {
  const row = itemRow(userId, threadId, item, null);
  const fresh = unlessExists ? Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "ThreadItem" WHERE "id" = ${row.id})` : Prisma.empty;
  const owned = diagram?.requested
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "Diagram" WHERE "id" = ${diagram.requested} AND "userId" = ${userId})`
    : Prisma.empty;
  const revision = diagram ? revisionOf(userId, threadId, diagram.requested) : Prisma.sql`NULL::text`;
  return db().$executeRaw`
    WITH t AS (
      UPDATE "Thread" SET "updatedAt" = ${new Date()}, "itemCount" = "itemCount" + 1
      WHERE "id" = ${threadId} AND "userId" = ${userId} ${fresh} ${owned} RETURNING "id"
    )
    INSERT INTO "ThreadItem" ("id", "threadId", "userId", "type", "payload", "wire", "text", "hidden", "diagramRevisionId", "createdAt")
    SELECT ${row.id}, t."id", ${userId}, ${row.type}, ${JSON.stringify(row.payload)}::jsonb, ${row.wire}, ${row.text}, ${row.hidden},
           ${revision}, ${row.createdAt} FROM t`;
}

/** The item row and the thread's counters, inside the caller's transaction (the thread is known to be the user's). */
export async function insertItem(tx: Prisma.TransactionClient, userId: string, threadId: string, item: ThreadItem, diagramRevisionId: string | null = null): Promise<void> {
  await tx.threadItem.create({ data: itemRow(userId, threadId, item, diagramRevisionId) });
  await tx.thread.update({
    where: { id: threadId },
    data: {
      updatedAt: new Date(),
      // attachmentCount/imageCount are kept by lib/attachments when it binds rows to the thread.
      itemCount: { increment: 1 },
    },
  });
}

async function deleteRows(threadId: string, rows: ItemRow[]): Promise<void> {
  if (!rows.length) return;
  await db().$transaction(async (tx) => {
    await tx.threadItem.deleteMany({ where: { id: { in: rows.map((r) => r.id) }, threadId } });
    await tx.thread.update({
      where: { id: threadId },
      data: {
        updatedAt: new Date(),
        itemCount: { decrement: rows.length },
      },
    });
    await refreshFeedbackCounts(tx, threadId);
  });
}
