// The admin stats counted straight from the rows — the query lib/store/admin/stats.ts ran before the daily
// roll-up — as the reference the roll-up is tested (e2e/integration/admin-stats-rollup.test.ts) and timed
// (scripts/bench/admin.ts) against.
import { db } from '@/lib/db';
import { STATS_DAYS, type DayStats } from '@/lib/store/admin/stats';

const DAY = 86400_000;
const today = () => new Date().setUTCHours(0, 0, 0, 0);

/** The counts straight from the rows (the query the stats ran before the roll-up), for the same 30 UTC days. */
export async function directStats(): Promise<Omit<DayStats, 'users' | 'newUsers' | 'feedbackRatio'>[]> {
  const start = new Date(today() - (STATS_DAYS - 1) * DAY).toISOString();
  const rows = await db().$queryRaw<{ day: Date; active: number; msgs: number; convs: number; atts: number; bytes: number; shots: number; pos: number; neg: number }[]>`
    WITH days AS (SELECT generate_series(${start}::timestamp(3), ${start}::timestamp(3) + (${STATS_DAYS - 1} * interval '1 day'), interval '1 day') AS day),
    it AS (SELECT date_trunc('day', "createdAt") AS day, count(DISTINCT "userId") FILTER (WHERE type = 'user_message')::int AS active,
             count(*) FILTER (WHERE type IN ('user_message', 'assistant_message'))::int AS msgs
           FROM "ThreadItem" WHERE "createdAt" >= ${start}::timestamp(3) GROUP BY 1),
    th AS (SELECT date_trunc('day', "createdAt") AS day, count(*)::int AS n FROM "Thread" WHERE "createdAt" >= ${start}::timestamp(3) GROUP BY 1),
    at AS (SELECT date_trunc('day', "createdAt") AS day, count(*)::int AS n, coalesce(sum(size), 0)::float8 AS bytes,
             count(*) FILTER (WHERE source = 'screenshot' OR (kind = 'image' AND name ~ '-[0-9]{8}-[0-9]{6}\\.png$'))::int AS shots
           FROM "Attachment" WHERE "createdAt" >= ${start}::timestamp(3) AND status = 'ready' GROUP BY 1),
    fb AS (SELECT date_trunc('day', "createdAt") AS day, count(*) FILTER (WHERE kind = 'positive')::int AS pos,
             count(*) FILTER (WHERE kind = 'negative')::int AS neg FROM "Feedback" WHERE "createdAt" >= ${start}::timestamp(3) GROUP BY 1)
    SELECT days.day, coalesce(it.active, 0) AS active, coalesce(it.msgs, 0) AS msgs, coalesce(th.n, 0) AS convs,
      coalesce(at.n, 0) AS atts, coalesce(at.bytes, 0) AS bytes, coalesce(at.shots, 0) AS shots, coalesce(fb.pos, 0) AS pos, coalesce(fb.neg, 0) AS neg
    FROM days LEFT JOIN it ON it.day = days.day LEFT JOIN th ON th.day = days.day LEFT JOIN at ON at.day = days.day LEFT JOIN fb ON fb.day = days.day
    ORDER BY days.day`;
  return rows.map((r) => ({
    day: r.day.toISOString().slice(0, 10), activeUsers: r.active, conversations: r.convs, messages: r.msgs,
    attachments: r.atts, attachmentBytes: Number(r.bytes), screenshots: r.shots, positive: r.pos, negative: r.neg,
  }));
}

