// Conversation export: JSON (thread, visible items, attachment metadata, the diagram revisions the conversation
// touched) and a zip streamed with archiver (adds attachment bytes, .bpmn revisions and a readable transcript.md).
import 'server-only';
import { PassThrough, Readable } from 'node:stream';
import { ZipArchive } from 'archiver';
import { loadThreadForExport } from '@/lib/store';
import { revisionsOfUser } from '@/lib/diagrams/diagrams';
import type { ThreadItem } from '@/lib/chatkit/types';
import { allReadyInThread, type AttachmentRow } from '@/lib/store/attachments';
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

/** What an export is made of, as lib/store reads it (for the owner, or for an audited admin export). */
export type ExportSource = Awaited<ReturnType<typeof loadThreadForExport>> & { attachments: AttachmentRow[] };

/** Everything of the conversation, owner only (someone else's → the same 404 as a missing one). */
export async function buildConversationExport(userId: string, threadId: string): Promise<{ data: ConversationExport; rows: AttachmentRow[] }> {
  const source = { ...(await loadThreadForExport(userId, threadId)), attachments: await allReadyInThread(userId, threadId) };
  return conversationExportFrom(userId, source);
}

/** The export document for rows already read; revisions are looked up among the owner's diagrams. */
export async function conversationExportFrom(ownerId: string, source: ExportSource): Promise<{ data: ConversationExport; rows: AttachmentRow[] }> {
  const { thread, items, attachments: rows } = source;
  const revIds = [...new Set(items.map((r) => r.diagramRevisionId).filter((x): x is string => !!x))];
  const revisions = await revisionsOfUser(ownerId, revIds);
  const data: ConversationExport = {
    format: 'procmod.conversation.v1',
    exportedAt: new Date().toISOString(),
    thread: {
      id: thread.id,
      title: thread.title,
      created_at: thread.created_at,
      updated_at: thread.updatedAt.toISOString(),
      status: thread.status,
      diagram_id: thread.diagramId,
    },
    items: items.map((r) => r.item),
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

/**
 * Adds one conversation under `dir` (conversation.json, transcript.md, diagrams/*.bpmn, attachments/*). A file
 * that storage cannot give back is skipped, listed in `missing-attachments.json` and returned, so one lost file
 * never cuts off the rest of the archive. Both the owner's zip and the admin bulk zip use this.
 */
export async function appendConversation(zip: ZipArchive, dir: string, exp: ConversationExport, rows: AttachmentRow[], json: object = exp): Promise<string[]> {
  zip.append(JSON.stringify(json, null, 2), { name: `${dir}conversation.json` });
  zip.append(transcriptMarkdown(exp), { name: `${dir}transcript.md` });
  for (const rev of exp.diagramRevisions) zip.append(rev.xml, { name: dir + rev.path });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const missing: string[] = [];
  for (const a of exp.attachments) {
    const obj = await storage().get(byId.get(a.id)!.storageKey).catch(() => null);
    if (!obj) {
      missing.push(a.id);
      continue;
    }
    // Images are already compressed; storing them saves CPU.
    zip.append(obj.stream, { name: dir + a.path, store: a.kind === 'image' });
    await new Promise<void>((resolve, reject) => {
      obj.stream.once('end', resolve);
      obj.stream.once('close', resolve);
      obj.stream.once('error', reject);
    });
  }
  if (missing.length) zip.append(JSON.stringify({ missingAttachments: missing }, null, 2), { name: `${dir}missing-attachments.json` });
  return missing;
}

/** A zip as a web stream: entries are added one at a time by `fill` while the response is sent (never in memory). */
export function zipStream(fill: (zip: ZipArchive) => Promise<void>, label: string): ReadableStream<Uint8Array> {
  const zip = new ZipArchive({ zlib: { level: 6 } });
  const out = new PassThrough();
  zip.on('error', (err) => out.destroy(err));
  zip.pipe(out);
  void (async () => {
    try {
      await fill(zip);
      await zip.finalize();
    } catch (err) {
      // Headers are already sent: all that is left is to cut the stream (the client sees a truncated download).
      console.error(`[procmod] ${label} failed:`, err);
      out.destroy(err as Error);
    }
  })();
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

/** The owner's zip of one conversation. */
export function conversationZipStream(exp: ConversationExport, rows: AttachmentRow[]): ReadableStream<Uint8Array> {
  return zipStream(async (zip) => {
    await appendConversation(zip, '', exp, rows);
  }, 'conversation zip export');
}

export function exportFileName(exp: ConversationExport, ext: 'json' | 'zip'): string {
  const title = (exp.thread.title ?? 'conversation').replace(/[^\p{L}\p{N} _-]+/gu, '').trim().slice(0, 60) || 'conversation';
  return `${title} (${exp.thread.id}).${ext}`;
}
