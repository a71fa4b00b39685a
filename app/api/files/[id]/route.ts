// Attachment bytes by signed, expiring URL (no cookie needed; CORS * so the ChatKit iframe can show previews).
import { corsRoute, preflight } from '@/lib/attachments/http';
import { signedFileResponse } from '@/lib/attachments/serve';

type Params = { id: string };

export const GET = corsRoute<Params>('any', async (req, ctx) => signedFileResponse(req, (await ctx.params).id));
export const HEAD = GET;
export const OPTIONS = preflight('any');
