// ChatKit "direct" upload strategy: multipart `file` → Attachment JSON.
import { requireUser } from '@/lib/auth/require-user';
import { otherMethods, preflight, route } from '@/lib/http/route';
import { Upload } from '@/lib/attachments/ingest';
import { streamCap } from '@/lib/attachments/policy';
import { toChatkitAttachment } from '@/lib/attachments/present';
import { receiveFromRequest } from '@/lib/attachments/receive';

export const POST = route({ cors: 'chatkit' }, async (req) => {
  const user = await requireUser(req);
  const { row } = await receiveFromRequest(req, () => Upload.begin({ userId: user.id, source: 'chatkit_direct' }), streamCap('chatkit_direct'));
  return Response.json(toChatkitAttachment(row), { headers: { 'Cache-Control': 'no-store' } });
});
export const OPTIONS = preflight('chatkit');

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
