import { requireAdmin } from '@/lib/auth/require-user';
import { otherMethods, route } from '@/lib/http/route';
import { loadRevision } from '@/lib/admin/transcript';

export const dynamic = 'force-dynamic';

/** GET /api/admin/revisions/:id — a diagram revision (XML) for the read-only viewer (audited). */
export const GET = route<{ id: string }>(async (req, { params }) => {
  const admin = await requireAdmin(req);
  const { id } = await params;
  return Response.json(await loadRevision(admin, id), { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
