// Bulk export as a zip: one folder per conversation with the same layout as the per-conversation zip
// (lib/export appendConversation), plus index.json. Entries are added one at a time while the response streams.
import 'server-only';
import { appendConversation, zipStream } from '@/lib/export/conversation';
import { beginExport } from '@/lib/store/admin';
import type { AdminActor } from './guard';
import { auditedFilters, exportConversation, filteredConversations } from './export';
import type { ConversationFilters } from './filters';

export async function exportZip(actor: AdminActor, filters: ConversationFilters): Promise<ReadableStream<Uint8Array>> {
  const reader = await beginExport(actor, { format: 'zip', filters: auditedFilters(filters) });
  return zipStream(async (zip) => {
    const index: { id: string; folder: string; title: string | null; owner: string; flag: string | null; missingAttachments: string[] }[] = [];
    for await (const row of filteredConversations(actor, { ...filters, cursor: undefined })) {
      const { data, line, rows } = await exportConversation(reader, row);
      const dir = `${row.id}/`;
      const missingAttachments = await appendConversation(zip, dir, data, rows, line);
      index.push({ id: row.id, folder: dir, title: row.title, owner: row.user.email, flag: row.flag?.status ?? null, missingAttachments });
    }
    zip.append(JSON.stringify({ exportedAt: new Date().toISOString(), conversations: index }, null, 2), { name: 'index.json' });
  }, 'admin zip export');
}
