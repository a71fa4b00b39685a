// Every query on the Attachment table. User-facing lookups are scoped by userId and answer the same 404 for
// "missing" and "not yours". The few unscoped ones are named for the reason they may be (signed URL, janitor).
import 'server-only';
import { fetchSize, keysetPage } from '@/lib/paging';
import { db, dbKind, Prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { env } from '@/lib/env';
import { isWellFormedId } from '@/lib/ids';
import type { Attachment as Row } from '@/lib/generated/prisma/client';

export type { Row as AttachmentRow };

export const attachmentNotFound = () => new AppError('notFound', 'Attachment not found');

/** 400 for an id that cannot be one of ours (so typos are told apart from "not found"). */
export function checkAttachmentId(id: string): void {
  if (!isWellFormedId(id, 'atc')) throw new AppError('badRequest', `"${id.slice(0, 80)}" is not an attachment id (they look like atc_…).`);
}

export type NewPending = {
  id: string;
  userId: string;
  threadId?: string | null;
  source: string;
  name: string;
  kind: 'image' | 'file';
  mime: string;
  declaredSize?: number | null;
  uploadExpiresAt?: Date | null;
};

export async function createPending(p: NewPending, tx: Prisma.TransactionClient = db()): Promise<Row> {
  return tx.attachment.create({
    data: {
      id: p.id,
      userId: p.userId,
      threadId: p.threadId ?? null,
      source: p.source,
      name: p.name,
      kind: p.kind,
      mime: p.mime,
      status: 'pending',
      storageKey: p.id,
      declaredSize: p.declaredSize ?? null,
      uploadExpiresAt: p.uploadExpiresAt ?? null,
    },
  });
}

/**
 * Runs `fn` in a transaction holding this user's upload lock (a PostgreSQL advisory lock, released at commit), so
 * a quota check and the insert it allows cannot be overtaken by another request, in this process or another.
 */
export async function withUploadLock<T>(userId: string, fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`procmod:uploads:${userId}`}))`;
      return fn(tx);
    },
    // Fifty uploads at once queue on the lock (and for a pooled connection); each holds it for milliseconds.
    { maxWait: 20_000, timeout: 20_000 },
  );
}

export type ReadyFields = {
  name: string;
  kind: 'image' | 'file';
  mime: string;
  size: number;
  sha256: string;
  storageKey: string;
  thumbKey: string | null;
  width: number | null;
  height: number | null;
};

export async function markReady(userId: string, id: string, f: ReadyFields): Promise<Row> {
  const { count } = await db().attachment.updateMany({
    where: { id, userId, status: 'pending' },
    data: { ...f, status: 'ready', uploadExpiresAt: null },
  });
  if (count !== 1) throw attachmentNotFound();
  return (await db().attachment.findUnique({ where: { id } }))!;
}

/** `uploadExpiresAt` of a pending upload a request has taken (claimPending); `updatedAt` is then when it was taken. */
export const CLAIMED = new Date(0);

/**
 * When a claim lapses: it lasts as long as an upload URL does, so a claim left by a process that died (kill -9
 * mid-upload) frees the upload for the owner's retry or delete after that, not after the janitor's 24 h. Null: not claimed.
 */
export function claimLapsesAt(row: Pick<Row, 'uploadExpiresAt' | 'updatedAt'>): Date | null {
  if (row.uploadExpiresAt?.getTime() !== CLAIMED.getTime()) return null;
  return new Date(row.updatedAt.getTime() + env().UPLOAD_URL_TTL_SECONDS * 1000);
}

/** 409 for an upload another request holds, saying when it may be retried (Retry-After). */
export function uploadInProgress(lapsesAt: Date, now = Date.now()): AppError {
  const s = Math.max(1, Math.ceil((lapsesAt.getTime() - now) / 1000));
  return new AppError(
    'conflict',
    `This upload is already in progress. If that upload was cut off, retry after ${lapsesAt.toISOString()} (in ${s} s) or delete the attachment then.`,
    { 'Retry-After': String(s) },
  );
}

/**
 * Take a pending upload for this request, so two concurrent PUTs can't both write it: the winner marks the row
 * CLAIMED, the loser gets a 409. A lapsed claim (its process died) can be taken again. `unexpiredOnly`: an unclaimed
 * upload must still be within its URL's window (false when the bytes are already in storage, S3 two-step).
 */
export async function claimPending(userId: string, id: string, opts: { unexpiredOnly: boolean }): Promise<void> {
  const now = new Date();
  const lapsedBefore = new Date(now.getTime() - env().UPLOAD_URL_TTL_SECONDS * 1000);
  const unclaimed = opts.unexpiredOnly ? [{ uploadExpiresAt: { gt: now } }] : [{ uploadExpiresAt: null }, { uploadExpiresAt: { gt: CLAIMED } }];
  const { count } = await db().attachment.updateMany({
    where: { id, userId, status: 'pending', OR: [...unclaimed, { uploadExpiresAt: CLAIMED, updatedAt: { lt: lapsedBefore } }] },
    data: { uploadExpiresAt: CLAIMED, updatedAt: now },
  });
  if (count === 1) return;
  const row = await db().attachment.findFirst({ where: { id, userId }, select: { status: true, uploadExpiresAt: true, updatedAt: true } });
  const lapsesAt = row?.status === 'pending' ? claimLapsesAt(row) : null;
  if (lapsesAt) throw uploadInProgress(lapsesAt, now.getTime());
  throw new AppError('conflict', 'This upload is already done, or its URL has expired.');
}

export async function findOwned(userId: string, id: string, opts: { status?: 'ready' | 'pending' } = {}): Promise<Row> {
  checkAttachmentId(id);
  const row = await db().attachment.findFirst({ where: { id, userId, ...(opts.status ? { status: opts.status } : {}) } });
  if (!row) throw attachmentNotFound();
  return row;
}

export async function findManyOwned(userId: string, ids: string[], status?: 'ready'): Promise<Row[]> {
  if (!ids.length) return [];
  return db().attachment.findMany({ where: { id: { in: ids }, userId, ...(status ? { status } : {}) } });
}

/** Unscoped: only for requests already authorised by a signed URL for exactly this id. */
export async function findBySignedId(id: string): Promise<Row | null> {
  if (!isWellFormedId(id, 'atc')) return null;
  return db().attachment.findUnique({ where: { id } });
}

export async function findDuplicate(userId: string, threadId: string, sha256: string, exceptId: string): Promise<Row | null> {
  return db().attachment.findFirst({ where: { userId, threadId, sha256, status: 'ready', id: { not: exceptId } } });
}

export async function deleteRow(userId: string, id: string): Promise<void> {
  await db().attachment.deleteMany({ where: { id, userId } });
}

export async function countInThread(userId: string, threadId: string, tx: Prisma.TransactionClient = db()): Promise<number> {
  return tx.attachment.count({ where: { userId, threadId } });
}

/** Uploads by the user since `since`, oldest first (for the hourly quota and its Retry-After). */
export async function uploadsSince(userId: string, since: Date, tx: Prisma.TransactionClient = db()): Promise<{ count: number; oldest: Date | null }> {
  const where = { userId, createdAt: { gte: since } };
  // Sequential: inside a transaction there is one connection anyway.
  const count = await tx.attachment.count({ where });
  const oldest = count ? await tx.attachment.findFirst({ where, orderBy: { createdAt: 'asc' }, select: { createdAt: true } }) : null;
  return { count, oldest: oldest?.createdAt ?? null };
}

/** Newest first; `cursor` is the id of the last attachment of the previous page (exclusive). */
export async function listInThread(userId: string, threadId: string, take: number, cursor?: string): Promise<{ rows: Row[]; next: string | null }> {
  let where: object = { userId, threadId, status: 'ready' };
  if (cursor) {
    checkAttachmentId(cursor);
    const c = await db().attachment.findFirst({ where: { id: cursor, userId, threadId }, select: { createdAt: true, id: true } });
    if (!c) throw new AppError('badRequest', 'Unknown cursor; start again without one.');
    where = { ...where, OR: [{ createdAt: { lt: c.createdAt } }, { createdAt: c.createdAt, id: { lt: c.id } }] };
  }
  const rows = await db().attachment.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: fetchSize(take) });
  const { page, next } = keysetPage(rows, take, (r) => r.id);
  return { rows: page, next };
}

export async function allReadyInThread(userId: string, threadId: string): Promise<Row[]> {
  return db().attachment.findMany({ where: { userId, threadId, status: 'ready' }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

/**
 * Binds ready attachments to a thread and keeps the thread's counters (only rows not yet bound count). `check`
 * sees how many rows would be bound and may refuse; run it under withUploadLock for the count to hold.
 */
export async function bindToThread(
  userId: string,
  ids: string[],
  threadId: string,
  tx: Prisma.TransactionClient,
  check?: (adding: number) => Promise<void>,
): Promise<void> {
  if (!ids.length) return;
  const rows = await tx.attachment.findMany({ where: { id: { in: ids }, userId, threadId: null }, select: { id: true, kind: true } });
  if (!rows.length) return;
  await check?.(rows.length);
  await tx.attachment.updateMany({ where: { id: { in: rows.map((r) => r.id) }, userId, threadId: null }, data: { threadId } });
  await tx.thread.updateMany({
    where: { id: threadId, userId },
    data: { attachmentCount: { increment: rows.length }, imageCount: { increment: rows.filter((r) => r.kind === 'image').length } },
  });
}

/** Counters for an attachment created already bound (API uploads) or removed from a thread. */
export async function bumpThreadCounters(userId: string, threadId: string, kind: string, delta: 1 | -1): Promise<void> {
  await db().thread.updateMany({
    where: { id: threadId, userId },
    data: { attachmentCount: { increment: delta }, ...(kind === 'image' ? { imageCount: { increment: delta } } : {}) },
  });
}

/** Whether the thread exists and is the user's (conversation = ChatKit thread). */
export async function ownsThread(userId: string, threadId: string): Promise<boolean> {
  return !!(await db().thread.findFirst({ where: { id: threadId, userId }, select: { id: true } }));
}

// ---- janitor (system-wide by nature)

export async function stalePending(before: Date, take = 500): Promise<Row[]> {
  return db().attachment.findMany({ where: { status: 'pending', createdAt: { lt: before } }, take, orderBy: { createdAt: 'asc' } });
}

/**
 * Direct uploads (no upload URL, so nobody can retry them) still pending since before `before`: their request
 * died. The caller also checks that no temp file of theirs is still being written.
 */
export async function abandonedDirectUploads(before: Date, take = 500): Promise<Row[]> {
  return db().attachment.findMany({ where: { status: 'pending', uploadExpiresAt: null, updatedAt: { lt: before } }, take, orderBy: { updatedAt: 'asc' } });
}

/**
 * Runs `fn` unless another process is sweeping: on PostgreSQL a transaction-scoped advisory try-lock (several
 * replicas; freed even if the holder dies), on PGlite (one process) an in-process flag. Null when held elsewhere.
 */
export async function withJanitorLock<T>(fn: () => Promise<T>, maxSeconds: number): Promise<T | null> {
  if (dbKind() === 'pglite') {
    if (janitorRunning) return null;
    janitorRunning = true;
    try {
      return await fn();
    } finally {
      janitorRunning = false;
    }
  }
  return db().$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext('procmod:janitor')) AS locked`;
      return locked ? fn() : null;
    },
    { maxWait: 10_000, timeout: maxSeconds * 1000 },
  );
}
let janitorRunning = false;

/**
 * Claims one tick of the janitor's timer for this process (the first replica to ask wins; a row in the key/expiry
 * table the throttles use, gone after `seconds`). So replicas whose timers run out of phase sweep once per tick.
 */
export async function claimJanitorTick(tick: number, seconds: number): Promise<boolean> {
  const { count } = await db().rateLimiterFlexible.createMany({
    data: [{ key: `janitor:tick:${tick}`, points: 1, expire: new Date(Date.now() + seconds * 1000) }],
    skipDuplicates: true,
  });
  return count === 1;
}

/** Expired throttle and janitor-tick rows (rate-limiter-flexible treats them as absent but never deletes them). */
export async function deleteExpiredLimits(now = new Date()): Promise<number> {
  return (await db().rateLimiterFlexible.deleteMany({ where: { expire: { lt: now } } })).count;
}

/** Remove an upload that was refused or abandoned. Only pending rows: a concurrent request may have finished it. */
export async function deletePendingById(id: string): Promise<void> {
  await db().attachment.deleteMany({ where: { id, status: 'pending' } });
}

export async function keysInUse(keys: string[]): Promise<Set<string>> {
  const rows = await db().attachment.findMany({
    where: { OR: [{ storageKey: { in: keys } }, { thumbKey: { in: keys } }, { id: { in: keys } }] },
    select: { storageKey: true, thumbKey: true, id: true },
  });
  const out = new Set<string>();
  for (const r of rows) {
    out.add(r.storageKey);
    out.add(r.id);
    if (r.thumbKey) out.add(r.thumbKey);
  }
  return out;
}
