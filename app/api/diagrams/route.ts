import { requireUser } from '@/lib/auth/require-user';
import { createDiagram, listDiagrams } from '@/lib/diagrams';
import { otherMethods, readJson, route } from '@/lib/http/route';
import { createBody, XML_BODY_LIMIT } from './schemas';

export const dynamic = 'force-dynamic';

/** The signed-in user's diagrams (no XML). */
export const GET = route(async (req) => {
  const user = await requireUser(req);
  return Response.json({ diagrams: await listDiagrams(user.id) }, { headers: { 'Cache-Control': 'no-store' } });
});

/** A new diagram: the starter process, or the given BPMN XML. */
export const POST = route(async (req) => {
  const user = await requireUser(req);
  const body = await readJson(req, createBody, XML_BODY_LIMIT);
  return Response.json({ diagram: await createDiagram(user.id, body) }, { status: 201 });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
