// Attachment bytes by signed, expiring URL (no cookie needed; CORS * so the ChatKit iframe can show previews).
import { otherMethods, preflight, route } from '@/lib/http/route';
import { signedFileResponse } from '@/lib/attachments/serve';

type Params = { id: string };

export const GET = route<Params>({ cors: 'any' }, async (req, ctx) => signedFileResponse(req, (await ctx.params).id));
export const HEAD = GET;
export const OPTIONS = preflight('any');

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
