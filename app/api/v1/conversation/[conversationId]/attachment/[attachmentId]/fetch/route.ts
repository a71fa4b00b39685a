// GET /api/v1/conversation/{id}/attachment/{attachmentId}/fetch — metadata and a fresh download URL.
import { requireUser } from '@/lib/auth/require-user';
import { otherMethods, route } from '@/lib/http/route';
import { fetchAttachment } from '@/lib/attachments/api';

type Params = { conversationId: string; attachmentId: string };

export const GET = route<Params>(async (req, ctx) => {
  const user = await requireUser(req);
  const { conversationId, attachmentId } = await ctx.params;
  return Response.json(await fetchAttachment(user.id, conversationId, attachmentId), { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
