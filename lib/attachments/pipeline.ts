// The one upload pipeline. Every upload method — ChatKit direct and two-phase, the public API's URL, data URL,
// multipart, raw body and two-step (PUT to us, or to S3 and then …/complete) — is
//   [announce] → begin → receive → finish → note in the conversation
// and differs only in where the bytes come from (`Incoming`) and which upload they are for (`UploadFor`).
// Methods present the result in their own wire shape; they never run the steps themselves.
import 'server-only';
import { dispositionFilename } from '@/lib/http/disposition';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { deletePendingById, type AttachmentRow } from '@/lib/store/attachments';
import { recordUploadActivity } from './activity';
import { withMultipartFile } from './http';
import { reservePending, Upload, type IngestResult, type NewUpload, type UploadFor } from './ingest';
import { streamCap, tooLarge, type UploadSource } from './policy';

export type { IngestResult, NewUpload, UploadFor } from './ingest';

/** Where the bytes come from. */
export type Incoming =
  /** An HTTP request: the multipart `file` part, or the raw body (name from `?name=` or Content-Disposition). */
  | { request: Request }
  /** A byte stream we opened ourselves (decoded data URL, fetched URL, a file S3 holds), with what it claims to be. */
  | { chunks: AsyncIterable<Uint8Array>; name?: string | null; mime?: string | null };

/**
 * Announce an upload whose bytes come later (ChatKit two-phase, API two-step): its pending row, with the announced
 * type and size checked now and an upload window of UPLOAD_URL_TTL_SECONDS. The bytes go through `acceptUpload`.
 */
export async function announceUpload(o: NewUpload & { name: string; mime: string; size: number }): Promise<AttachmentRow> {
  return reservePending({
    ...o,
    declaredMime: o.mime,
    declaredSize: o.size,
    uploadExpiresAt: new Date(Date.now() + env().UPLOAD_URL_TTL_SECONDS * 1000),
  });
}

/**
 * Receive, validate and store the bytes of an upload; nothing is left behind when they are refused. An upload into a
 * conversation (the API binds at upload; ChatKit binds when a message uses it) leaves a visible note there.
 */
export async function acceptUpload(target: UploadFor, incoming: Incoming): Promise<IngestResult> {
  let result: IngestResult;
  try {
    result = 'request' in incoming ? await fromRequest(target, incoming.request) : await fromChunks(target, incoming);
  } catch (err) {
    // An announced upload refused before the Upload took its row (e.g. the Content-Length fast path) is removed as
    // well — unless another request holds it (409), which owns the row now.
    if ('pending' in target && (err as AppError).code !== 'conflict') await deletePendingById(target.pending.id).catch(() => {});
    throw err;
  }
  const { row, reused } = result;
  if (row.threadId) await recordUploadActivity(row.userId, row.threadId, row, sourceOf(target), reused);
  return result;
}

const sourceOf = (t: UploadFor): UploadSource => ('pending' in t ? (t.pending.source as UploadSource) : t.source);

/** The most bytes the upload may have: the announced size, else the method's cap. */
const capOf = (t: UploadFor): number => ('pending' in t ? (t.pending.declaredSize ?? streamCap(sourceOf(t))) : streamCap(t.source));

async function fromChunks(target: UploadFor, incoming: Extract<Incoming, { chunks: unknown }>): Promise<IngestResult> {
  const up = await Upload.begin(target, incoming);
  return up.guard(async () => {
    if ('pending' in target && (incoming.name || incoming.mime)) up.setName(incoming.name, incoming.mime);
    await up.receive(incoming.chunks);
    return up.finish();
  });
}

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

/** The request's file: Content-Length is checked against the cap first (fast 413), then the stream while it arrives. */
async function fromRequest(target: UploadFor, req: Request): Promise<IngestResult> {
  const cap = capOf(target);
  const multipart = isMultipart(req);
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > cap + (multipart ? MULTIPART_OVERHEAD : 0)) throw tooLarge(declared, cap, 'This upload');
  if (multipart) {
    // The Upload begins once the part starts: a body without a file part creates no row.
    const up = await withMultipartFile(
      req,
      cap,
      async (file) => {
        const u = await Upload.begin(target);
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
  const up = await Upload.begin(target);
  return up.guard(async () => {
    up.setName(rawBodyName(req), req.headers.get('content-type'));
    await up.receive(webChunks(req.body));
    return up.finish();
  });
}

/** Chunks of a web stream without cancelling it on early exit (cancelling would reset the socket before the 413 is sent). */
export async function* webChunks(stream: ReadableStream<Uint8Array> | null): AsyncIterable<Uint8Array> {
  if (!stream) return;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

export async function* bufferChunks(buf: Buffer): AsyncIterable<Uint8Array> {
  yield buf;
}
