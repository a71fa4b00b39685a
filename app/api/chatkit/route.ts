// The ChatKit protocol endpoint: auth → JSON body (≤ 1 MB) → validate → lib/chatkit handle() → JSON or SSE.
import { requireUser } from '@/lib/auth/require-user';
import { chatkitAllowedOrigins, publicOrigin } from '@/lib/auth/origin';
import { errorResponse } from '@/lib/errors';
import { readJson } from '@/lib/http/route';
import { handle } from '@/lib/chatkit/server';
import { chatKitRequest } from '@/lib/chatkit/schemas';
import { sseResponse } from '@/lib/chatkit/sse';
import { chatkitDeps } from '@/lib/store/chatkit-deps';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const MAX_BODY = 1024 * 1024;

/** CORS for the official element, which calls from OpenAI's iframe origin. */
function cors(req: Request): Record<string, string> {
  const origin = req.headers.get('origin');
  const base = { Vary: 'Origin' };
  if (!origin || !chatkitAllowedOrigins().includes(origin)) return base;
  return { ...base, 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Content-Type' };
}

export async function OPTIONS(req: Request): Promise<Response> {
  const headers = cors(req);
  if (!headers['Access-Control-Allow-Origin']) return new Response(null, { status: 204, headers });
  return new Response(null, {
    status: 204,
    headers: {
      ...headers,
      'Access-Control-Allow-Methods': 'POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept-Language',
      'Access-Control-Max-Age': '600',
    },
  });
}

export async function POST(req: Request): Promise<Response> {
  const headers = cors(req);
  try {
    const user = await requireUser(req);
    const body = await readJson(req, chatKitRequest, MAX_BODY);
    const abort = new AbortController();
    req.signal.addEventListener('abort', () => abort.abort(), { once: true });
    // The origin goes explicitly: stream events are produced after this handler has returned.
    const result = await handle(body, { userId: user.id, origin: publicOrigin(req), signal: abort.signal }, chatkitDeps());
    if (result.kind === 'json') return Response.json(result.body, { headers: { ...headers, 'Cache-Control': 'no-store' } });
    return sseResponse(result.events, { signal: abort.signal, onCancel: () => abort.abort() }, headers);
  } catch (err) {
    return errorResponse(err, headers);
  }
}
