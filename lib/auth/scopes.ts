// What an API token may call. Session cookies are always `full`.
//   full — everything the user can do.
//   read — safe methods (GET, HEAD) only: lists, reads, exports; no writes and no chat.
//   chat — the chat protocol, the attachment routes it uses and GET /api/me: what the ChatKit element's token gets
//          (it is handed to OpenAI's iframe, so it must not reach exports, token creation or admin routes).
import { AppError } from '@/lib/errors';

export const TOKEN_SCOPES = ['full', 'read', 'chat'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const SCOPE_LABELS: Record<TokenScope, string> = {
  full: 'Full access',
  read: 'Read-only',
  chat: 'Chat only',
};

// The ChatKit endpoint, its direct upload, and the upload URL of a pending attachment (signed previews need no token).
const CHAT_PATHS = [/^\/api\/chatkit\/?$/, /^\/api\/chatkit\/upload\/?$/, /^\/api\/chatkit\/attachments\/[^/]+\/upload\/?$/];

export function scopeAllows(scope: string, method: string, pathname: string): boolean {
  if (scope === 'full') return true;
  if (scope === 'read') return method === 'GET' || method === 'HEAD';
  if (scope === 'chat') return CHAT_PATHS.some((re) => re.test(pathname)) || (pathname === '/api/me' && method === 'GET');
  return false; // an unknown scope grants nothing
}

/** 403 when the token's scope does not cover this request. */
export function assertScope(scope: string, req: Request): void {
  const { pathname } = new URL(req.url);
  if (scopeAllows(scope, req.method.toUpperCase(), pathname)) return;
  const what = SCOPE_LABELS[scope as TokenScope] ?? scope;
  throw new AppError('forbidden', `This API token is limited (${what}) and cannot call ${req.method} ${pathname}. Use a token with a wider scope.`);
}
