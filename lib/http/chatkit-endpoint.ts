// The ChatKit protocol endpoint: auth → JSON body (≤ 1 MB) → validate → lib/chatkit handle() → JSON or SSE.
// A factory, so the dependencies are built per request by the function it is given (app/api/chatkit/route.ts
// passes the production ones; the test server passes its own responder) instead of a module-level global.
import 'server-only';
import { requireUser } from '@/lib/auth/require-user';
import { errorResponse } from '@/lib/errors';
import { readJson } from '@/lib/http/route';
import { corsHeaders, preflight, CHATKIT_CORS } from '@/lib/http/cors';
import { handle, type HandleDeps } from '@/lib/chatkit/server';
import { chatKitRequestSchema } from '@/lib/chatkit/schemas';
import { sseResponse } from '@/lib/chatkit/sse';
import { chatkitDeps } from '@/lib/store/chatkit-deps';

const MAX_BODY = 1024 * 1024;

export function chatkitEndpoint(makeDeps: () => HandleDeps = () => chatkitDeps()) {
  return {
    /** CORS for the official element, which calls from OpenAI's iframe origin. */
    OPTIONS: preflight(CHATKIT_CORS),
    async POST(req: Request): Promise<Response> {
      const headers = corsHeaders(req, CHATKIT_CORS);
      try {
        const user = await requireUser(req);
        const body = await readJson(req, chatKitRequestSchema, MAX_BODY);
        const abort = new AbortController();
        req.signal.addEventListener('abort', () => abort.abort(), { once: true });
        const result = await handle(body, { userId: user.id, signal: abort.signal }, makeDeps());
        if (result.kind === 'json') return Response.json(result.body, { headers: { ...headers, 'Cache-Control': 'no-store' } });
        return sseResponse(result.events, { signal: abort.signal, onCancel: () => abort.abort() }, headers);
      } catch (err) {
        return errorResponse(err, headers);
      }
    },
  };
}
