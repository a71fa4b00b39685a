import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { publicOrigin } from '@/lib/auth/origin';
import { assertSignInAllowed, clientAddress } from '@/lib/auth/throttle';
import { AppError, errorBody } from '@/lib/errors';
import { isStorable, otherMethods, route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

type Params = { nextauth: string[] };

// Options are built per request so configuration is read at run time, never during `next build`.
const handler = route<Params>(async (req, ctx) => {
  const { nextauth } = await ctx.params;
  if (req.method === 'POST' && nextauth[0] === 'callback' && nextauth[1] === 'credentials') {
    const refused = await throttled(req);
    if (refused) return refused;
  }
  return NextAuth(authOptions())(req, ctx);
});

/**
 * A locked or backing-off sign-in: 429 with Retry-After, before next-auth runs. The body also carries next-auth's
 * `{url}` shape, so `signIn()` in the browser resolves with the message as its `error` instead of throwing.
 */
async function throttled(req: Request): Promise<Response | null> {
  const form = await req.clone().formData().catch(() => null);
  const email = String(form?.get('email') ?? '');
  if (!email || !isStorable(email)) return null;
  try {
    await assertSignInAllowed(email, clientAddress(req));
    return null;
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'rateLimited') throw err;
    const url = `${publicOrigin(req)}/signin?error=${encodeURIComponent(err.message)}`;
    return Response.json({ url, ...errorBody(err) }, { status: 429, headers: { ...err.headers, 'Cache-Control': 'no-store' } });
  }
}

export { handler as GET, handler as POST };

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
