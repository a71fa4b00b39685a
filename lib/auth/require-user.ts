// requireUser: the single way a route learns its user, whatever the credential.
import 'server-only';
import { AppError, unauthorized } from '@/lib/errors';
import { findLiveToken, touchToken } from '@/lib/auth/tokens';
import { sessionTokenFromCookieHeader, userFromSessionToken } from '@/lib/auth/session';
import { isSafeMethod, isSameOrigin } from '@/lib/auth/origin';
import { cachedCredential, credentialKey } from '@/lib/auth/credential-cache';
import { assertScope } from '@/lib/auth/scopes';
import type { Role } from '@/lib/generated/prisma/enums';

export type AuthUser = { id: string; email: string; name: string | null; role: Role; via: 'session' | 'token'; scope: string };

/**
 * The signed-in user of a request: `Authorization: Bearer <api token>` or the session cookie.
 * 401 for no, bad, revoked or expired credentials and for users that no longer exist or are disabled;
 * 403 for a cookie-authenticated write from another origin (CSRF), and for a token whose scope does not cover
 * the request (lib/auth/scopes.ts).
 */
export async function requireUser(req: Request): Promise<AuthUser> {
  const authz = req.headers.get('authorization');
  if (authz) {
    const m = /^Bearer\s+(\S+)$/i.exec(authz.trim());
    if (!m) throw unauthorized('Malformed Authorization header; use "Bearer <token>".');
    const token = m[1]!;
    // Cached for a few seconds while the token is live and its user active (lib/auth/credential-cache.ts).
    const row = await cachedCredential(credentialKey('token', token), () => findLiveToken(token), (r) =>
      r && !r.user.disabledAt ? { userId: r.user.id, expiresAt: r.expiresAt } : null,
    );
    if (!row) throw unauthorized('This API token is invalid, expired or revoked.');
    const user = row.user;
    if (!user || user.disabledAt) throw unauthorized('The account for this token no longer exists or is disabled.');
    assertScope(row.scope, req);
    await touchToken(row);
    return { id: user.id, email: user.email, name: user.name, role: user.role, via: 'token', scope: row.scope };
  }
  const sessionToken = sessionTokenFromCookieHeader(req.headers.get('cookie'));
  if (!sessionToken) throw unauthorized();
  const user = await cachedCredential(
    credentialKey('session', sessionToken),
    async () => {
      const u = await userFromSessionToken(sessionToken);
      return u && { id: u.id, email: u.email, name: u.name, role: u.role };
    },
    (u) => (u ? { userId: u.id } : null),
  );
  if (!user) throw unauthorized('Your session has ended or your account is no longer active. Sign in again.');
  if (!isSafeMethod(req.method) && !isSameOrigin(req)) {
    throw new AppError('forbidden', 'Cross-origin request refused. Use an API token for requests from other sites.');
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role, via: 'session', scope: 'full' };
}

/** requireUser plus the ADMIN role; anyone else gets the same 404 as a route that does not exist. */
export async function requireAdmin(req: Request): Promise<AuthUser> {
  const user = await requireUser(req);
  if (user.role !== 'ADMIN') throw new AppError('notFound', 'Not found');
  return user;
}
