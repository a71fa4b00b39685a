import { requireAdmin } from '@/lib/auth/require-user';
import { otherMethods, route } from '@/lib/http/route';
import { listUsers } from '@/lib/admin/users';
import { pageParams } from '@/lib/admin/params';

export const dynamic = 'force-dynamic';

/** GET /api/admin/users?q&cursor&limit */
export const GET = route(async (req) => {
  const admin = await requireAdmin(req);
  const q = new URL(req.url).searchParams.get('q');
  return Response.json(await listUsers(admin, { ...pageParams(req), q }), { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
