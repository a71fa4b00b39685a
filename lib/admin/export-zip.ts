// Bulk export as a zip: one folder per conversation with the same layout as the per-conversation zip
// (conversation.json, transcript.md, diagrams/*.bpmn, attachments/*). Entries are added one at a time while the
// response streams (archiver), so neither the archive nor all conversations are held in memory.
import { PassThrough, Readable } from 'node:stream';
import { ZipArchive } from 'archiver';
import { buildConversationExport } from '@/lib/export/conversation';
import { transcriptMarkdown } from '@/lib/export/transcript';
import { storage } from '@/lib/attachments/storage';
import { assertAdmin, assertConversationsReadable, type AdminActor } from './guard';
import { recordAudit } from './audit';
import { filteredConversations } from './export';
import type { ConversationFilters } from './filters';

export async function exportZip(actor: AdminActor, filters: ConversationFilters): Promise<ReadableStream<Uint8Array>> {
  assertAdmin(actor);
  assertConversationsReadable();
  await recordAudit(actor.id, 'export.conversations', 'conversations', { format: 'zip', filters: { ...filters, cursor: undefined, limit: undefined } });
  const zip = new ZipArchive({ zlib: { level: 6 } });
  const out = new PassThrough();
  zip.on('error', (err) => out.destroy(err));
  zip.pipe(out);
  void (async () => {
    try {
      const index: { id: string; folder: string; title: string | null; owner: string; flag: string | null; missingAttachments?: string[] }[] = [];
      for await (const row of filteredConversations(actor, { ...filters, cursor: undefined })) {
        const { data, rows } = await buildConversationExport(row.user.id, row.id);
        const dir = `${row.id}/`;
        index.push({ id: row.id, folder: dir, title: row.title, owner: row.user.email, flag: row.flag?.status ?? null });
        zip.append(JSON.stringify({ ...data, owner: { id: row.user.id, email: row.user.email }, flag: row.flag }, null, 2), { name: `${dir}conversation.json` });
        zip.append(transcriptMarkdown(data), { name: `${dir}transcript.md` });
        for (const rev of data.diagramRevisions) zip.append(rev.xml, { name: dir + rev.path });
        const byId = new Map(rows.map((r) => [r.id, r]));
        const missing: string[] = [];
        for (const a of data.attachments) {
          // One unreadable file must not cut off every conversation after it: list it as missing instead.
          const obj = await storage().get(byId.get(a.id)!.storageKey).catch(() => null);
          if (!obj) {
            missing.push(a.id);
            continue;
          }
          zip.append(obj.stream, { name: dir + a.path, store: a.kind === 'image' });
          await new Promise<void>((resolve, reject) => {
            obj.stream.once('end', resolve);
            obj.stream.once('close', resolve);
            obj.stream.once('error', reject);
          });
        }
        index[index.length - 1]!.missingAttachments = missing;
      }
      zip.append(JSON.stringify({ exportedAt: new Date().toISOString(), conversations: index }, null, 2), { name: 'index.json' });
      await zip.finalize();
    } catch (err) {
      // Headers are already sent: all that is left is to cut the stream (the client sees a truncated download).
      console.error('[procmod] admin zip export failed:', err);
      out.destroy(err as Error);
    }
  })();
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
