import { requireAdmin } from '@/lib/auth/require-user';
import { otherMethods, route } from '@/lib/http/route';
import { listConversations } from '@/lib/store/admin/conversations';
import { parseConversationFilters } from '@/lib/admin/filters';

export const dynamic = 'force-dynamic';

/** GET /api/admin/conversations?q&user&from&to&images&negative&flag&diagram&cursor&limit */
export const GET = route(async (req) => {
  const admin = await requireAdmin(req);
  const filters = parseConversationFilters(new URL(req.url).searchParams);
  return Response.json(await listConversations(admin, filters), { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
