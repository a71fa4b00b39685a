// Serving stored bytes by signed URL: the sniffed type, nosniff, a sandboxing CSP, and downloads (not inline
// rendering) for everything that is not an image.
import 'server-only';
import { contentDisposition } from '@/lib/http/disposition';
import { Readable } from 'node:stream';
import { AppError } from '@/lib/errors';
import { attachmentNotFound, findBySignedId, type AttachmentRow } from '@/lib/store/attachments';
import { verifySignedUrl } from './signing';
import { storage } from './storage';
import { THUMB_MIME } from './image';

// A two-phase attachment's preview_url is handed out by attachments.create, before its bytes exist, and the ChatKit
// element may load it at once; an <img> that got a 404 never retries. So a validly signed read of a pending upload
// waits (bounded) for the bytes instead of failing, and only then says 409. Polls the row, which works across
// server instances.
let pendingWaitMs = 15_000;
const POLL_MS = 200;

/** Tests shorten the bound; returns the previous value. */
export function setPendingReadWait(ms: number): number {
  const before = pendingWaitMs;
  pendingWaitMs = ms;
  return before;
}

async function waitUntilReady(row: AttachmentRow, signal: AbortSignal): Promise<AttachmentRow> {
  const deadline = Date.now() + pendingWaitMs;
  let current: AttachmentRow | null = row;
  while (current && current.status === 'pending') {
    if (Date.now() >= deadline || signal.aborted) {
      throw new AppError('conflict', 'This attachment is still being uploaded. Try again in a moment.');
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
    current = await findBySignedId(row.id);
  }
  // Gone while we waited: the upload was refused or cancelled, and its row removed.
  if (!current) throw attachmentNotFound();
  return current;
}

export async function signedFileResponse(req: Request, id: string): Promise<Response> {
  const url = new URL(req.url);
  const variant = verifySignedUrl(url, 'read', id);
  let row = await findBySignedId(id);
  if (!row) throw attachmentNotFound();
  if (row.status === 'pending') row = await waitUntilReady(row, req.signal);
  if (row.status !== 'ready') throw attachmentNotFound();
  const key = variant === 'thumb' && row.thumbKey ? row.thumbKey : row.storageKey;
  const mime = key === row.thumbKey ? THUMB_MIME : row.mime;
  const obj = await storage().get(key);
  if (!obj) throw attachmentNotFound();
  const headers: Record<string, string> = {
    'Content-Type': mime.startsWith('text/') ? `${mime}; charset=utf-8` : mime,
    'Content-Length': String(obj.size),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'Cache-Control': 'private, max-age=300',
    'Content-Disposition': contentDisposition(row.name, row.kind === 'image' ? 'inline' : 'attachment'),
  };
  if (req.method === 'HEAD') {
    obj.stream.destroy();
    return new Response(null, { status: 200, headers });
  }
  return new Response(Readable.toWeb(obj.stream as Readable) as ReadableStream, { status: 200, headers });
}
