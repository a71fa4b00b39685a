// Server components learn their user here (same session check as requireUser, via next/headers).
import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { SESSION_COOKIES, userFromSessionToken } from '@/lib/auth/session';
import { toPublicUser, type PublicUser } from '@/lib/auth/users';

export async function getPageUser(): Promise<PublicUser | null> {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((n) => jar.get(n)?.value).find(Boolean) ?? null;
  const user = await userFromSessionToken(token);
  return user ? toPublicUser(user) : null;
}

/** The signed-in user, or a redirect to the sign-in page that comes back here afterwards. */
export async function requirePageUser(returnTo = '/'): Promise<PublicUser> {
  const user = await getPageUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** Admin pages: anyone else is sent to the workspace. */
export async function requirePageAdmin(returnTo = '/admin'): Promise<PublicUser> {
  const user = await requirePageUser(returnTo);
  if (user.role !== 'ADMIN') redirect('/');
  return user;
}
