// The admin conversation list: every user's threads, newest activity first, keyset-paginated.
// One parameterised query (Prisma.sql fragments, never string-built SQL). Filters run on the thread table and
// its indexes; per-row counts are computed only for the page being returned, so cost does not grow with the table.
import 'server-only';
import { fetchSize, keysetPage } from '@/lib/paging';
import { db, Prisma } from '@/lib/db';
import { assertAdmin, assertConversationsReadable, type AdminActor } from '@/lib/admin/guard';
import { recordAudit } from '@/lib/admin/audit';
import { decodeCursor, encodeCursor, type ConversationFilters } from '@/lib/admin/filters';

export type ConversationRow = {
  id: string;
  title: string | null;
  user: { id: string; email: string; name: string | null };
  diagram: { id: string; name: string } | null;
  messageCount: number;
  attachmentCount: number;
  imageCount: number;
  positiveCount: number;
  negativeCount: number;
  flag: { status: 'open' | 'escalated' | 'resolved'; note: string } | null;
  createdAt: string;
  updatedAt: string;
  /** With a search: the best matching message text, matches wrapped in «…». */
  snippet: string | null;
};

export type ConversationPage = { data: ConversationRow[]; nextCursor: string | null };

type RawRow = {
  id: string;
  title: string | null;
  userId: string;
  email: string;
  userName: string | null;
  diagramId: string | null;
  diagramName: string | null;
  createdAt: Date;
  updatedAt: Date;
  messageCount: number;
  attachmentCount: number;
  imageCount: number;
  positiveCount: number;
  negativeCount: number;
  flagStatus: 'open' | 'escalated' | 'resolved' | null;
  flagNote: string | null;
  snippet: string | null;
};

const ts = (d: Date | string) => Prisma.sql`${typeof d === 'string' ? d : d.toISOString()}::timestamp(3)`;

/** The user filter accepts an email or a user id. */
async function resolveUserFilter(user: string): Promise<string | null> {
  const row = await db().user.findFirst({
    where: { OR: [{ id: user }, { email: user.toLowerCase() }] },
    select: { id: true },
  });
  return row?.id ?? null;
}

/** WHERE conditions for the filters (shared with the bulk export). Null: nothing can match. */
export async function conversationConditions(f: ConversationFilters): Promise<Prisma.Sql[] | null> {
  const where: Prisma.Sql[] = [];
  if (f.user) {
    const userId = await resolveUserFilter(f.user);
    if (!userId) return null;
    where.push(Prisma.sql`t."userId" = ${userId}`);
  }
  // A conversation matches a date range when its activity (created … last message) overlaps the range.
  if (f.from) where.push(Prisma.sql`t."updatedAt" >= ${ts(`${f.from}T00:00:00.000Z`)}`);
  if (f.to) where.push(Prisma.sql`t."createdAt" < ${ts(`${f.to}T00:00:00.000Z`)} + interval '1 day'`);
  if (f.diagram) where.push(Prisma.sql`t."diagramId" = ${f.diagram}`);
  if (f.images) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Attachment" a WHERE a."threadId" = t.id AND a.kind = 'image')`);
  }
  if (f.negative) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Feedback" fb WHERE fb."threadId" = t.id AND fb.kind = 'negative')`);
  }
  if (f.flag === 'none') where.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM "Flag" fl WHERE fl."threadId" = t.id)`);
  else if (f.flag === 'any') where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Flag" fl WHERE fl."threadId" = t.id)`);
  else if (f.flag) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Flag" fl WHERE fl."threadId" = t.id AND fl.status::text = ${f.flag})`);
  }
  if (f.q) where.push(await searchCondition(f.q));
  return where;
}

/** Matching items collected up front when a search term is rarer than this (mutable for tests of both paths). */
export const searchTuning = { rareTermItems: 5000 };

/**
 * Full-text condition, using the GIN expression index "ThreadItem_text_fts" (same expression, 'simple' config).
 * The planner cannot tell a rare word from a common one unless it is among the column's most common elements, and
 * for a rare word its favourite plan (walk threads by last activity, probe each one's items) reads the whole table.
 * So: collect the matching items through the index first, capped. Under the cap, the thread ids are the exact
 * answer; at the cap the term is common, and walking threads newest-first finds a page of matches quickly.
 */
async function searchCondition(q: string): Promise<Prisma.Sql> {
  const common = Prisma.sql`t.id IN (
    SELECT i."threadId" FROM "ThreadItem" i
    WHERE to_tsvector('simple', i."text") @@ plainto_tsquery('simple', ${q}) AND NOT i.hidden)`;
  // Words among the column's most common elements are estimated well: skip collecting a huge match set for them.
  if ((await estimatedMatches(q)) > 2 * searchTuning.rareTermItems) return common;
  const hits = await db().$queryRaw<{ threadId: string }[]>`
    SELECT "threadId" FROM "ThreadItem" i
    WHERE to_tsvector('simple', i."text") @@ plainto_tsquery('simple', ${q}) AND NOT i.hidden
    LIMIT ${searchTuning.rareTermItems}`;
  if (hits.length < searchTuning.rareTermItems) {
    const ids = [...new Set(hits.map((h) => h.threadId))];
    return ids.length ? Prisma.sql`t.id = ANY(${ids}::text[])` : Prisma.sql`FALSE`;
  }
  return common;
}

/** The planner's row estimate for the text match (EXPLAIN only plans; it reads no rows). */
async function estimatedMatches(q: string): Promise<number> {
  const plan = await db().$queryRaw<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[]>`
    EXPLAIN (FORMAT JSON) SELECT 1 FROM "ThreadItem" i
    WHERE to_tsvector('simple', i."text") @@ plainto_tsquery('simple', ${q}) AND NOT i.hidden`;
  const rows = plan[0]?.['QUERY PLAN']?.[0]?.Plan?.['Plan Rows'];
  return typeof rows === 'number' ? rows : 0;
}

export async function listConversations(actor: AdminActor, f: ConversationFilters): Promise<ConversationPage> {
  assertAdmin(actor);
  if (f.q) assertConversationsReadable();
  // A search shows excerpts of what users wrote: the first page of each search is audited.
  if (f.q && !f.cursor) await recordAudit(actor.id, 'conversations.search', 'conversations', { q: f.q });
  const limit = f.limit ?? 50;
  const where = await conversationConditions(f);
  if (!where) return { data: [], nextCursor: null };
  if (f.cursor) {
    const c = decodeCursor(f.cursor);
    where.push(Prisma.sql`(t."updatedAt", t.id) < (${ts(c.updatedAt)}, ${c.id})`);
  }
  const whereSql = where.length ? Prisma.sql`WHERE ${Prisma.join(where, ' AND ')}` : Prisma.empty;
  const snippet = f.q
    ? Prisma.sql`(SELECT ts_headline('simple', i."text", plainto_tsquery('simple', ${f.q}),
          'StartSel=«,StopSel=»,MaxWords=24,MinWords=8,MaxFragments=1')
        FROM "ThreadItem" i
        WHERE i."threadId" = p.id AND NOT i.hidden
          AND to_tsvector('simple', i."text") @@ plainto_tsquery('simple', ${f.q})
        ORDER BY i.seq LIMIT 1)`
    : Prisma.sql`NULL::text`;

  const rows = await db().$queryRaw<RawRow[]>`
    WITH p AS (
      SELECT t.id, t.title, t."userId", t."diagramId", t."createdAt", t."updatedAt"
      FROM "Thread" t
      ${whereSql}
      ORDER BY t."updatedAt" DESC, t.id DESC
      LIMIT ${fetchSize(limit)}
    )
    SELECT p.id, p.title, p."userId", u.email, u.name AS "userName", p."diagramId", d.name AS "diagramName",
      p."createdAt", p."updatedAt",
      (SELECT count(*)::int FROM "ThreadItem" i
         WHERE i."threadId" = p.id AND NOT i.hidden AND i.type IN ('user_message', 'assistant_message')) AS "messageCount",
      (SELECT count(*)::int FROM "Attachment" a WHERE a."threadId" = p.id) AS "attachmentCount",
      (SELECT count(*)::int FROM "Attachment" a WHERE a."threadId" = p.id AND a.kind = 'image') AS "imageCount",
      (SELECT count(*)::int FROM "Feedback" fb WHERE fb."threadId" = p.id AND fb.kind = 'positive') AS "positiveCount",
      (SELECT count(*)::int FROM "Feedback" fb WHERE fb."threadId" = p.id AND fb.kind = 'negative') AS "negativeCount",
      f.status::text AS "flagStatus", f.note AS "flagNote",
      ${snippet} AS snippet
    FROM p
    JOIN "User" u ON u.id = p."userId"
    LEFT JOIN "Diagram" d ON d.id = p."diagramId"
    LEFT JOIN "Flag" f ON f."threadId" = p.id
    ORDER BY p."updatedAt" DESC, p.id DESC`;

  const { page, next } = keysetPage(rows, limit, (last) => encodeCursor(last.updatedAt, last.id));
  return { data: page.map(toRow), nextCursor: next };
}

function toRow(r: RawRow): ConversationRow {
  return {
    id: r.id,
    title: r.title,
    user: { id: r.userId, email: r.email, name: r.userName },
    diagram: r.diagramId ? { id: r.diagramId, name: r.diagramName ?? '' } : null,
    messageCount: r.messageCount,
    attachmentCount: r.attachmentCount,
    imageCount: r.imageCount,
    positiveCount: r.positiveCount,
    negativeCount: r.negativeCount,
    flag: r.flagStatus ? { status: r.flagStatus, note: r.flagNote ?? '' } : null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    snippet: r.snippet,
  };
}
