import { requireUser } from '@/lib/auth/require-user';
import { endAllSessions } from '@/lib/auth/session';
import { otherMethods, route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

/** DELETE /api/me/sessions — "sign out everywhere": every session cookie of the caller stops working. */
export const DELETE = route(async (req) => {
  const user = await requireUser(req);
  await endAllSessions(user.id);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH } = otherMethods('DELETE');
