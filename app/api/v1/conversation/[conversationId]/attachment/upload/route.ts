// POST /api/v1/conversation/{id}/attachment/upload — URL, data URL, multipart, raw body or two-step (docs/api.md).
import { requireUser } from '@/lib/auth/require-user';
import { otherMethods, route } from '@/lib/http/route';
import { uploadToConversation } from '@/lib/attachments/api';

type Params = { conversationId: string };

export const POST = route<Params>(async (req, ctx) => {
  const user = await requireUser(req);
  const { status, body } = await uploadToConversation(req, user, (await ctx.params).conversationId);
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
