// The ChatKit protocol endpoint: auth → JSON body (≤ 1 MB) → validate → lib/chatkit handle() → JSON or SSE.
import { requireUser } from '@/lib/auth/require-user';
import { publicOrigin } from '@/lib/auth/origin';
import { otherMethods, preflight, readJson, route } from '@/lib/http/route';
import { handle } from '@/lib/chatkit/server';
import { chatKitRequest } from '@/lib/chatkit/schemas';
import { sseResponse } from '@/lib/chatkit/sse';
import { chatkitDeps } from '@/lib/store/chatkit-deps';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const MAX_BODY = 1024 * 1024;

/** CORS preflight for the official element, which calls from OpenAI's iframe origin. */
export const OPTIONS = preflight('chatkit');

export const POST = route({ cors: 'chatkit' }, async (req) => {
  const user = await requireUser(req);
  const body = await readJson(req, chatKitRequest, MAX_BODY);
  const abort = new AbortController();
  req.signal.addEventListener('abort', () => abort.abort(), { once: true });
  // The origin goes explicitly: stream events are produced after this handler has returned.
  const result = await handle(body, { userId: user.id, origin: publicOrigin(req), signal: abort.signal }, chatkitDeps());
  if (result.kind === 'json') return Response.json(result.body, { headers: { 'Cache-Control': 'no-store' } });
  return sseResponse(result.events, { signal: abort.signal, onCancel: () => abort.abort() });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
