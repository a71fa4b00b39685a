// The feedback queue: every thumbs-down, with the answer it was given on and the user question before it.
import 'server-only';
import { fetchSize, keysetPage } from '@/lib/paging';
import { db, Prisma } from '@/lib/db';
import { assertAdmin, assertConversationsReadable, type AdminActor } from '@/lib/admin/guard';
import { recordAudit } from '@/lib/admin/audit';

export type FeedbackEntry = {
  id: string;
  at: string;
  threadId: string;
  threadTitle: string | null;
  itemId: string;
  user: { id: string; email: string };
  question: string | null;
  answer: string;
  flagStatus: string | null;
};

type Raw = {
  id: string;
  at: Date;
  threadId: string;
  threadTitle: string | null;
  itemId: string;
  userId: string;
  email: string;
  question: string | null;
  answer: string;
  flagStatus: string | null;
};

/** Newest first; cursor = the last entry's id (entries are ordered by createdAt, id). */
export async function feedbackQueue(
  actor: AdminActor,
  opts: { limit?: number; cursor?: string | null } = {},
): Promise<{ data: FeedbackEntry[]; nextCursor: string | null }> {
  assertAdmin(actor);
  assertConversationsReadable();
  // The queue shows questions and answers: opening it (its first page) is audited.
  if (!opts.cursor) await recordAudit(actor.id, 'feedback.view', 'feedback');
  const limit = Math.min(Math.max(opts.limit ?? 50, 1), 200);
  let after = Prisma.empty;
  if (opts.cursor) {
    const c = await db().feedback.findUnique({ where: { id: opts.cursor }, select: { createdAt: true, id: true } });
    if (c) after = Prisma.sql`AND (fb."createdAt", fb.id) < (${c.createdAt.toISOString()}::timestamp(3), ${c.id})`;
  }
  // The question is the latest user message stored before the answer in the same thread.
  const rows = await db().$queryRaw<Raw[]>`
    SELECT fb.id, fb."createdAt" AS at, fb."threadId", t.title AS "threadTitle", fb."itemId",
      u.id AS "userId", u.email, ans."text" AS answer,
      (SELECT q."text" FROM "ThreadItem" q
         WHERE q."threadId" = ans."threadId" AND q.type = 'user_message' AND q.seq < ans.seq
         ORDER BY q.seq DESC LIMIT 1) AS question,
      f.status::text AS "flagStatus"
    FROM "Feedback" fb
    JOIN "ThreadItem" ans ON ans.id = fb."itemId"
    JOIN "Thread" t ON t.id = fb."threadId"
    JOIN "User" u ON u.id = fb."userId"
    LEFT JOIN "Flag" f ON f."threadId" = fb."threadId"
    WHERE fb.kind = 'negative' ${after}
    ORDER BY fb."createdAt" DESC, fb.id DESC
    LIMIT ${fetchSize(limit)}`;
  const { page, next } = keysetPage(rows, limit, (r) => r.id);
  return {
    data: page.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      threadId: r.threadId,
      threadTitle: r.threadTitle,
      itemId: r.itemId,
      user: { id: r.userId, email: r.email },
      question: r.question,
      answer: r.answer,
      flagStatus: r.flagStatus,
    })),
    nextCursor: next,
  };
}
