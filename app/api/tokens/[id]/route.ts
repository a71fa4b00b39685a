import { requireUser } from '@/lib/auth/require-user';
import { otherMethods, route } from '@/lib/http/route';
import { revokeApiToken } from '@/lib/auth/tokens';

export const dynamic = 'force-dynamic';

/** DELETE /api/tokens/:id — revoke one of the caller's tokens (another user's token: 404). */
export const DELETE = route<{ id: string }>(async (req, { params }) => {
  const user = await requireUser(req);
  const { id } = await params;
  await revokeApiToken(id, user.id);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PUT, PATCH } = otherMethods('DELETE');
