import { requireAdmin } from '@/lib/auth/require-user';
import { otherMethods, route } from '@/lib/http/route';
import { listAudit } from '@/lib/admin/audit';
import { pageParams } from '@/lib/admin/params';

export const dynamic = 'force-dynamic';

/** GET /api/admin/audit?action&target&cursor&limit — read-only: the log has no write endpoint. */
export const GET = route(async (req) => {
  const admin = await requireAdmin(req);
  const sp = new URL(req.url).searchParams;
  const page = await listAudit(admin, { ...pageParams(req), action: sp.get('action'), target: sp.get('target') });
  return Response.json(page, { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
