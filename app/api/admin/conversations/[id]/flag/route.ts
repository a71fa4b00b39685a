import { requireAdmin } from '@/lib/auth/require-user';
import { otherMethods, readJson, route } from '@/lib/http/route';
import { clearFlag, flagInputSchema, setFlag } from '@/lib/admin/flags';

export const dynamic = 'force-dynamic';

/** PUT /api/admin/conversations/:id/flag {status: open|escalated|resolved, note} */
export const PUT = route<{ id: string }>(async (req, { params }) => {
  const admin = await requireAdmin(req);
  const { id } = await params;
  const input = await readJson(req, flagInputSchema, 64 * 1024);
  return Response.json(await setFlag(admin, id, input));
});

/** DELETE /api/admin/conversations/:id/flag — remove the flag. */
export const DELETE = route<{ id: string }>(async (req, { params }) => {
  const admin = await requireAdmin(req);
  const { id } = await params;
  await clearFlag(admin, id);
  return new Response(null, { status: 204 });
});

export const { GET, POST, PATCH } = otherMethods('PUT', 'DELETE');
