// The one CORS builder. Two audiences: the ChatKit element, which calls from OpenAI's iframe origin with a bearer
// token (allowed origins only), and signed preview URLs, which any page may load (the signature is the credential).
import 'server-only';
import { chatkitAllowedOrigins } from '@/lib/auth/origin';

export type CorsPolicy = {
  origins: 'any' | 'chatkit';
  methods: string;
  allowHeaders: string;
  exposeHeaders: string;
};

/** Upload and file endpoints (two-phase PUT, previews): the iframe must be able to read a 413 and its Retry-After. */
export const FILE_CORS: Omit<CorsPolicy, 'origins'> = {
  methods: 'GET, HEAD, POST, PUT, OPTIONS',
  allowHeaders: 'authorization, content-type, content-disposition, x-requested-with',
  exposeHeaders: 'content-length, content-type, content-disposition, retry-after',
};

/** The protocol endpoint: JSON or SSE answers to POSTs. */
export const CHATKIT_CORS: CorsPolicy = {
  origins: 'chatkit',
  methods: 'POST, OPTIONS',
  allowHeaders: 'Authorization, Content-Type, Accept-Language',
  exposeHeaders: 'Content-Type',
};

/** Headers for a response (and a preflight) to `req`; an origin that is not allowed gets no Allow-Origin at all. */
export function corsHeaders(req: Request, policy: CorsPolicy): Record<string, string> {
  const allow = {
    'Access-Control-Allow-Methods': policy.methods,
    'Access-Control-Allow-Headers': policy.allowHeaders,
    'Access-Control-Expose-Headers': policy.exposeHeaders,
    'Access-Control-Max-Age': '600',
  };
  if (policy.origins === 'any') return { ...allow, 'Access-Control-Allow-Origin': '*' };
  const origin = req.headers.get('origin');
  if (origin && chatkitAllowedOrigins().includes(origin)) return { ...allow, 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  return { Vary: 'Origin' };
}

/** An OPTIONS handler answering the preflight for `policy`. */
export function preflight(policy: CorsPolicy): (req: Request) => Promise<Response> {
  return async (req) => new Response(null, { status: 204, headers: corsHeaders(req, policy) });
}
