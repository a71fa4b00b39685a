// The admin-scoped side of the Store: reads across users, for lib/admin only. Every function takes the acting
// admin and checks the role again; every one that returns what users wrote checks ADMIN_CAN_READ_CONVERSATIONS
// and writes the audit entry itself, so no caller can show conversation content without a trace in the log.
import 'server-only';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { assertAdmin, assertConversationsReadable, type AdminActor } from '@/lib/admin/guard';
import { recordAudit } from '@/lib/admin/audit';
import { loadThreadForExport } from '@/lib/store';
import { allReadyInThread } from '@/lib/store/attachments';

export { listConversations, conversationConditions, searchTuning } from './conversations';
export { feedbackQueue } from './feedback';
export { dailyStats } from './stats';

/** The thread's current flag status, without any content (flag changes are audited by lib/admin/flags). */
export async function threadFlagState(actor: AdminActor, threadId: string): Promise<{ flagStatus: string | null }> {
  assertAdmin(actor);
  const thread = await db().thread.findUnique({ where: { id: threadId }, select: { id: true, flag: { select: { status: true } } } });
  if (!thread) throw notFound('Conversation not found');
  return { flagStatus: thread.flag?.status ?? null };
}

/** One conversation for review: thread, owner, flag, visible items and their feedback. Audited (transcript.view). */
export async function readTranscript(actor: AdminActor, threadId: string) {
  assertAdmin(actor);
  assertConversationsReadable();
  const thread = await db().thread.findUnique({
    where: { id: threadId },
    include: {
      user: { select: { id: true, email: true, name: true, disabledAt: true } },
      diagram: { select: { id: true, name: true } },
      flag: { include: { updatedBy: { select: { email: true } } } },
    },
  });
  if (!thread) throw notFound('Conversation not found');
  const [items, feedback] = await Promise.all([
    db().threadItem.findMany({ where: { threadId, hidden: false }, orderBy: { seq: 'asc' } }),
    db().feedback.findMany({ where: { threadId }, orderBy: { createdAt: 'asc' } }),
  ]);
  await recordAudit(actor.id, 'transcript.view', threadId, { owner: thread.user.email });
  return { thread, items, feedback };
}

/**
 * Starts an export of conversations: the audit entry (export.conversations, with the filters) is written here,
 * before anything is read, and the returned reader is the only way to load a conversation for it.
 */
export async function beginExport(actor: AdminActor, detail: { format: 'jsonl' | 'zip'; filters: Record<string, unknown> }) {
  assertAdmin(actor);
  assertConversationsReadable();
  await recordAudit(actor.id, 'export.conversations', 'conversations', detail);
  return {
    /** Everything of one conversation, read as its owner would export it. */
    conversation: async (ownerId: string, threadId: string) => ({
      ...(await loadThreadForExport(ownerId, threadId)),
      attachments: await allReadyInThread(ownerId, threadId),
    }),
  };
}
