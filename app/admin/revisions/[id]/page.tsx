import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageAdmin } from '@/lib/auth/page';
import { loadRevision } from '@/lib/admin/transcript';
import { conversationsReadable } from '@/lib/admin/guard';
import { AppError } from '@/lib/errors';
import { RevisionViewerLoader } from '@/components/admin/revision-viewer-loader';
import { fmtDateTime } from '@/components/admin/format';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Diagram revision' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RevisionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const admin = await requirePageAdmin(`/admin/revisions/${id}`);
  if (!conversationsReadable()) {
    return (
      <div className="admin-card empty-state">
        <h3>Conversation review is turned off</h3>
        <p>Diagram revisions sent with messages are part of the conversation.</p>
      </div>
    );
  }
  let rev;
  try {
    rev = await loadRevision(admin, id);
  } catch (err) {
    if (err instanceof AppError && err.code === 'notFound') notFound();
    throw err;
  }
  const conv = (await searchParams).conversation;
  const back = typeof conv === 'string' && /^[A-Za-z0-9_-]{1,80}$/.test(conv) ? `/admin/conversations/${conv}` : '/admin';
  return (
    <>
      <div className="admin-page-head">
        <div>
          <div className="sub">
            <Link href={back} data-testid="back-to-conversation">← Back to the conversation</Link>
          </div>
          <h1 data-testid="revision-title">{rev.diagram.name}</h1>
          <div className="sub">
            Revision saved {fmtDateTime(rev.createdAt)} by {rev.owner} · read-only
          </div>
        </div>
      </div>
      <div className="admin-card">
        <RevisionViewerLoader xml={rev.xml} />
      </div>
    </>
  );
}
