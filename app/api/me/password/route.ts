import { requireUser } from '@/lib/auth/require-user';
import { clientAddress } from '@/lib/auth/throttle';
import { changePassword, passwordSchema } from '@/lib/auth/users';
import { otherMethods, readJson, route, z } from '@/lib/http/route';

export const dynamic = 'force-dynamic';

const body = z.object({ currentPassword: z.string().min(1, 'enter your current password').max(200), newPassword: passwordSchema });

/** POST /api/me/password {currentPassword, newPassword} — ends every session (sign in again with the new one). */
export const POST = route(async (req) => {
  const user = await requireUser(req);
  const input = await readJson(req, body, 8 * 1024);
  await changePassword(user.id, input.currentPassword, input.newPassword, clientAddress(req));
  return new Response(null, { status: 204 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
