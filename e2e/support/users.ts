// Test users: a real row, an API token, and a next-auth session cookie signed with the test secret.
import { encode } from 'next-auth/jwt';
import { randomBytes } from 'node:crypto';
import { createUser } from '@/lib/auth/users';
import { createApiToken } from '@/lib/auth/tokens';
import { authSecret } from '@/lib/env';

export type TestUser = { id: string; email: string; role: 'USER' | 'ADMIN'; token: string; cookie: string };

/** sv: the session version the cookie was issued at (the user's current one unless a test says otherwise). */
export async function sessionCookieFor(user: { id: string; email: string }, sv = 0): Promise<string> {
  const jwt = await encode({ token: { sub: user.id, email: user.email, sv }, secret: authSecret() });
  return `next-auth.session-token=${jwt}`;
}

export async function makeUser(opts: { email?: string; admin?: boolean } = {}): Promise<TestUser> {
  const email = opts.email ?? `user-${randomBytes(4).toString('hex')}@example.test`;
  const u = await createUser({ email, password: 'correct horse battery', admin: opts.admin });
  const { token } = await createApiToken(u.id, { label: 'test' });
  return { id: u.id, email: u.email, role: u.role, token, cookie: await sessionCookieFor(u) };
}

/** Headers for a JSON request as this user, by bearer token (default) or cookie (same-origin). */
export function authHeaders(user: TestUser, via: 'token' | 'cookie' = 'token', origin?: string): Record<string, string> {
  if (via === 'token') return { authorization: `Bearer ${user.token}` };
  return { cookie: user.cookie, ...(origin ? { origin } : {}) };
}
