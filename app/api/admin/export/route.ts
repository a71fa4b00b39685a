import { requireAdmin } from '@/lib/auth/require-user';
import { otherMethods, route } from '@/lib/http/route';
import { parseConversationFilters } from '@/lib/admin/filters';
import { exportJsonl } from '@/lib/admin/export';
import { exportZip } from '@/lib/admin/export-zip';
import { AppError } from '@/lib/errors';
import { contentDisposition } from '@/lib/http/disposition';

export const dynamic = 'force-dynamic';

/** GET /api/admin/export?format=jsonl|zip&<conversation filters> — streamed; JSONL = one conversation per line. */
export const GET = route(async (req) => {
  const admin = await requireAdmin(req);
  const sp = new URL(req.url).searchParams;
  const format = sp.get('format') ?? 'jsonl';
  if (format !== 'jsonl' && format !== 'zip') throw new AppError('badRequest', 'format: use "jsonl" or "zip"');
  const filters = parseConversationFilters(sp);
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '');
  if (format === 'zip') {
    return new Response(await exportZip(admin, filters), {
      headers: {
        'Content-Type': 'application/zip',
        'Content-Disposition': contentDisposition(`procmod-conversations-${stamp}.zip`),
        'Cache-Control': 'no-store',
      },
    });
  }
  return new Response(await exportJsonl(admin, filters), {
    headers: {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'Content-Disposition': contentDisposition(`procmod-conversations-${stamp}.jsonl`),
      'Cache-Control': 'no-store',
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
