// The upload URL of a pending attachment (ChatKit two_phase and API two-step): PUT raw bytes or POST multipart
// `file`. Authorised by its signature or by the signed-in owner. Answers the final attachment JSON.
import { otherMethods, preflight, route } from '@/lib/http/route';
import { authorizeUpload, completePendingUpload } from '@/lib/attachments/upload-url';
import { uploadResponse } from '@/lib/attachments/api';

type Params = { id: string };

const upload = route<Params>({ cors: 'chatkit' }, async (req, ctx) => {
  const row = await authorizeUpload(req, (await ctx.params).id);
  const result = await completePendingUpload(req, row);
  return uploadResponse(row, result);
});

export const PUT = upload;
export const POST = upload;
export const OPTIONS = preflight('chatkit');

export const { GET, PATCH, DELETE } = otherMethods('POST', 'PUT');
