// POST an SVG (the modeler's saveSVG output), get a PNG back: the server-side fallback for the Screenshot button.
// Same size rule as the browser capture; the SVG is sanitised first and rendering never touches the network.
import { requireUser } from '@/lib/auth/require-user';
import { AppError } from '@/lib/errors';
import { otherMethods, readBodyLimited, route } from '@/lib/http/route';
import { RENDER_MAX_SVG_BYTES, renderSvgToPng } from '@/lib/bpmn/render';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = route(async (req) => {
  await requireUser(req);
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'image/svg+xml') {
    throw new AppError('unsupportedMediaType', 'Send the SVG as the request body with Content-Type: image/svg+xml.');
  }
  const body = await readBodyLimited(req, RENDER_MAX_SVG_BYTES, 'The SVG');
  const { png, width, height } = await renderSvgToPng(body.toString('utf8'));
  return new Response(new Uint8Array(png), {
    headers: {
      'content-type': 'image/png',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-image-width': String(width),
      'x-image-height': String(height),
    },
  });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
