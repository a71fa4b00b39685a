// Bytes from an HTTP request into an Upload: multipart (`file` part, streamed) or the raw body.
import { dispositionFilename } from '@/lib/http/disposition';
import 'server-only';
import { AppError } from '@/lib/errors';
import { tooLarge } from './policy';
import { Upload, webChunks, type IngestResult } from './ingest';
import { withMultipartFile } from './http';

const MULTIPART_OVERHEAD = 64 * 1024;

export function isMultipart(req: Request): boolean {
  return /^multipart\/form-data\b/i.test(req.headers.get('content-type') ?? '');
}

/** Name from `?name=` or `Content-Disposition: …; filename="…"` (filename* wins, as RFC 6266 says). */
export function rawBodyName(req: Request): string | null {
  const q = new URL(req.url).searchParams.get('name');
  if (q) return q;
  return dispositionFilename(req.headers.get('content-disposition'));
}

/**
 * Receive the request's file into a fresh or pending Upload and finish it. `cap` is checked against
 * Content-Length first (fast 413), then while streaming.
 */
export async function receiveFromRequest(req: Request, begin: () => Promise<Upload>, cap: number): Promise<IngestResult> {
  const multipart = isMultipart(req);
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > cap + (multipart ? MULTIPART_OVERHEAD : 0)) throw tooLarge(declared, cap, 'This upload');
  if (multipart) {
    const up = await withMultipartFile(
      req,
      cap,
      async (file) => {
        const u = await begin();
        await u.guard(async () => {
          u.setName(file.name || null, file.mime);
          await u.receive(file.stream);
        });
        return u;
      },
      (u) => u.abort(),
    );
    return up.guard(() => up.finish());
  }
  const up = await begin();
  return up.guard(async () => {
    up.setName(rawBodyName(req), req.headers.get('content-type'));
    await up.receive(webChunks(req.body));
    return up.finish();
  });
}
