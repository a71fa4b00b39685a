// Bulk export of the filtered conversations, streamed as JSONL: one line per conversation in the per-conversation
// export format (lib/export). Pages through the list with the keyset cursor, so memory stays flat.
import { buildConversationExport, type ConversationExport } from '@/lib/export/conversation';
import { assertAdmin, assertConversationsReadable, type AdminActor } from './guard';
import { recordAudit } from './audit';
import { listConversations, type ConversationRow } from './conversations';
import type { ConversationFilters } from './filters';

/** One JSONL line: the per-conversation export (lib/export, procmod.conversation.v1) plus the admin-only owner and flag. */
export type ExportLine = ConversationExport & {
  owner: { id: string; email: string };
  flag: { status: string; note: string } | null;
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

export async function exportLine(row: ConversationRow): Promise<ExportLine> {
  const { data } = await buildConversationExport(row.user.id, row.id);
  return { ...data, owner: { id: row.user.id, email: row.user.email }, flag: row.flag };
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
