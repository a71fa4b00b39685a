import { requireUser } from '@/lib/auth/require-user';
import { loadRevisionView } from '@/lib/diagrams/revision-view';
import { revisionViewQuery } from '@/lib/diagrams/revision-link';
import { otherMethods, route } from '@/lib/http/route';

export const dynamic = 'force-dynamic';
type Params = { id: string; revisionId: string };

/** One revision (XML) with its diff against the previous or the current revision, for the read-only view. */
export const GET = route<Params>(async (req, { params }) => {
  const user = await requireUser(req);
  const { id, revisionId } = await params;
  const q = revisionViewQuery(new URL(req.url).searchParams);
  return Response.json(await loadRevisionView(user.id, id, revisionId, q.compare, q.element), { headers: { 'Cache-Control': 'no-store' } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
