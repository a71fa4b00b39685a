import { requireUser } from '@/lib/auth/require-user';
import { deleteDiagram, getDiagram, renameDiagram } from '@/lib/diagrams';
import { otherMethods, readJson, route } from '@/lib/http/route';
import { renameBody } from '../schemas';

export const dynamic = 'force-dynamic';
type Params = { id: string };

/** The diagram with the XML of its latest revision. */
export const GET = route<Params>(async (req, { params }) => {
  const user = await requireUser(req);
  const { id } = await params;
  return Response.json({ diagram: await getDiagram(user.id, id) }, { headers: { 'Cache-Control': 'no-store' } });
});

/** Rename. */
export const PATCH = route<Params>(async (req, { params }) => {
  const user = await requireUser(req);
  const { id } = await params;
  const { name } = await readJson(req, renameBody, 16 * 1024);
  return Response.json({ diagram: await renameDiagram(user.id, id, name) });
});

export const DELETE = route<Params>(async (req, { params }) => {
  const user = await requireUser(req);
  const { id } = await params;
  await deleteDiagram(user.id, id);
  return new Response(null, { status: 204 });
});

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
