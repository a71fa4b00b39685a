import { requirePageAdmin } from '@/lib/auth/page';
import { dailyStats } from '@/lib/store/admin/stats';
import { StatsCharts } from '@/components/admin/stats-charts';
import { formatBytes } from '@/lib/format';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Stats' };

export default async function StatsPage() {
  const admin = await requirePageAdmin('/admin/stats');
  const days = await dailyStats(admin);
  const sum = (k: 'conversations' | 'messages' | 'attachments' | 'attachmentBytes' | 'screenshots' | 'positive' | 'negative' | 'newUsers') =>
    days.reduce((n, d) => n + d[k], 0);
  const pos = sum('positive');
  const neg = sum('negative');
  const last = days[days.length - 1];
  const tiles: [string, string][] = [
    ['Users', String(last?.users ?? 0)],
    ['New users (30 d)', String(sum('newUsers'))],
    ['Active today', String(last?.activeUsers ?? 0)],
    ['Conversations (30 d)', String(sum('conversations'))],
    ['Messages (30 d)', String(sum('messages'))],
    ['Attachments (30 d)', `${sum('attachments')} · ${formatBytes(sum('attachmentBytes'))}`],
    ['Screenshots (30 d)', String(sum('screenshots'))],
    ['Thumbs-up ratio (30 d)', pos + neg ? `${Math.round((pos / (pos + neg)) * 100)} %` : '—'],
  ];
  return (
    <>
      <div className="admin-page-head">
        <div>
          <h1>Stats</h1>
          <div className="sub">Last 30 days, per UTC day. Counts only — no conversation content.</div>
        </div>
      </div>
      <div className="stat-tiles" data-testid="stat-tiles">
        {tiles.map(([label, value]) => (
          <div key={label} className="stat-tile">
            <div className="label">{label}</div>
            <div className="value">{value}</div>
          </div>
        ))}
      </div>
      <StatsCharts days={days} />
    </>
  );
}
