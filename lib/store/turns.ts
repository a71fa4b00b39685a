// One turn at a time per thread, across app processes: a lease (Thread.turnId, turnExpiresAt) taken under the
// thread row's lock, renewed by the answering process while it streams, freed when the turn ends. A lease found
// expired means its process died mid-answer: the thread then gets an "interrupted" item, once, from whichever
// process notices first. Times are the app servers' clocks (kept in sync by NTP; the lease is tens of seconds).
import { db, Prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Store } from '@/lib/chatkit/store';
import type { ThreadItem, ThreadMetadata } from '@/lib/chatkit/types';

type TurnRow = { turnId: string | null; turnExpiresAt: Date | null };

/** The thread's lease columns, its row locked until the transaction ends (a concurrent taker waits). */
async function lockTurn(tx: Prisma.TransactionClient, userId: string, threadId: string): Promise<TurnRow | null> {
  const rows = await tx.$queryRaw<TurnRow[]>`SELECT "turnId", "turnExpiresAt" FROM "Thread" WHERE "id" = ${threadId} AND "userId" = ${userId} FOR UPDATE`;
  return rows[0] ?? null;
}

const expired = (row: TurnRow, now: Date) => !!row.turnId && (!row.turnExpiresAt || row.turnExpiresAt <= now);

type InsertItem = (tx: Prisma.TransactionClient, userId: string, threadId: string, item: ThreadItem) => Promise<void>;
/** The thread columns a turn answers with (the store's row mapping, passed in to keep imports one-way). */
type ThreadCols = { id: string; title: string | null; createdAt: Date; status: string; statusReason: string | null; metadata: Prisma.JsonValue };
type StartRow = ThreadCols & TurnRow & { started: boolean };

/** The Store's turn methods; `insertItem` and `toThread` are the store's own item insert and row mapping. */
export function turnMethods(
  insertItem: InsertItem,
  toThread: (row: ThreadCols) => ThreadMetadata,
): Pick<Store, 'beginTurn' | 'renewTurn' | 'endTurn' | 'settleInterruptedTurn'> {
  return {
    async beginTurn(userId, threadId, lease) {
      // The common case, a free active thread, is this one statement: the thread as it was (the data-modifying CTE
      // does not change what `t` sees) and the lease taken only if the thread is active and free. Anything else
      // (missing, inactive, held or expired) is decided from that row; only a held lease takes the row lock.
      const [row] = await db().$queryRaw<StartRow[]>`
        WITH t AS (
          SELECT "id", "title", "createdAt", "status", "statusReason", "metadata", "turnId", "turnExpiresAt" FROM "Thread"
          WHERE "id" = ${threadId} AND "userId" = ${userId}
        ), taken AS (
          UPDATE "Thread" SET "turnId" = ${lease.turnId}, "turnExpiresAt" = ${new Date(Date.now() + lease.ttlMs)}
          WHERE "id" = ${threadId} AND "userId" = ${userId} AND "turnId" IS NULL AND "status" NOT IN ('locked', 'closed')
          RETURNING "id"
        )
        SELECT t.*, EXISTS (SELECT 1 FROM taken) AS "started" FROM t`;
      if (!row) throw new AppError('notFound', 'Thread not found');
      const thread = toThread(row);
      if (row.started) return { thread, begun: 'started' };
      if (thread.status.type !== 'active') return { thread, begun: 'inactive' };
      const begun = await db().$transaction(
        async (tx) => {
          const held = await lockTurn(tx, userId, threadId);
          if (!held) throw new AppError('notFound', 'Thread not found');
          const now = new Date();
          if (held.turnId && !expired(held, now)) return 'busy' as const;
          if (held.turnId) await insertItem(tx, userId, threadId, lease.interrupted());
          await tx.thread.update({ where: { id: threadId }, data: { turnId: lease.turnId, turnExpiresAt: new Date(now.getTime() + lease.ttlMs) } });
          return 'started' as const;
        },
        { maxWait: 20_000, timeout: 20_000 },
      );
      return { thread, begun };
    },

    async renewTurn(userId, threadId, lease) {
      const { count } = await db().thread.updateMany({
        where: { id: threadId, userId, turnId: lease.turnId },
        data: { turnExpiresAt: new Date(Date.now() + lease.ttlMs) },
      });
      return count === 1;
    },

    async endTurn(userId, threadId, turnId) {
      await db().thread.updateMany({ where: { id: threadId, userId, turnId }, data: { turnId: null, turnExpiresAt: null } });
    },

    async settleInterruptedTurn(userId, threadId, interrupted: () => ThreadItem) {
      // The common case (no turn, or a live one) costs one indexed read and no transaction.
      const stale = await db().thread.findFirst({
        where: { id: threadId, userId, turnId: { not: null }, turnExpiresAt: { lte: new Date() } },
        select: { id: true },
      });
      if (!stale) return false;
      return db().$transaction(async (tx) => {
        const row = await lockTurn(tx, userId, threadId);
        if (!row || !expired(row, new Date())) return false;
        await insertItem(tx, userId, threadId, interrupted());
        await tx.thread.update({ where: { id: threadId }, data: { turnId: null, turnExpiresAt: null } });
        return true;
      });
    },
  };
}
