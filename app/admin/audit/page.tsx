import Link from 'next/link';
import { Pager, hrefWith } from '@/components/admin/pager';
import { requirePageAdmin } from '@/lib/auth/page';
import { listAudit } from '@/lib/admin/audit';
import { fmtDateTime } from '@/components/admin/format';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Audit log' };

type SP = Promise<Record<string, string | string[] | undefined>>;

const LABELS: Record<string, string> = {
  'transcript.view': 'Viewed conversation',
  'revision.view': 'Viewed diagram revision',
  'export.conversations': 'Exported conversations',
  'conversations.search': 'Searched conversations',
  'feedback.view': 'Opened the feedback queue',
  'flag.set': 'Set flag',
  'flag.clear': 'Removed flag',
  'user.role': 'Changed role',
  'user.disable': 'Disabled user',
  'user.enable': 'Enabled user',
};

function targetLink(action: string, target: string) {
  if (action === 'transcript.view' || action.startsWith('flag.')) return <Link href={`/admin/conversations/${target}`}>{target}</Link>;
  if (action === 'revision.view') return <Link href={`/admin/revisions/${target}`}>{target}</Link>;
  return <span>{target}</span>;
}

function describe(detail: unknown): string {
  if (!detail || typeof detail !== 'object') return '';
  const d = detail as Record<string, unknown>;
  const parts: string[] = [];
  if (d.email) parts.push(String(d.email));
  if (d.owner) parts.push(`owner ${d.owner}`);
  if (d.q) parts.push(`“${String(d.q).slice(0, 80)}”`);
  if ('from' in d || 'to' in d) parts.push(`${d.from ?? 'none'} → ${d.to}`);
  if (d.note) parts.push(`“${String(d.note).slice(0, 80)}”`);
  if (d.filters && typeof d.filters === 'object') {
    const f = Object.entries(d.filters as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null);
    parts.push(f.length ? f.map(([k, v]) => `${k}=${v}`).join(' ') : 'all conversations');
  }
  return parts.join(' · ');
}

export default async function AuditPage({ searchParams }: { searchParams: SP }) {
  const admin = await requirePageAdmin('/admin/audit');
  const sp = await searchParams;
  const action = typeof sp.action === 'string' && sp.action ? sp.action : null;
  const cursor = typeof sp.cursor === 'string' ? sp.cursor : null;
  const page = await listAudit(admin, { action, cursor, limit: 50 });
  return (
    <>
      <div className="admin-page-head">
        <div>
          <h1>Audit log</h1>
          <div className="sub">Every admin view of a conversation, export, flag change and user change. Entries cannot be edited or deleted.</div>
        </div>
      </div>
      <div className="admin-card">
        <form className="admin-filters" method="get" action="/admin/audit">
          <label>
            Action
            <select name="action" defaultValue={action ?? ''}>
              <option value="">All actions</option>
              {Object.entries(LABELS).map(([k, v]) => (
                <option key={k} value={k}>{v}</option>
              ))}
            </select>
          </label>
          <div className="actions">
            <button className="btn btn-primary" type="submit">Filter</button>
          </div>
        </form>
        {page.data.length === 0 ? (
          <div className="empty-state">
            <h3>Nothing recorded yet</h3>
            <p>Admin actions appear here as they happen.</p>
          </div>
        ) : (
          <table className="admin-table" data-testid="audit-table">
            <thead>
              <tr>
                <th>When (UTC)</th>
                <th>Who</th>
                <th>What</th>
                <th>Target</th>
                <th>Details</th>
              </tr>
            </thead>
            <tbody>
              {page.data.map((e) => (
                <tr key={e.id} data-testid="audit-row" data-action={e.action}>
                  <td className="nowrap">{fmtDateTime(e.at)}</td>
                  <td>{e.actor?.email ?? <span className="muted">deleted user</span>}</td>
                  <td>{LABELS[e.action] ?? e.action}</td>
                  <td className="nowrap">{targetLink(e.action, e.target)}</td>
                  <td className="sub">{describe(e.detail)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pager
          shown={page.data.length}
          firstHref={cursor ? hrefWith('/admin/audit', { action }) : null}
          nextHref={page.nextCursor ? hrefWith('/admin/audit', { action, cursor: page.nextCursor }) : null}
        />
      </div>
    </>
  );
}
