// POST /api/v1/conversation/{id}/attachment/{attachmentId}/delete — removes the row and the bytes.
import { requireUser } from '@/lib/auth/require-user';
import { otherMethods, route } from '@/lib/http/route';
import { deleteConversationAttachment } from '@/lib/attachments/api';

type Params = { conversationId: string; attachmentId: string };

export const POST = route<Params>(async (req, ctx) => {
  const user = await requireUser(req);
  const { conversationId, attachmentId } = await ctx.params;
  return Response.json(await deleteConversationAttachment(user.id, conversationId, attachmentId));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
