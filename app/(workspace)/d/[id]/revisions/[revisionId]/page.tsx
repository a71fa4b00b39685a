import { AppHeader } from '@/components/ui/app-header';
import { RevisionView } from '@/components/revisions/revision-view';
import { requirePageUser } from '@/lib/auth/page';
import { revisionViewHref, revisionViewQuery } from '@/lib/diagrams/revision-link';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Diagram revision' };

type Props = { params: Promise<{ id: string; revisionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A past revision, read-only, with its diff (the client component loads it and shows loading and error states). */
export default async function RevisionPage({ params, searchParams }: Props) {
  const { id, revisionId } = await params;
  let q: ReturnType<typeof revisionViewQuery>;
  try {
    q = revisionViewQuery(await searchParams);
  } catch {
    q = { compare: 'previous', element: null }; // a hand-edited query: show the default view rather than an error page
  }
  const user = await requirePageUser(revisionViewHref(id, revisionId, { compare: q.compare, element: q.element ?? undefined }));
  return (
    <div className="app">
      <AppHeader user={user} current="workspace" />
      <RevisionView diagramId={id} revisionId={revisionId} compare={q.compare} element={q.element} />
    </div>
  );
}
