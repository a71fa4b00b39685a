// ChatKit "direct" upload strategy: multipart `file` → Attachment JSON.
import { requireUser } from '@/lib/auth/require-user';
import { otherMethods, preflight, route } from '@/lib/http/route';
import { acceptUpload } from '@/lib/attachments/pipeline';
import { toChatkitAttachment } from '@/lib/attachments/present';

export const POST = route({ cors: 'chatkit' }, async (req) => {
  const user = await requireUser(req);
  const { row } = await acceptUpload({ userId: user.id, source: 'chatkit_direct' }, { request: req });
  return Response.json(toChatkitAttachment(row), { headers: { 'Cache-Control': 'no-store' } });
});
export const OPTIONS = preflight('chatkit');

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
