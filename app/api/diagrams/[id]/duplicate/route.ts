import { requireUser } from '@/lib/auth/require-user';
import { duplicateDiagram } from '@/lib/diagrams';
import { otherMethods, readJson, route } from '@/lib/http/route';
import { duplicateBody } from '../../schemas';

export const dynamic = 'force-dynamic';

/** A copy of the diagram's latest revision; body optional ({ name }). */
export const POST = route<{ id: string }>(async (req, { params }) => {
  const user = await requireUser(req);
  const { id } = await params;
  const hasBody = Number(req.headers.get('content-length') ?? 0) > 0 || req.headers.has('content-type');
  const body = hasBody ? await readJson(req, duplicateBody, 16 * 1024) : {};
  return Response.json({ diagram: await duplicateDiagram(user.id, id, body.name) }, { status: 201 });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
