// GET /api/v1/conversation/{id}/attachment/list?cursor=&take= — newest first.
import { requireUser } from '@/lib/auth/require-user';
import { otherMethods, route } from '@/lib/http/route';
import { listAttachments } from '@/lib/attachments/api';

type Params = { conversationId: string };

export const GET = route<Params>(async (req, ctx) => {
  const user = await requireUser(req);
  const page = await listAttachments(user.id, (await ctx.params).conversationId, new URL(req.url));
  return Response.json(page, { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
