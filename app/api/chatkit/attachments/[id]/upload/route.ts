// The upload URL of a pending attachment (ChatKit two_phase and API two-step): PUT raw bytes or POST multipart
// `file`. Authorised by its signature or by the signed-in owner. Answers the final attachment JSON.
import { otherMethods, preflight, route } from '@/lib/http/route';
import { authorizeUpload, receivePendingUpload } from '@/lib/attachments/upload-url';

type Params = { id: string };

const upload = route<Params>({ cors: 'chatkit' }, async (req, ctx) => {
  const row = await authorizeUpload(req, (await ctx.params).id);
  return Response.json(await receivePendingUpload(req, row), { headers: { 'Cache-Control': 'no-store' } });
});

export const PUT = upload;
export const POST = upload;
export const OPTIONS = preflight('chatkit');

export const { GET, PATCH, DELETE } = otherMethods('POST', 'PUT');
