// One turn at a time per thread, across app processes: a lease (Thread.turnId, turnExpiresAt) taken under the
// thread row's lock, renewed by the answering process while it streams, freed when the turn ends. A lease found
// expired means its process died mid-answer: the thread then gets an "interrupted" item, once, from whichever
// process notices first. Times are the app servers' clocks (kept in sync by NTP; the lease is tens of seconds).
import { db, Prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Store } from '@/lib/chatkit/store';
import type { ThreadItem } from '@/lib/chatkit/types';

type TurnRow = { turnId: string | null; turnExpiresAt: Date | null };

/** The thread's lease columns, its row locked until the transaction ends (a concurrent taker waits). */
async function lockTurn(tx: Prisma.TransactionClient, userId: string, threadId: string): Promise<TurnRow | null> {
  const rows = await tx.$queryRaw<TurnRow[]>`SELECT "turnId", "turnExpiresAt" FROM "Thread" WHERE "id" = ${threadId} AND "userId" = ${userId} FOR UPDATE`;
  return rows[0] ?? null;
}

const expired = (row: TurnRow, now: Date) => !!row.turnId && (!row.turnExpiresAt || row.turnExpiresAt <= now);

type InsertItem = (tx: Prisma.TransactionClient, userId: string, threadId: string, item: ThreadItem) => Promise<void>;

/** The Store's turn methods; `insertItem` is the store's own item insert (passed in to keep imports one-way). */
export function turnMethods(insertItem: InsertItem): Pick<Store, 'beginTurn' | 'renewTurn' | 'endTurn' | 'settleInterruptedTurn'> {
  return {
    async beginTurn(userId, threadId, lease) {
      // The common case, a free thread, is one conditional update; a held, expired or missing one takes the lock.
      const free = await db().thread.updateMany({
        where: { id: threadId, userId, turnId: null },
        data: { turnId: lease.turnId, turnExpiresAt: new Date(Date.now() + lease.ttlMs) },
      });
      if (free.count === 1) return 'started';
      return db().$transaction(
        async (tx) => {
          const row = await lockTurn(tx, userId, threadId);
          if (!row) throw new AppError('notFound', 'Thread not found');
          const now = new Date();
          if (row.turnId && !expired(row, now)) return 'busy' as const;
          if (row.turnId) await insertItem(tx, userId, threadId, lease.interrupted());
          await tx.thread.update({ where: { id: threadId }, data: { turnId: lease.turnId, turnExpiresAt: new Date(now.getTime() + lease.ttlMs) } });
          return 'started' as const;
        },
        { maxWait: 20_000, timeout: 20_000 },
      );
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
