// Conversation export: JSON (thread, visible items, attachment metadata, the diagram revisions the conversation
// touched) and a zip streamed with archiver (adds attachment bytes, .bpmn revisions and a readable transcript.md).
import { PassThrough, Readable } from 'node:stream';
import { ZipArchive } from 'archiver';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { itemFromRow, threadFromRow } from '@/lib/store';
import type { ThreadItem } from '@/lib/chatkit/types';
import { allReadyInThread, type AttachmentRow } from '@/lib/attachments/repo';
import { storage } from '@/lib/attachments/storage';
import { transcriptMarkdown } from './transcript';

export type ExportedAttachment = {
  id: string;
  name: string;
  type: string;
  kind: string;
  size: number;
  sha256: string | null;
  width: number | null;
  height: number | null;
  source: string;
  createdAt: string;
  /** Path of the bytes inside the zip export. */
  path: string;
};

export type ExportedRevision = { id: string; diagramId: string; diagramName: string; createdAt: string; sha256: string; path: string; xml: string };

export type ConversationExport = {
  format: 'procmod.conversation.v1';
  exportedAt: string;
  thread: { id: string; title: string | null; created_at: string; updated_at: string; status: unknown; diagram_id: string | null };
  items: ThreadItem[];
  attachments: ExportedAttachment[];
  diagramRevisions: ExportedRevision[];
};

/** Everything of the conversation, owner only (someone else's → the same 404 as a missing one). */
export async function buildConversationExport(userId: string, threadId: string): Promise<{ data: ConversationExport; rows: AttachmentRow[] }> {
  const thread = await db().thread.findFirst({ where: { id: threadId, userId } });
  if (!thread) throw new AppError('notFound', 'Conversation not found');
  const itemRows = await db().threadItem.findMany({ where: { threadId, userId, hidden: false }, orderBy: { seq: 'asc' } });
  const revIds = [...new Set(itemRows.map((r) => r.diagramRevisionId).filter((x): x is string => !!x))];
  const revisions = revIds.length
    ? await db().diagramRevision.findMany({
        where: { id: { in: revIds }, diagram: { userId } },
        include: { diagram: { select: { name: true } } },
        orderBy: { createdAt: 'asc' },
      })
    : [];
  const rows = await allReadyInThread(userId, threadId);
  const meta = threadFromRow(thread);
  const data: ConversationExport = {
    format: 'procmod.conversation.v1',
    exportedAt: new Date().toISOString(),
    thread: {
      id: meta.id,
      title: thread.title,
      created_at: meta.created_at,
      updated_at: thread.updatedAt.toISOString(),
      status: meta.status,
      diagram_id: thread.diagramId,
    },
    items: itemRows.map(itemFromRow),
    attachments: rows.map((r, i) => ({
      id: r.id,
      name: r.name,
      type: r.mime,
      kind: r.kind,
      size: r.size,
      sha256: r.sha256,
      width: r.width,
      height: r.height,
      source: r.source,
      createdAt: r.createdAt.toISOString(),
      path: `attachments/${String(i + 1).padStart(3, '0')}-${r.name}`,
    })),
    diagramRevisions: revisions.map((r) => ({
      id: r.id,
      diagramId: r.diagramId,
      diagramName: r.diagram.name,
      createdAt: r.createdAt.toISOString(),
      sha256: r.sha256,
      path: `diagrams/${r.createdAt.toISOString().replace(/[:.]/g, '-')}-${r.id}.bpmn`,
      xml: r.xml,
    })),
  };
  return { data, rows };
}

/** The zip as a web stream: entries are added one at a time while the response is being sent (never in memory). */
export function conversationZipStream(exp: ConversationExport, rows: AttachmentRow[]): ReadableStream<Uint8Array> {
  const zip = new ZipArchive({ zlib: { level: 6 } });
  const out = new PassThrough();
  zip.on('error', (err) => out.destroy(err));
  zip.pipe(out);
  const byId = new Map(rows.map((r) => [r.id, r]));
  void (async () => {
    try {
      zip.append(JSON.stringify(exp, null, 2), { name: 'conversation.json' });
      zip.append(transcriptMarkdown(exp), { name: 'transcript.md' });
      for (const rev of exp.diagramRevisions) zip.append(rev.xml, { name: rev.path });
      for (const a of exp.attachments) {
        const obj = await storage().get(byId.get(a.id)!.storageKey);
        if (!obj) continue;
        // Images are already compressed; storing them saves CPU.
        zip.append(obj.stream, { name: a.path, store: a.kind === 'image' });
        await new Promise<void>((resolve, reject) => {
          obj.stream.once('end', resolve);
          obj.stream.once('close', resolve);
          obj.stream.once('error', reject);
        });
      }
      await zip.finalize();
    } catch (err) {
      out.destroy(err as Error);
    }
  })();
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

export function exportFileName(exp: ConversationExport, ext: 'json' | 'zip'): string {
  const title = (exp.thread.title ?? 'conversation').replace(/[^\p{L}\p{N} _-]+/gu, '').trim().slice(0, 60) || 'conversation';
  return `${title} (${exp.thread.id}).${ext}`;
}
