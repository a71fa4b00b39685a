// Multipart streaming for the attachment routes (their wrapper, CORS included, is route() in lib/http/route.ts).
import 'server-only';
import { Readable } from 'node:stream';
import Busboy from 'busboy';
import { AppError } from '@/lib/errors';
import { tooLarge } from './policy';

export type MultipartFile = { name: string; mime: string; stream: AsyncIterable<Uint8Array> };

/**
 * Stream the single `file` part of a multipart body into `onFile` (never buffered whole). Resolves once the whole
 * body is parsed; 400 for a missing, empty-named or second file part (then `discard` undoes what onFile did).
 * An error from onFile (e.g. 413 mid-stream) rejects at once, without waiting for the rest of the body.
 */
export async function withMultipartFile<T>(
  req: Request,
  maxBytes: number,
  onFile: (file: MultipartFile) => Promise<T>,
  discard: (value: T) => Promise<void>,
): Promise<T> {
  const type = req.headers.get('content-type') ?? '';
  if (!req.body) throw new AppError('badRequest', 'The request has no body; send the file in a multipart field named "file".');
  let bb: Busboy.Busboy;
  try {
    bb = Busboy({ headers: { 'content-type': type }, preservePath: true, limits: { files: 3, fields: 20, parts: 30, fileSize: maxBytes + 1, fieldSize: 64 * 1024 } });
  } catch {
    throw new AppError('badRequest', 'Malformed multipart body: the Content-Type needs a boundary.');
  }
  return new Promise<T>((resolve, reject) => {
    let result: Promise<T> | null = null;
    let problem: AppError | null = null;
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      reject(err);
    };
    bb.on('file', (field, stream, info) => {
      if (field !== 'file' || result) {
        problem ??= new AppError(
          'badRequest',
          field !== 'file' ? `Unexpected file field "${field}"; send the file in a field named "file".` : 'Send exactly one "file" part.',
        );
        stream.resume();
        return;
      }
      result = onFile({ name: info.filename ?? '', mime: info.mimeType ?? '', stream: guardedPart(stream, maxBytes) });
      result.catch((err) => {
        stream.resume();
        fail(err);
      });
    });
    bb.on('error', () => {
      problem ??= new AppError('badRequest', 'Malformed multipart body.');
      done();
    });
    bb.on('close', () => done());
    let closed = false;
    const done = () => {
      if (closed) return;
      closed = true;
      if (!result) return fail(problem ?? new AppError('badRequest', 'No file: send the file in a multipart field named "file".'));
      result.then(
        async (v) => {
          if (!problem) {
            if (!settled) (settled = true), resolve(v);
            return;
          }
          await discard(v).catch(() => {});
          fail(problem);
        },
        () => {},
      );
    };
    const body = Readable.fromWeb(req.body as import('node:stream/web').ReadableStream);
    body.on('error', () => {
      problem ??= new AppError('badRequest', 'The upload was interrupted.');
      done();
    });
    body.pipe(bb);
  });
}

/** A file part's chunks; busboy's truncation (our cap + 1) is a 413, a broken body a 400 — never a bare stream error. */
async function* guardedPart(stream: Readable & { truncated?: boolean }, maxBytes: number): AsyncIterable<Uint8Array> {
  let truncated = false;
  stream.once('limit', () => (truncated = true));
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (truncated || stream.truncated) throw tooLarge(null, maxBytes);
    throw new AppError('badRequest', 'The multipart body ended before the file did.');
  }
  if (truncated || stream.truncated) throw tooLarge(null, maxBytes);
}
