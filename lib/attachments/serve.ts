// Serving stored bytes by signed URL: the sniffed type, nosniff, a sandboxing CSP, and downloads (not inline
// rendering) for everything that is not an image.
import 'server-only';
import { Readable } from 'node:stream';
import { attachmentNotFound, findBySignedId } from '@/lib/store/attachments';
import { verifySignedUrl } from './signing';
import { storage } from './storage';
import { THUMB_MIME } from './image';

export async function signedFileResponse(req: Request, id: string): Promise<Response> {
  const url = new URL(req.url);
  const variant = verifySignedUrl(url, 'read', id);
  const row = await findBySignedId(id);
  if (!row || row.status !== 'ready') throw attachmentNotFound();
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
    'Content-Disposition': `${row.kind === 'image' ? 'inline' : 'attachment'}; filename="${asciiName(row.name)}"; filename*=UTF-8''${encodeURIComponent(row.name)}`,
  };
  if (req.method === 'HEAD') {
    obj.stream.destroy();
    return new Response(null, { status: 200, headers });
  }
  return new Response(Readable.toWeb(obj.stream as Readable) as ReadableStream, { status: 200, headers });
}

function asciiName(name: string): string {
  return name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
}
