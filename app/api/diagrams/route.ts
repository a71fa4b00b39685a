import { requireUser } from '@/lib/auth/require-user';
import { createDiagram, importDiagram, listDiagrams, MAX_XML_BYTES } from '@/lib/diagrams';
import { badRequest } from '@/lib/errors';
import { otherMethods, readBodyLimited, readJson, route } from '@/lib/http/route';
import { createBody, layoutOption, RAW_XML_TYPES, XML_BODY_LIMIT } from './schemas';

export const dynamic = 'force-dynamic';

/** The signed-in user's diagrams (no XML). */
export const GET = route(async (req) => {
  const user = await requireUser(req);
  return Response.json({ diagrams: await listDiagrams(user.id) }, { headers: { 'Cache-Control': 'no-store' } });
});

/**
 * A new diagram: the starter process, or a BPMN file — JSON `{name, xml, layout}` or the file itself as the body
 * (`?name=&layout=`; decoded by the encoding it declares). Files go through the import rules; `import` says
 * what was changed and what will not be drawn.
 */
export const POST = route(async (req) => {
  const user = await requireUser(req);
  if (RAW_XML_TYPES.test(req.headers.get('content-type') ?? '')) {
    const url = new URL(req.url);
    const layout = layoutOption.safeParse(url.searchParams.get('layout') ?? 'none');
    if (!layout.success) throw badRequest('layout: must be "auto" or "none".');
    const bytes = await readBodyLimited(req, MAX_XML_BYTES, 'The diagram file');
    const { import: summary, ...diagram } = await importDiagram(user.id, { name: url.searchParams.get('name') ?? undefined, file: new Uint8Array(bytes), layout: layout.data });
    return Response.json({ diagram, import: summary }, { status: 201 });
  }
  const body = await readJson(req, createBody, XML_BODY_LIMIT);
  if (body.xml === undefined) return Response.json({ diagram: await createDiagram(user.id, { name: body.name }) }, { status: 201 });
  const { import: summary, ...diagram } = await importDiagram(user.id, { name: body.name, file: body.xml, layout: body.layout });
  return Response.json({ diagram, import: summary }, { status: 201 });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
