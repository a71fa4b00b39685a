import Link from 'next/link';
import { Pager, hrefWith } from '@/components/admin/pager';
import { requirePageAdmin } from '@/lib/auth/page';
import { feedbackQueue } from '@/lib/store/admin/feedback';
import { conversationsReadable } from '@/lib/admin/guard';
import { fmtDateTime } from '@/components/admin/format';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Feedback queue' };

type SP = Promise<Record<string, string | string[] | undefined>>;

export default async function FeedbackPage({ searchParams }: { searchParams: SP }) {
  const admin = await requirePageAdmin('/admin/feedback');
  if (!conversationsReadable()) {
    return (
      <div className="admin-card empty-state">
        <h3>Conversation review is turned off</h3>
        <p>The feedback queue shows questions and answers, so it is closed while ADMIN_CAN_READ_CONVERSATIONS=false. See Stats for feedback ratios.</p>
      </div>
    );
  }
  const sp = await searchParams;
  const cursor = typeof sp.cursor === 'string' ? sp.cursor : null;
  const page = await feedbackQueue(admin, { cursor, limit: 30 });
  return (
    <>
      <div className="admin-page-head">
        <div>
          <h1>Feedback queue</h1>
          <div className="sub">Every thumbs-down answer, newest first, with the question it answered.</div>
        </div>
      </div>
      <div className="admin-card">
        {page.data.length === 0 ? (
          <div className="empty-state" data-testid="feedback-empty">
            <h3>No thumbs-down yet</h3>
            <p>When someone marks an answer as unhelpful, it shows up here.</p>
          </div>
        ) : (
          <table className="admin-table" data-testid="feedback-table">
            <thead>
              <tr>
                <th style={{ width: 170 }}>When / who</th>
                <th>Question → answer</th>
                <th style={{ width: 110 }}><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {page.data.map((f) => (
                <tr key={f.id} data-testid="feedback-row">
                  <td>
                    <div className="nowrap">{fmtDateTime(f.at)}</div>
                    <div className="sub">{f.user.email}</div>
                    {f.flagStatus && <span className={`flag-pill flag-${f.flagStatus}`}>{f.flagStatus}</span>}
                  </td>
                  <td>
                    <div style={{ fontWeight: 600, marginBottom: 6 }}>{f.threadTitle || 'Untitled conversation'}</div>
                    <div className="fb-qa">
                      <div className="q">{f.question ?? '(no question found)'}</div>
                      <div className="a">{f.answer}</div>
                    </div>
                  </td>
                  <td>
                    <Link className="btn btn-sm" href={`/admin/conversations/${f.threadId}#${f.itemId}`}>
                      Open →
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pager
          shown={page.data.length}
          firstHref={cursor ? '/admin/feedback' : null}
          nextHref={page.nextCursor ? hrefWith('/admin/feedback', { cursor: page.nextCursor }) : null}
        />
      </div>
    </>
  );
}
