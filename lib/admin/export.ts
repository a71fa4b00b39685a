// Bulk export of the filtered conversations, streamed as JSONL: one line per conversation,
// {"thread":{…},"items":[ChatKit items…]}. Pages through the list with the keyset cursor, so memory stays flat.
import { db } from '@/lib/db';
import { assertAdmin, assertConversationsReadable, type AdminActor } from './guard';
import { recordAudit } from './audit';
import { listConversations, type ConversationRow } from './conversations';
import type { ConversationFilters } from './filters';

export type ExportLine = {
  thread: {
    id: string;
    title: string | null;
    user: { id: string; email: string };
    diagram: { id: string; name: string } | null;
    created_at: string;
    updated_at: string;
    flag: { status: string; note: string } | null;
  };
  items: Record<string, unknown>[];
};

const PAGE = 100;

/** Conversation ids/rows matching the filters, page by page (all of them, newest activity first). */
export async function* filteredConversations(actor: AdminActor, filters: ConversationFilters): AsyncGenerator<ConversationRow> {
  let cursor: string | undefined;
  do {
    const page = await listConversations(actor, { ...filters, cursor, limit: PAGE });
    yield* page.data;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** A thread's items in the ChatKit wire shape (id, thread_id, created_at added back), hidden ones left out. */
export async function chatkitItems(threadId: string): Promise<Record<string, unknown>[]> {
  const rows = await db().threadItem.findMany({ where: { threadId, hidden: false }, orderBy: { seq: 'asc' } });
  return rows
    .filter((r) => r.type !== 'hidden_context_item' && r.type !== 'sdk_hidden_context')
    .map((r) => ({
      id: r.id,
      thread_id: r.threadId,
      created_at: r.createdAt.toISOString(),
      type: r.type,
      ...((r.payload ?? {}) as Record<string, unknown>),
      ...(r.diagramRevisionId ? { diagram_revision_id: r.diagramRevisionId } : {}),
    }));
}

export async function exportLine(row: ConversationRow): Promise<ExportLine> {
  return {
    thread: {
      id: row.id,
      title: row.title,
      user: { id: row.user.id, email: row.user.email },
      diagram: row.diagram,
      created_at: row.createdAt,
      updated_at: row.updatedAt,
      flag: row.flag,
    },
    items: await chatkitItems(row.id),
  };
}

/** The JSONL body as a stream; the audit entry is written before the first byte. */
export async function exportJsonl(actor: AdminActor, filters: ConversationFilters): Promise<ReadableStream<Uint8Array>> {
  assertAdmin(actor);
  assertConversationsReadable();
  await recordAudit(actor.id, 'export.conversations', 'conversations', { format: 'jsonl', filters: { ...filters, cursor: undefined, limit: undefined } });
  const rows = filteredConversations(actor, { ...filters, cursor: undefined });
  const enc = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await rows.next();
        if (next.done) return controller.close();
        controller.enqueue(enc.encode(JSON.stringify(await exportLine(next.value)) + '\n'));
      } catch (err) {
        controller.error(err);
      }
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
}
