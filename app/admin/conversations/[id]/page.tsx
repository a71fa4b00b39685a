import Link from 'next/link';
import { notFound } from 'next/navigation';
import { requirePageAdmin } from '@/lib/auth/page';
import { loadTranscript } from '@/lib/admin/transcript';
import { conversationsReadable } from '@/lib/admin/guard';
import { AppError } from '@/lib/errors';
import { TranscriptView } from '@/components/admin/transcript-view';
import { FlagControls } from '@/components/admin/flag-controls';
import { fmtDateTime } from '@/components/admin/format';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Conversation' };

export default async function TranscriptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const admin = await requirePageAdmin(`/admin/conversations/${id}`);
  if (!conversationsReadable()) {
    return (
      <div className="admin-card empty-state" data-testid="reading-off">
        <h3>Conversation review is turned off</h3>
        <p>This server sets ADMIN_CAN_READ_CONVERSATIONS=false: transcripts and exports are closed; statistics stay available.</p>
      </div>
    );
  }
  let t;
  try {
    t = await loadTranscript(admin, id);
  } catch (err) {
    if (err instanceof AppError && err.code === 'notFound') notFound();
    throw err;
  }
  const negatives = t.items.reduce((n, i) => n + i.feedback.filter((f) => f.kind === 'negative').length, 0);
  const positives = t.items.reduce((n, i) => n + i.feedback.filter((f) => f.kind === 'positive').length, 0);
  return (
    <>
      <div className="admin-page-head">
        <div>
          <div className="sub">
            <Link href="/admin">← Conversations</Link>
          </div>
          <h1 data-testid="transcript-title">{t.thread.title || 'Untitled conversation'}</h1>
          <div className="sub">Read-only. Your viewing is recorded in the audit log.</div>
        </div>
      </div>
      <div className="transcript-layout">
        <section className="admin-card" aria-label="Transcript">
          <TranscriptView transcript={t} />
        </section>
        <aside>
          <div className="admin-card">
            <div className="admin-card-head">
              <h2>Details</h2>
            </div>
            <dl className="admin-card-body side-facts">
              <dt>User</dt>
              <dd>
                <Link href={`/admin?user=${encodeURIComponent(t.thread.user.email)}`}>{t.thread.user.email}</Link>
                {t.thread.user.disabled && <span className="flag-pill state-disabled" style={{ marginLeft: 6 }}>disabled</span>}
              </dd>
              <dt>Diagram</dt>
              <dd>{t.thread.diagram ? <Link href={`/admin?diagram=${t.thread.diagram.id}`}>{t.thread.diagram.name}</Link> : '—'}</dd>
              <dt>Started</dt>
              <dd>{fmtDateTime(t.thread.createdAt)}</dd>
              <dt>Last activity</dt>
              <dd>{fmtDateTime(t.thread.updatedAt)}</dd>
              <dt>Items</dt>
              <dd>{t.items.length}</dd>
              <dt>Feedback</dt>
              <dd>
                <span className="fb-up">{positives} up</span> · <span className="fb-down">{negatives} down</span>
              </dd>
            </dl>
          </div>
          <div className="admin-card">
            <div className="admin-card-head">
              <h2>Flag</h2>
            </div>
            <div className="admin-card-body">
              <FlagControls threadId={t.thread.id} flag={t.flag} />
            </div>
          </div>
        </aside>
      </div>
    </>
  );
}
