import { requireAdmin } from '@/lib/auth/require-user';
import { otherMethods, route } from '@/lib/http/route';
import { dailyStats } from '@/lib/store/admin/stats';

export const dynamic = 'force-dynamic';

/** GET /api/admin/stats — per-day counts for the last 30 days. */
export const GET = route(async (req) => {
  const admin = await requireAdmin(req);
  return Response.json({ days: await dailyStats(admin) }, { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
