import { requireUser } from '@/lib/auth/require-user';
import { listRevisions, saveRevision } from '@/lib/diagrams';
import { otherMethods, readJson, route } from '@/lib/http/route';
import { saveBody, XML_BODY_LIMIT } from '../../schemas';

export const dynamic = 'force-dynamic';
type Params = { id: string };

/** Revision history, newest first (no XML). */
export const GET = route<Params>(async (req, { params }) => {
  const user = await requireUser(req);
  const { id } = await params;
  return Response.json({ revisions: await listRevisions(user.id, id) }, { headers: { 'Cache-Control': 'no-store' } });
});

/** Save the current XML: 201 with a new revision, or 200 `created:false` when it equals the latest one. */
export const POST = route<Params>(async (req, { params }) => {
  const user = await requireUser(req);
  const { id } = await params;
  const { xml } = await readJson(req, saveBody, XML_BODY_LIMIT);
  const result = await saveRevision(user.id, id, xml);
  return Response.json(result, { status: result.created ? 201 : 200 });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
