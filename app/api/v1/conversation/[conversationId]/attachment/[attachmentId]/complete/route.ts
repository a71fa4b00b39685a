// POST /api/v1/conversation/{id}/attachment/{attachmentId}/complete — finish an S3 two-step upload (validate the
// bytes the client PUT to the bucket). A write, so it is a POST; fetch stays a read.
import { requireUser } from '@/lib/auth/require-user';
import { otherMethods, route } from '@/lib/http/route';
import { completeAttachment } from '@/lib/attachments/api';

type Params = { conversationId: string; attachmentId: string };

export const POST = route<Params>(async (req, ctx) => {
  const user = await requireUser(req);
  const { conversationId, attachmentId } = await ctx.params;
  return Response.json(await completeAttachment(user.id, conversationId, attachmentId), { headers: { 'Cache-Control': 'no-store' } });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
