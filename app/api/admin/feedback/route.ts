import { requireAdmin } from '@/lib/auth/require-user';
import { otherMethods, route } from '@/lib/http/route';
import { feedbackQueue } from '@/lib/store/admin/feedback';
import { pageParams } from '@/lib/admin/params';

export const dynamic = 'force-dynamic';

/** GET /api/admin/feedback?cursor&limit — thumbs-down answers, newest first. */
export const GET = route(async (req) => {
  const admin = await requireAdmin(req);
  return Response.json(await feedbackQueue(admin, pageParams(req)), { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
