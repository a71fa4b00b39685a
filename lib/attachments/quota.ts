// Upload quotas: per conversation (413) and per user per hour (429 with Retry-After). Hard limits: each check runs
// under the user's upload lock together with the insert or binding it allows (withUploadLock in lib/store/attachments), so concurrent
// requests, in one process or several, cannot all pass the same count. A conversation belongs to one user, so the
// user's lock also serialises its per-conversation count.
import 'server-only';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/db';
import { bindToThread, countInThread, createPending, uploadsSince, withUploadLock, type AttachmentRow, type NewPending } from '@/lib/store/attachments';

const HOUR = 3600_000;

async function checkQuotas(tx: Prisma.TransactionClient, userId: string, threadId: string | null | undefined, now = Date.now()): Promise<void> {
  const e = env();
  const recent = await uploadsSince(userId, new Date(now - HOUR), tx);
  if (recent.count >= e.UPLOAD_QUOTA_PER_USER_HOUR) {
    const retry = recent.oldest ? Math.max(1, Math.ceil((recent.oldest.getTime() + HOUR - now) / 1000)) : 60;
    throw new AppError('rateLimited', `You have uploaded ${recent.count} files in the last hour; the limit is ${e.UPLOAD_QUOTA_PER_USER_HOUR}. Try again in ${Math.ceil(retry / 60)} min.`, {
      'Retry-After': String(retry),
    });
  }
  if (threadId) await checkConversationRoom(tx, userId, threadId, 1);
}

async function checkConversationRoom(tx: Prisma.TransactionClient, userId: string, threadId: string, adding: number): Promise<void> {
  const max = env().UPLOAD_QUOTA_PER_CONVERSATION;
  const count = await countInThread(userId, threadId, tx);
  if (count + adding <= max) return;
  throw new AppError(
    'limitsReached',
    count >= max
      ? `This conversation already has ${count} attachments, the most it may have (${max}). Delete some or start a new conversation.`
      : `This conversation has ${count} attachments; ${adding} more would pass the limit of ${max}. Send fewer, delete some, or start a new conversation.`,
  );
}

/** The pending row of a new upload, if the user's quotas allow it (checked and inserted atomically). */
export async function reserveUpload(p: NewPending): Promise<AttachmentRow> {
  return withUploadLock(p.userId, async (tx) => {
    await checkQuotas(tx, p.userId, p.threadId);
    return createPending(p, tx);
  });
}

/** Binds a message's ready attachments to its conversation if the per-conversation limit allows them all. */
export async function bindWithinQuota(userId: string, ids: string[], threadId: string): Promise<void> {
  if (!ids.length) return;
  await withUploadLock(userId, (tx) => bindToThread(userId, ids, threadId, tx, (adding) => checkConversationRoom(tx, userId, threadId, adding)));
}
