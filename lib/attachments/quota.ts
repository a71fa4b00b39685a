// Upload quotas: per conversation (413) and per user per hour (429 with Retry-After).
import 'server-only';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { countInThread, uploadsSince } from '@/lib/store/attachments';

const HOUR = 3600_000;

export async function checkQuotas(userId: string, threadId: string | null | undefined, now = Date.now()): Promise<void> {
  const e = env();
  const recent = await uploadsSince(userId, new Date(now - HOUR));
  if (recent.count >= e.UPLOAD_QUOTA_PER_USER_HOUR) {
    const retry = recent.oldest ? Math.max(1, Math.ceil((recent.oldest.getTime() + HOUR - now) / 1000)) : 60;
    throw new AppError('rateLimited', `You have uploaded ${recent.count} files in the last hour; the limit is ${e.UPLOAD_QUOTA_PER_USER_HOUR}. Try again in ${Math.ceil(retry / 60)} min.`, {
      'Retry-After': String(retry),
    });
  }
  if (threadId && (await countInThread(userId, threadId)) >= e.UPLOAD_QUOTA_PER_CONVERSATION) {
    throw new AppError('limitsReached', `This conversation already has ${e.UPLOAD_QUOTA_PER_CONVERSATION} attachments, the most it may have. Delete some or start a new conversation.`);
  }
}
