// One conversation, read-only, for an admin: items in order with the feedback on each and, for user messages,
// the diagram revision they were sent with. Reading is audited (lib/store/admin readTranscript writes the entry).
import 'server-only';
import { db } from '@/lib/db';
import { readTranscript } from '@/lib/store/admin';
import { notFound } from '@/lib/errors';
import type { Attachment } from '@/lib/chatkit/types';
import { assertAdmin, assertConversationsReadable, type AdminActor } from './guard';
import { recordAudit } from './audit';
import { presentAttachments, type AttachmentView } from './attachment-view';

export type TranscriptItem = {
  id: string;
  type: string;
  createdAt: string;
  text: string;
  /** The stored ChatKit item JSON (without id/thread_id/created_at). */
  payload: Record<string, unknown>;
  diagramRevisionId: string | null;
  attachments: AttachmentView[];
  feedback: { kind: 'positive' | 'negative'; at: string }[];
};

export type Transcript = {
  thread: {
    id: string;
    title: string | null;
    status: string;
    createdAt: string;
    updatedAt: string;
    user: { id: string; email: string; name: string | null; disabled: boolean };
    diagram: { id: string; name: string } | null;
  };
  flag: { status: 'open' | 'escalated' | 'resolved'; note: string; updatedAt: string; updatedBy: string | null } | null;
  items: TranscriptItem[];
};

// Model-only context is not part of what the user and the assistant said.
const HIDDEN_TYPES = new Set(['hidden_context_item', 'sdk_hidden_context']);

export async function loadTranscript(actor: AdminActor, threadId: string): Promise<Transcript> {
  const { thread, items: rows, feedback } = await readTranscript(actor, threadId);
  const items = rows.filter((r) => !HIDDEN_TYPES.has(r.type));
  const stored: Attachment[] = items.flatMap((r) => attachmentsOf(r.payload));
  const views = await presentAttachments(thread.userId, stored);

  return {
    thread: {
      id: thread.id,
      title: thread.title,
      status: thread.status,
      createdAt: thread.createdAt.toISOString(),
      updatedAt: thread.updatedAt.toISOString(),
      user: { id: thread.user.id, email: thread.user.email, name: thread.user.name, disabled: !!thread.user.disabledAt },
      diagram: thread.diagram,
    },
    flag: thread.flag
      ? {
          status: thread.flag.status,
          note: thread.flag.note,
          updatedAt: thread.flag.updatedAt.toISOString(),
          updatedBy: thread.flag.updatedBy?.email ?? null,
        }
      : null,
    items: items.map((r) => ({
      id: r.id,
      type: r.type,
      createdAt: r.createdAt.toISOString(),
      text: r.text,
      payload: (r.payload ?? {}) as Record<string, unknown>,
      diagramRevisionId: r.diagramRevisionId,
      attachments: attachmentsOf(r.payload).flatMap((a) => views.get(a.id) ?? []),
      feedback: feedback
        .filter((f) => f.itemId === r.id)
        .map((f) => ({ kind: f.kind === 'negative' ? 'negative' : 'positive', at: f.createdAt.toISOString() })),
    })),
  };
}

function attachmentsOf(payload: unknown): Attachment[] {
  const list = (payload as { attachments?: unknown } | null)?.attachments;
  if (!Array.isArray(list)) return [];
  return list.filter((a): a is Attachment => !!a && typeof a === 'object' && typeof (a as Attachment).id === 'string');
}

/** A diagram revision's XML for the read-only viewer (audited: it shows the user's work). */
export async function loadRevision(actor: AdminActor, revisionId: string) {
  assertAdmin(actor);
  assertConversationsReadable();
  const rev = await db().diagramRevision.findUnique({
    where: { id: revisionId },
    include: { diagram: { select: { id: true, name: true, user: { select: { email: true } } } } },
  });
  if (!rev) throw notFound('Diagram revision not found');
  await recordAudit(actor.id, 'revision.view', revisionId, { diagram: rev.diagram.id, owner: rev.diagram.user.email });
  return {
    id: rev.id,
    xml: rev.xml,
    createdAt: rev.createdAt.toISOString(),
    diagram: { id: rev.diagram.id, name: rev.diagram.name },
    owner: rev.diagram.user.email,
  };
}
