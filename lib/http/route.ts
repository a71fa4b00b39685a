// Route-handler plumbing, the one wrapper every /api handler goes through: input guard, CORS, and anything thrown
// becomes the JSON error body {"error":{code,message}} with the right status. Bodies are read with a cap.
import { chatkitAllowedOrigins, publicOrigin, withRequestOrigin } from '@/lib/auth/origin';
import { AppError, errorResponse } from '@/lib/errors';
import { z, type ZodType } from 'zod';
import { formatBytes } from '@/lib/format';
import { describeZodError } from '@/lib/errors';
import { baseSecurityHeaders } from '@/lib/http/security-headers';

type Ctx<P> = { params: Promise<P> };
type Handler<P> = (req: Request, ctx: Ctx<P>) => Promise<Response>;

/** `any`: CORS * (signed previews); `chatkit`: only the origins allowed to host the ChatKit element. */
export type CorsMode = 'any' | 'chatkit';
export type RouteOptions = { cors?: CorsMode };

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Method = (typeof METHODS)[number];

/**
 * Wrap a route handler. Before it runs: NUL or lone surrogates in the path, a path parameter or the query → 400
 * (they would otherwise reach the database, which rejects them with a 500). After: the security headers every
 * answer carries (also set by proxy.ts, which does not run for every API path: see its matcher), CORS headers when
 * asked for, and `Connection: close` on an error answered before the body was read, so a half-read socket is not reused.
 */
export function route<P = Record<string, string>>(handler: Handler<P>): Handler<P>;
export function route<P = Record<string, string>>(opts: RouteOptions, handler: Handler<P>): Handler<P>;
export function route<P = Record<string, string>>(a: RouteOptions | Handler<P>, b?: Handler<P>): Handler<P> {
  const opts = typeof a === 'function' ? {} : a;
  const handler = typeof a === 'function' ? a : b!;
  return async (req, ctx) => {
    let res: Response;
    try {
      guardUrl(req.url);
      const params = (await ctx?.params) ?? ({} as P);
      for (const [k, v] of Object.entries(params as Record<string, unknown>)) {
        for (const s of Array.isArray(v) ? v : [v]) if (typeof s === 'string') guardText(s, `path parameter ${k}`);
      }
      // Absolute URLs minted while handling point at the address this request came to (lib/auth/origin.ts).
      res = await withRequestOrigin(req, () => handler(req, { params: Promise.resolve(params) }));
    } catch (err) {
      res = errorResponse(err);
      if (req.body && !['GET', 'HEAD', 'OPTIONS'].includes(req.method)) res.headers.set('Connection', 'close');
    }
    const security = baseSecurityHeaders({ https: publicOrigin(req).startsWith('https:') });
    return withHeaders(res, opts.cors ? { ...security, ...corsHeaders(req, opts.cors) } : security);
  };
}

/** Adds headers; a response with immutable headers (Response.redirect, a fetched one) is copied first. */
function withHeaders(res: Response, headers: Record<string, string>): Response {
  try {
    for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
    return res;
  } catch {
    const copy = new Response(res.body, res);
    for (const [k, v] of Object.entries(headers)) copy.headers.set(k, v);
    return copy;
  }
}

/** The methods a route does not implement, each a 405 JSON naming the ones it does: `export const { PUT } = otherMethods('GET')`. */
export function otherMethods(...allowed: Method[]): Record<Method, Handler<unknown>> {
  const allow = [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : []), 'OPTIONS'].join(', ');
  const h: Handler<unknown> = async (req) =>
    errorResponse(new AppError('methodNotAllowed', `${req.method} is not allowed here; use ${allowed.join(' or ')}.`, { Allow: allow }));
  return Object.fromEntries(METHODS.map((m) => [m, h])) as Record<Method, Handler<unknown>>;
}

/** The answer for /api paths that match no route (app/api/[...path]). */
export const noSuchRoute: Handler<unknown> = route(async () => {
  throw new AppError('notFound', 'There is no API endpoint at this path.');
});

// ---------------------------------------------------------------- the input guard

// A lone surrogate cannot be stored as UTF-8; NUL cannot be stored in PostgreSQL text.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isStorable = (s: string) => !UNSTORABLE.test(s);

/** 400 when a client-sent string holds NUL or a lone surrogate. */
export function guardText(s: string, where: string): void {
  if (!isStorable(s)) {
    throw new AppError('badRequest', `${where} contains a NUL character or an unpaired surrogate; remove it and try again.`);
  }
}

/** guardText over every string (keys too) of a parsed JSON value. */
export function guardJson(value: unknown, where = 'body'): void {
  if (typeof value === 'string') return guardText(value, where);
  if (Array.isArray(value)) return value.forEach((v, i) => guardJson(v, `${where}.${i}`));
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      guardText(k, `${where} (a key)`);
      guardJson(v, `${where}.${k}`);
    }
  }
}

/** Path segments must be valid percent-encoding and, decoded, storable; so must the query. */
export function guardUrl(raw: string): void {
  const url = new URL(raw);
  for (const seg of url.pathname.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(seg);
    } catch {
      throw badEncoding();
    }
    guardText(decoded, 'The URL path');
  }
  for (const [k, v] of url.searchParams) {
    guardText(k, 'A query parameter name');
    guardText(v, `Query parameter ${k}`);
  }
}

export const badEncoding = () => new AppError('badRequest', 'The URL path has invalid percent-encoding (a % not followed by two hex digits of valid UTF-8).');

// ---------------------------------------------------------------- CORS

/** CORS headers: `any` → `*`; `chatkit` → the allowed origins only (credentials come as a bearer token, never cookies). */
export function corsHeaders(req: Request, mode: CorsMode): Record<string, string> {
  const base = {
    'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type, Content-Disposition, Accept-Language, X-Requested-With',
    'Access-Control-Expose-Headers': 'Content-Length, Content-Type, Content-Disposition, Retry-After',
    'Access-Control-Max-Age': '600',
  };
  if (mode === 'any') return { ...base, 'Access-Control-Allow-Origin': '*' };
  const origin = req.headers.get('origin');
  if (origin && chatkitAllowedOrigins(req).includes(origin)) return { ...base, 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  return { Vary: 'Origin' };
}

/** The OPTIONS handler of a CORS route. */
export function preflight(mode: CorsMode): (req: Request) => Promise<Response> {
  return async (req) => new Response(null, { status: 204, headers: corsHeaders(req, mode) });
}

// ---------------------------------------------------------------- bodies

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

/** Parse a JSON body (Content-Type application/json required) against a zod schema; unstorable strings → 400. */
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
  guardJson(data);
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new AppError('badRequest', describeZodError(parsed.error));
  return parsed.data;
}

/** Kept as a re-export so existing imports keep working; the formatter lives in lib/format.ts. */
export { formatBytes };

export { z };
