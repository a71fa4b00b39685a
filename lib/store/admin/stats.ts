// Daily statistics for the last 30 days (UTC days). Counts only — no conversation content — so they stay
// available when ADMIN_CAN_READ_CONVERSATIONS is off.
import 'server-only';
import { db } from '@/lib/db';
import { assertAdmin, type AdminActor } from '@/lib/admin/guard';

export type DayStats = {
  day: string; // YYYY-MM-DD
  users: number; // accounts existing at the end of the day
  newUsers: number;
  activeUsers: number; // distinct users who sent a message that day
  conversations: number; // started that day
  messages: number; // user + assistant messages
  attachments: number;
  attachmentBytes: number;
  screenshots: number;
  positive: number;
  negative: number;
  /** positive / (positive + negative), null without feedback that day. */
  feedbackRatio: number | null;
};

type Raw = Omit<DayStats, 'day' | 'feedbackRatio'> & { day: Date };

export const STATS_DAYS = 30;

export async function dailyStats(actor: AdminActor): Promise<DayStats[]> {
  assertAdmin(actor);
  // Bounds are computed here so every sub-query gets a constant the createdAt indexes can use.
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  const start = new Date(today.getTime() - (STATS_DAYS - 1) * 86400_000).toISOString();
  const rows = await db().$queryRaw<Raw[]>`
    WITH days AS (
      SELECT generate_series(${start}::timestamp(3), ${start}::timestamp(3) + (${STATS_DAYS - 1} * interval '1 day'), interval '1 day') AS day
    ),
    nu AS (SELECT date_trunc('day', "createdAt") AS day, count(*)::int AS n FROM "User" WHERE "createdAt" >= ${start}::timestamp(3) GROUP BY 1),
    -- Everything else from the daily roll-up the database keeps as rows are written (migration
    -- daily_user_stat_rollup): at most one row per user and day, instead of a month of items.
    r AS (SELECT "day"::timestamp(3) AS day,
            count(*) FILTER (WHERE "userMessages" > 0)::int AS active, sum("messages")::int AS msgs,
            sum("conversations")::int AS convs, sum("attachments")::int AS atts, sum("attachmentBytes")::float8 AS bytes,
            sum("screenshots")::int AS shots, sum("positive")::int AS pos, sum("negative")::int AS neg
          FROM "DailyUserStat" WHERE "day" >= ${start}::date GROUP BY 1),
    base AS (SELECT count(*)::int AS n FROM "User" WHERE "createdAt" < ${start}::timestamp(3))
    SELECT days.day,
      (base.n + sum(coalesce(nu.n, 0)) OVER (ORDER BY days.day))::int AS users,
      coalesce(nu.n, 0) AS "newUsers", coalesce(r.active, 0) AS "activeUsers", coalesce(r.convs, 0) AS conversations,
      coalesce(r.msgs, 0) AS messages, coalesce(r.atts, 0) AS attachments, coalesce(r.bytes, 0) AS "attachmentBytes",
      coalesce(r.shots, 0) AS screenshots, coalesce(r.pos, 0) AS positive, coalesce(r.neg, 0) AS negative
    FROM days CROSS JOIN base
    LEFT JOIN nu ON nu.day = days.day LEFT JOIN r ON r.day = days.day
    ORDER BY days.day`;
  return rows.map((r) => ({
    ...r,
    day: r.day.toISOString().slice(0, 10),
    attachmentBytes: Number(r.attachmentBytes),
    feedbackRatio: r.positive + r.negative > 0 ? r.positive / (r.positive + r.negative) : null,
  }));
}
