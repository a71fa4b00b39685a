import { requireAdmin } from '@/lib/auth/require-user';
import { otherMethods, readJson, route } from '@/lib/http/route';
import { updateUser, userPatchSchema } from '@/lib/admin/users';

export const dynamic = 'force-dynamic';

/** PATCH /api/admin/users/:id {role?: USER|ADMIN, disabled?: boolean} */
export const PATCH = route<{ id: string }>(async (req, { params }) => {
  const admin = await requireAdmin(req);
  const { id } = await params;
  const patch = await readJson(req, userPatchSchema, 16 * 1024);
  return Response.json(await updateUser(admin, id, patch));
});

export const { GET, POST, PUT, DELETE } = otherMethods('PATCH');
