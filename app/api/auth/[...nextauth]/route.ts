import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { otherMethods, route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

// Options are built per request so configuration is read at run time, never during `next build`.
const handler = route<{ nextauth: string[] }>(async (req, ctx) => NextAuth(authOptions())(req, ctx));

export { handler as GET, handler as POST };

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
