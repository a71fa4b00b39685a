// The ChatKit protocol endpoint: auth → JSON body (≤ 1 MB) → validate → lib/chatkit handle() → JSON or SSE.
// A factory, so the dependencies are built for each request by the function it is given (app/api/chatkit/route.ts
// passes the production ones; the test server passes its own responder) instead of living in a module global.
import 'server-only';
import { requireUser } from '@/lib/auth/require-user';
import { publicOrigin } from '@/lib/auth/origin';
import { otherMethods, preflight, readJson, route } from '@/lib/http/route';
import { handle, type HandleDeps } from '@/lib/chatkit/server';
import { chatKitRequestSchema } from '@/lib/chatkit/schemas';
import { sseResponse } from '@/lib/chatkit/sse';
import { JsonText } from '@/lib/chatkit/serialize';
import { chatkitDeps } from '@/lib/store/chatkit-deps';

const MAX_BODY = 1024 * 1024;
const NO_STORE = { 'Cache-Control': 'no-store' };

export function chatkitEndpoint(makeDeps: () => HandleDeps = () => chatkitDeps()) {
  const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
  return {
    GET,
    PUT,
    PATCH,
    DELETE,
    /** CORS preflight for the official element, which calls from OpenAI's iframe origin. */
    OPTIONS: preflight('chatkit'),
    POST: route({ cors: 'chatkit' }, async (req) => {
      const user = await requireUser(req);
      const body = await readJson(req, chatKitRequestSchema, MAX_BODY);
      const abort = new AbortController();
      // The origin goes explicitly: stream events are produced after this handler has returned. Only a stream's
      // events read the signal, after this returns: a JSON answer never creates it (Node makes an AbortController's
      // signal on first access, ~5 µs on Node 20) nor links it to the request's (seventh round).
      const ctx = { userId: user.id, origin: publicOrigin(req), get signal() { return abort.signal; } };
      const result = await handle(body, ctx, makeDeps());
      if (result.kind === 'json') {
        // Text already (a wire-ready page): sent as it is, with the headers Response.json would give.
        if (result.body instanceof JsonText) return new Response(result.body.text, { headers: { 'Content-Type': 'application/json', ...NO_STORE } });
        return Response.json(result.body, { headers: NO_STORE });
      }
      if (req.signal.aborted) abort.abort();
      else req.signal.addEventListener('abort', () => abort.abort(), { once: true });
      return sseResponse(result.events, { signal: abort.signal, onCancel: () => abort.abort() });
    }),
  };
}
