import { requireAdmin } from '@/lib/auth/require-user';
import { otherMethods, readJson, route } from '@/lib/http/route';
import { createUserAsAdmin, listUsers, newUserSchema } from '@/lib/admin/users';
import { pageParams } from '@/lib/admin/params';

export const dynamic = 'force-dynamic';

/** GET /api/admin/users?q&cursor&limit */
export const GET = route(async (req) => {
  const admin = await requireAdmin(req);
  const q = new URL(req.url).searchParams.get('q');
  return Response.json(await listUsers(admin, { ...pageParams(req), q }), { headers: { 'Cache-Control': 'no-store' } });
});

/** POST /api/admin/users {email, password, name?, role?} — create an account with an initial password (audited). */
export const POST = route(async (req) => {
  const admin = await requireAdmin(req);
  const input = await readJson(req, newUserSchema, 16 * 1024);
  return Response.json(await createUserAsAdmin(admin, input), { status: 201, headers: { 'Cache-Control': 'no-store' } });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
