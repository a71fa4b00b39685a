// GET /api/v1/conversation/{id}/export?format=json|zip — the zip is streamed, never built in memory.
import { requireUser } from '@/lib/auth/require-user';
import { AppError } from '@/lib/errors';
import { contentDisposition } from '@/lib/http/disposition';
import { otherMethods, route } from '@/lib/http/route';
import { requireConversation } from '@/lib/attachments/api';
import { buildConversationExport, conversationZipStream, exportFileName } from '@/lib/export/conversation';

type Params = { conversationId: string };

export const GET = route<Params>(async (req, ctx) => {
  const user = await requireUser(req);
  const format = new URL(req.url).searchParams.get('format') ?? 'json';
  if (format !== 'json' && format !== 'zip') throw new AppError('badRequest', 'format must be json or zip.');
  const threadId = await requireConversation(user.id, (await ctx.params).conversationId);
  const { data, rows } = await buildConversationExport(user.id, threadId);
  const disposition = (ext: 'json' | 'zip') => contentDisposition(exportFileName(data, ext));
  if (format === 'json') return Response.json(data, { headers: { 'Content-Disposition': disposition('json'), 'Cache-Control': 'no-store' } });
  return new Response(conversationZipStream(data, rows), {
    headers: { 'Content-Type': 'application/zip', 'Content-Disposition': disposition('zip'), 'Cache-Control': 'no-store' },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
