// Session cookies (next-auth v4 JWTs) → the user row. Shared by requireUser and server pages.
import 'server-only';
import { decode } from 'next-auth/jwt';
import { db } from '@/lib/db';
import { authSecret } from '@/lib/env';
import { forgetUser } from '@/lib/auth/credential-cache';

export const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

/** Read a cookie by name from a Cookie header, including next-auth's chunked form (name.0, name.1, …). */
export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  const jar = new Map<string, string>();
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0) jar.set(part.slice(0, i).trim(), decodeCookieValue(part.slice(i + 1).trim()));
  }
  if (jar.has(name)) return jar.get(name)!;
  const chunks: string[] = [];
  for (let i = 0; jar.has(`${name}.${i}`); i++) chunks.push(jar.get(`${name}.${i}`)!);
  return chunks.length ? chunks.join('') : null;
}

/** A cookie value is percent-decoded; a malformed one (or one holding NUL) is an invalid credential, not a 500. */
function decodeCookieValue(raw: string): string {
  try {
    const v = decodeURIComponent(raw);
    return /\u0000/.test(v) || !v.isWellFormed() ? INVALID : v;
  } catch {
    return INVALID;
  }
}

// Never a valid JWT, so the session check fails with 401 for a cookie that is there but garbled.
const INVALID = '!invalid';

export function sessionTokenFromCookieHeader(header: string | null): string | null {
  for (const name of SESSION_COOKIES) {
    const v = readCookie(header, name);
    if (v) return v;
  }
  return null;
}

/** The active user behind a session JWT, or null (bad/expired token, deleted or disabled user). */
export async function userFromSessionToken(sessionToken: string | null) {
  if (!sessionToken) return null;
  let payload: Awaited<ReturnType<typeof decode>>;
  try {
    payload = await decode({ token: sessionToken, secret: authSecret() });
  } catch {
    return null;
  }
  const id = typeof payload?.sub === 'string' ? payload.sub : null;
  if (!id) return null;
  const user = await db().user.findUnique({ where: { id } });
  if (!user || user.disabledAt) return null;
  // A JWT issued before the account was disabled (and re-enabled), its role or password changed, or a "sign out
  // everywhere", carries an older session version: stale. (Cookies from before versions existed count as 0.)
  const sv = typeof payload?.sv === 'number' ? payload.sv : 0;
  if (sv !== user.sessionVersion) return null;
  return user;
}

/** Ends every session of the user (their JWTs carry the old version); API tokens are not affected. */
export async function endAllSessions(userId: string): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  // Database sessions (OAuth sign-ins with an adapter session) end too.
  await db().session.deleteMany({ where: { userId } });
  forgetUser(userId);
}
