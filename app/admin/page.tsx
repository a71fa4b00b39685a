import Link from 'next/link';
import { Pager } from '@/components/admin/pager';
import { requirePageAdmin } from '@/lib/auth/page';
import { listConversations } from '@/lib/store/admin/conversations';
import { filtersToQuery, parseConversationFilters, type ConversationFilters } from '@/lib/admin/filters';
import { conversationsReadable } from '@/lib/admin/guard';
import { AppError } from '@/lib/errors';
import { fmtDateTime, highlightSegments } from '@/components/admin/format';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Conversations' };

type SP = Promise<Record<string, string | string[] | undefined>>;

export default async function ConversationsPage({ searchParams }: { searchParams: SP }) {
  const admin = await requirePageAdmin('/admin');
  const readable = conversationsReadable();
  let filters: ConversationFilters = {};
  let error: string | null = null;
  let page: Awaited<ReturnType<typeof listConversations>> = { data: [], nextCursor: null };
  try {
    filters = parseConversationFilters(await searchParams);
    if (!readable) filters = { ...filters, q: undefined };
    page = await listConversations(admin, filters);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    error = err.message;
  }
  const filtered = Object.keys(filters).some((k) => k !== 'cursor' && k !== 'limit');
  const exportHref = `/api/admin/export${filtersToQuery(filters)}`;

  return (
    <>
      <div className="admin-page-head">
        <div>
          <h1>Conversations</h1>
          <div className="sub">Every user’s threads, most recent activity first.</div>
        </div>
        {readable && (
          <div style={{ display: 'flex', gap: 6 }}>
            <a className="btn" href={exportHref} data-testid="export-jsonl" download title="The conversations matching these filters, one JSON line each">
              Export JSONL
            </a>
            <a className="btn" href={`/api/admin/export${filtersToQuery(filters, { format: 'zip' })}`} data-testid="export-zip" download title="One folder per conversation, with attachments and diagram revisions">
              Export zip
            </a>
          </div>
        )}
      </div>
      <div className="admin-card">
        <form className="admin-filters" method="get" action="/admin" role="search" data-testid="conversation-filters">
          {readable && (
            <label className="search">
              Search messages
              <input className="input" type="search" name="q" defaultValue={filters.q ?? ''} placeholder="Words in questions or answers" data-testid="filter-q" />
            </label>
          )}
          <label>
            User (email or id)
            <input className="input" name="user" defaultValue={filters.user ?? ''} placeholder="name@example.com" data-testid="filter-user" />
          </label>
          <label>
            Active from
            <input className="input" type="date" name="from" defaultValue={filters.from ?? ''} />
          </label>
          <label>
            to
            <input className="input" type="date" name="to" defaultValue={filters.to ?? ''} />
          </label>
          <label>
            Flag
            <select name="flag" defaultValue={filters.flag ?? ''} data-testid="filter-flag">
              <option value="">Any or none</option>
              <option value="any">Flagged</option>
              <option value="none">Not flagged</option>
              <option value="open">Open</option>
              <option value="escalated">Escalated</option>
              <option value="resolved">Resolved</option>
            </select>
          </label>
          <label className="check">
            <input type="checkbox" name="images" value="1" defaultChecked={!!filters.images} /> Has images
          </label>
          <label className="check">
            <input type="checkbox" name="negative" value="1" defaultChecked={!!filters.negative} /> Has thumbs-down
          </label>
          {filters.diagram && <input type="hidden" name="diagram" value={filters.diagram} />}
          <div className="actions">
            {filtered && (
              <Link className="btn btn-ghost" href="/admin">
                Clear
              </Link>
            )}
            <button className="btn btn-primary" type="submit" data-testid="filter-apply">
              Apply
            </button>
          </div>
        </form>
        {error && <div className="alert alert-error" style={{ margin: 12 }}>{error}</div>}
        {filters.diagram && (
          <div className="alert alert-info" style={{ margin: 12 }}>
            Showing one diagram’s conversations. <Link href={`/admin${filtersToQuery({ ...filters, diagram: undefined })}`}>Show all diagrams</Link>
          </div>
        )}
        {page.data.length === 0 ? (
          <div className="empty-state" data-testid="conversations-empty">
            <h3>{filtered ? 'No conversations match these filters' : 'No conversations yet'}</h3>
            <p>{filtered ? 'Try fewer filters or other words.' : 'Conversations appear here once people start asking about their diagrams.'}</p>
          </div>
        ) : (
          <div className="admin-table-wrap">
            <table className="admin-table" data-testid="conversations-table">
              <thead>
                <tr>
                  <th>Conversation</th>
                  <th>User</th>
                  <th>Diagram</th>
                  <th className="num">Msgs</th>
                  <th className="num">Files</th>
                  <th className="num" title="Thumbs up">Up</th>
                  <th className="num" title="Thumbs down">Down</th>
                  <th>Flag</th>
                  <th>Created</th>
                  <th>Last activity</th>
                </tr>
              </thead>
              <tbody>
                {page.data.map((c) => (
                  <tr key={c.id} data-testid="conversation-row" data-id={c.id}>
                    <td className="title-cell">
                      {readable ? <Link href={`/admin/conversations/${c.id}`}>{c.title || 'Untitled conversation'}</Link> : <span>{c.title || 'Untitled conversation'}</span>}
                      {c.snippet && (
                        <div className="snippet">
                          {highlightSegments(c.snippet).map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
                        </div>
                      )}
                    </td>
                    <td>
                      <Link href={`/admin${filtersToQuery({ ...filters, user: c.user.email })}`} title="Only this user">
                        {c.user.email}
                      </Link>
                      {c.user.name && <div className="sub">{c.user.name}</div>}
                    </td>
                    <td>{c.diagram ? <Link href={`/admin${filtersToQuery({ ...filters, diagram: c.diagram.id })}`}>{c.diagram.name}</Link> : <span className="muted">—</span>}</td>
                    <td className="num">{c.messageCount}</td>
                    <td className="num">
                      {c.attachmentCount}
                      {c.imageCount > 0 && <div className="sub">{c.imageCount} img</div>}
                    </td>
                    <td className="num fb-up">{c.positiveCount || ''}</td>
                    <td className="num fb-down">{c.negativeCount || ''}</td>
                    <td>{c.flag ? <span className={`flag-pill flag-${c.flag.status}`} title={c.flag.note}>{c.flag.status}</span> : ''}</td>
                    <td className="nowrap">{fmtDateTime(c.createdAt)}</td>
                    <td className="nowrap">{fmtDateTime(c.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pager
          shown={page.data.length}
          note={filters.cursor ? ' (later page)' : ''}
          firstHref={filters.cursor ? `/admin${filtersToQuery(filters)}` : null}
          nextHref={page.nextCursor ? `/admin${filtersToQuery(filters, { cursor: page.nextCursor })}` : null}
        />
      </div>
    </>
  );
}
