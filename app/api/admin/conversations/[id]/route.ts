import { requireAdmin } from '@/lib/auth/require-user';
import { otherMethods, route } from '@/lib/http/route';
import { loadTranscript } from '@/lib/admin/transcript';

export const dynamic = 'force-dynamic';

/** GET /api/admin/conversations/:id — the read-only transcript (audited). */
export const GET = route<{ id: string }>(async (req, { params }) => {
  const admin = await requireAdmin(req);
  const { id } = await params;
  return Response.json(await loadTranscript(admin, id), { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
