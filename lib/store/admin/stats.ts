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

/** Screenshots: the modeler's screenshot source, or an image named like `*-yyyymmdd-hhmmss.png`. */
export const SCREENSHOT_NAME_RE = '-[0-9]{8}-[0-9]{6}\\.png$';

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
    -- One pass over the period's items for both active users and messages.
    it AS (SELECT date_trunc('day', "createdAt") AS day,
             count(DISTINCT "userId") FILTER (WHERE type = 'user_message')::int AS active,
             count(*) FILTER (WHERE type IN ('user_message', 'assistant_message'))::int AS msgs
           FROM "ThreadItem" WHERE "createdAt" >= ${start}::timestamp(3) GROUP BY 1),
    th AS (SELECT date_trunc('day', "createdAt") AS day, count(*)::int AS n FROM "Thread" WHERE "createdAt" >= ${start}::timestamp(3) GROUP BY 1),
    at AS (SELECT date_trunc('day', "createdAt") AS day, count(*)::int AS n, coalesce(sum(size), 0)::float8 AS bytes,
             count(*) FILTER (WHERE source = 'screenshot' OR (kind = 'image' AND name ~ ${SCREENSHOT_NAME_RE}))::int AS shots
           FROM "Attachment" WHERE "createdAt" >= ${start}::timestamp(3) AND status = 'ready' GROUP BY 1),
    fb AS (SELECT date_trunc('day', "createdAt") AS day,
             count(*) FILTER (WHERE kind = 'positive')::int AS pos, count(*) FILTER (WHERE kind = 'negative')::int AS neg
           FROM "Feedback" WHERE "createdAt" >= ${start}::timestamp(3) GROUP BY 1),
    base AS (SELECT count(*)::int AS n FROM "User" WHERE "createdAt" < ${start}::timestamp(3))
    SELECT days.day,
      (base.n + sum(coalesce(nu.n, 0)) OVER (ORDER BY days.day))::int AS users,
      coalesce(nu.n, 0) AS "newUsers", coalesce(it.active, 0) AS "activeUsers", coalesce(th.n, 0) AS conversations,
      coalesce(it.msgs, 0) AS messages, coalesce(at.n, 0) AS attachments, coalesce(at.bytes, 0) AS "attachmentBytes",
      coalesce(at.shots, 0) AS screenshots, coalesce(fb.pos, 0) AS positive, coalesce(fb.neg, 0) AS negative
    FROM days CROSS JOIN base
    LEFT JOIN nu ON nu.day = days.day LEFT JOIN it ON it.day = days.day LEFT JOIN th ON th.day = days.day
    LEFT JOIN at ON at.day = days.day LEFT JOIN fb ON fb.day = days.day
    ORDER BY days.day`;
  return rows.map((r) => ({
    ...r,
    day: r.day.toISOString().slice(0, 10),
    attachmentBytes: Number(r.attachmentBytes),
    feedbackRatio: r.positive + r.negative > 0 ? r.positive / (r.positive + r.negative) : null,
  }));
}
