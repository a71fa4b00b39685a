// Route-handler plumbing: every handler's errors become the JSON error body; bodies are read with a cap.
import { AppError, errorResponse } from '@/lib/errors';
import { withRequestOrigin } from '@/lib/auth/origin';
import { z, type ZodType } from 'zod';
import { describeZodError } from '@/lib/errors';

type Ctx<P> = { params: Promise<P> };

/** Wrap a route handler so that anything it throws becomes {"error":{code,message}} with the right status. */
export function route<P = Record<string, string>>(
  handler: (req: Request, ctx: Ctx<P>) => Promise<Response>,
): (req: Request, ctx: Ctx<P>) => Promise<Response> {
  return async (req, ctx) => {
    try {
      // Absolute URLs minted while handling point at the address this request came to (lib/auth/origin.ts).
      return await withRequestOrigin(req, () => handler(req, ctx));
    } catch (err) {
      return errorResponse(err);
    }
  };
}

/** Read a request body as bytes, refusing (413) as soon as it passes `limit` — never buffering more. */
export async function readBodyLimited(req: Request, limit: number, what = 'Request body'): Promise<Buffer> {
  const declared = Number(req.headers.get('content-length') ?? NaN);
  const tooBig = () => new AppError('limitsReached', `${what} is larger than the limit of ${formatBytes(limit)}.`);
  if (Number.isFinite(declared) && declared > limit) throw tooBig();
  if (!req.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw tooBig();
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks, total);
}

/** Parse a JSON body (Content-Type application/json required) against a zod schema. */
export async function readJson<T>(req: Request, schema: ZodType<T>, limit = 1024 * 1024): Promise<T> {
  const type = req.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError('unsupportedMediaType', 'Send the request body as JSON with Content-Type: application/json.');
  }
  const bytes = await readBodyLimited(req, limit);
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new AppError('badRequest', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new AppError('badRequest', describeZodError(parsed.error));
  return parsed.data;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
  const mb = n / (1024 * 1024);
  return `${mb.toFixed(mb < 10 ? 1 : 0).replace(/\.0$/, '')} MB`;
}

export { z };
