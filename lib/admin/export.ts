// Bulk export of the filtered conversations, streamed as JSONL: one line per conversation in the per-conversation
// export format (lib/export). Pages through the list with the keyset cursor, so memory stays flat.
import 'server-only';
import { conversationExportFrom, type ConversationExport } from '@/lib/export/conversation';
import { beginExport, listConversations } from '@/lib/store/admin';
import type { ConversationRow } from '@/lib/store/admin/conversations';
import type { AdminActor } from './guard';
import type { ConversationFilters } from './filters';

/** One JSONL line: the per-conversation export (lib/export, procmod.conversation.v1) plus the admin-only owner and flag. */
export type ExportLine = ConversationExport & {
  owner: { id: string; email: string };
  flag: { status: string; note: string } | null;
};

export type ExportReader = Awaited<ReturnType<typeof beginExport>>;

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

/** One conversation of an export in the per-conversation format, with the attachment rows for the zip. */
export async function exportConversation(reader: ExportReader, row: ConversationRow) {
  const { data, rows } = await conversationExportFrom(row.user.id, await reader.conversation(row.user.id, row.id));
  const line: ExportLine = { ...data, owner: { id: row.user.id, email: row.user.email }, flag: row.flag };
  return { data, line, rows };
}

/** The filters as the audit entry records them (paging is not part of what was asked for). */
export function auditedFilters(filters: ConversationFilters): Record<string, unknown> {
  return { ...filters, cursor: undefined, limit: undefined };
}

/** The JSONL body as a stream; the audit entry is written before the first byte. */
export async function exportJsonl(actor: AdminActor, filters: ConversationFilters): Promise<ReadableStream<Uint8Array>> {
  const reader = await beginExport(actor, { format: 'jsonl', filters: auditedFilters(filters) });
  const rows = filteredConversations(actor, { ...filters, cursor: undefined });
  const enc = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await rows.next();
        if (next.done) return controller.close();
        controller.enqueue(enc.encode(JSON.stringify((await exportConversation(reader, next.value)).line) + '\n'));
      } catch (err) {
        controller.error(err);
      }
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
}
