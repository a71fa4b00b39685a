-- CreateTable
CREATE TABLE "DailyUserStat" (
    "day" DATE NOT NULL,
    "userId" TEXT NOT NULL,
    "messages" INTEGER NOT NULL DEFAULT 0,
    "userMessages" INTEGER NOT NULL DEFAULT 0,
    "conversations" INTEGER NOT NULL DEFAULT 0,
    "attachments" INTEGER NOT NULL DEFAULT 0,
    "attachmentBytes" BIGINT NOT NULL DEFAULT 0,
    "screenshots" INTEGER NOT NULL DEFAULT 0,
    "positive" INTEGER NOT NULL DEFAULT 0,
    "negative" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DailyUserStat_pkey" PRIMARY KEY ("day","userId")
);

-- Kept up to date by the triggers below, in the same transaction as every write (cascades included), so the admin
-- stats read ~30 × active-users rows instead of a month of items. Statement-level triggers with transition
-- tables: a bulk INSERT … SELECT (seeding, imports) costs one aggregate per statement, not one upsert per row.
--
-- TG_ARGV[0] maps one row of the table to its contribution:
--   day, "userId", messages, userMessages, conversations, attachments, attachmentBytes, screenshots, positive, negative
-- and the function adds (inserted rows) and subtracts (deleted rows, the old side of an update) those per day/user.
CREATE FUNCTION procmod_daily_user_stat() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  src text;
BEGIN
  src := CASE TG_OP
    WHEN 'INSERT' THEN format('SELECT 1, %s FROM new_rows', TG_ARGV[0])
    WHEN 'DELETE' THEN format('SELECT -1, %s FROM old_rows', TG_ARGV[0])
    ELSE format('SELECT 1, %1$s FROM new_rows UNION ALL SELECT -1, %1$s FROM old_rows', TG_ARGV[0])
  END;
  -- ORDER BY: concurrent statements lock the stat rows in one order (no deadlocks); HAVING: an update that moves
  -- nothing (most attachment and item updates) writes nothing.
  EXECUTE format($q$
    INSERT INTO "DailyUserStat" AS s
      ("day", "userId", "messages", "userMessages", "conversations", "attachments", "attachmentBytes", "screenshots", "positive", "negative")
    SELECT day, uid, sum(sg * m), sum(sg * um), sum(sg * c), sum(sg * a), sum(sg * b), sum(sg * sh), sum(sg * p), sum(sg * n)
    FROM (%s) AS d(sg, day, uid, m, um, c, a, b, sh, p, n)
    GROUP BY day, uid
    HAVING sum(sg * m) <> 0 OR sum(sg * um) <> 0 OR sum(sg * c) <> 0 OR sum(sg * a) <> 0 OR sum(sg * b) <> 0
        OR sum(sg * sh) <> 0 OR sum(sg * p) <> 0 OR sum(sg * n) <> 0
    ORDER BY day, uid
    ON CONFLICT ("day", "userId") DO UPDATE SET
      "messages" = s."messages" + EXCLUDED."messages",
      "userMessages" = s."userMessages" + EXCLUDED."userMessages",
      "conversations" = s."conversations" + EXCLUDED."conversations",
      "attachments" = s."attachments" + EXCLUDED."attachments",
      "attachmentBytes" = s."attachmentBytes" + EXCLUDED."attachmentBytes",
      "screenshots" = s."screenshots" + EXCLUDED."screenshots",
      "positive" = s."positive" + EXCLUDED."positive",
      "negative" = s."negative" + EXCLUDED."negative"
  $q$, src);
  RETURN NULL;
END
$fn$;

-- Items: messages (user + assistant) and user messages.
CREATE TRIGGER "ThreadItem_stats_ins" AFTER INSERT ON "ThreadItem" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION procmod_daily_user_stat('"createdAt"::date, "userId", ("type" IN (''user_message'', ''assistant_message''))::int, ("type" = ''user_message'')::int, 0, 0, 0::bigint, 0, 0, 0');
CREATE TRIGGER "ThreadItem_stats_del" AFTER DELETE ON "ThreadItem" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION procmod_daily_user_stat('"createdAt"::date, "userId", ("type" IN (''user_message'', ''assistant_message''))::int, ("type" = ''user_message'')::int, 0, 0, 0::bigint, 0, 0, 0');
CREATE TRIGGER "ThreadItem_stats_upd" AFTER UPDATE ON "ThreadItem" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION procmod_daily_user_stat('"createdAt"::date, "userId", ("type" IN (''user_message'', ''assistant_message''))::int, ("type" = ''user_message'')::int, 0, 0, 0::bigint, 0, 0, 0');

-- Conversations started. A thread's createdAt and userId never change, and threads are updated on every item:
-- no update trigger.
CREATE TRIGGER "Thread_stats_ins" AFTER INSERT ON "Thread" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION procmod_daily_user_stat('"createdAt"::date, "userId", 0, 0, 1, 0, 0::bigint, 0, 0, 0');
CREATE TRIGGER "Thread_stats_del" AFTER DELETE ON "Thread" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION procmod_daily_user_stat('"createdAt"::date, "userId", 0, 0, 1, 0, 0::bigint, 0, 0, 0');

-- Ready attachments, their bytes, and screenshots (the modeler's source, or an image named *-yyyymmdd-hhmmss.png).
CREATE TRIGGER "Attachment_stats_ins" AFTER INSERT ON "Attachment" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION procmod_daily_user_stat('"createdAt"::date, "userId", 0, 0, 0, ("status" = ''ready'')::int, CASE WHEN "status" = ''ready'' THEN "size" ELSE 0 END::bigint, ("status" = ''ready'' AND ("source" = ''screenshot'' OR ("kind" = ''image'' AND "name" ~ ''-[0-9]{8}-[0-9]{6}\.png$'')))::int, 0, 0');
CREATE TRIGGER "Attachment_stats_del" AFTER DELETE ON "Attachment" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION procmod_daily_user_stat('"createdAt"::date, "userId", 0, 0, 0, ("status" = ''ready'')::int, CASE WHEN "status" = ''ready'' THEN "size" ELSE 0 END::bigint, ("status" = ''ready'' AND ("source" = ''screenshot'' OR ("kind" = ''image'' AND "name" ~ ''-[0-9]{8}-[0-9]{6}\.png$'')))::int, 0, 0');
CREATE TRIGGER "Attachment_stats_upd" AFTER UPDATE ON "Attachment" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION procmod_daily_user_stat('"createdAt"::date, "userId", 0, 0, 0, ("status" = ''ready'')::int, CASE WHEN "status" = ''ready'' THEN "size" ELSE 0 END::bigint, ("status" = ''ready'' AND ("source" = ''screenshot'' OR ("kind" = ''image'' AND "name" ~ ''-[0-9]{8}-[0-9]{6}\.png$'')))::int, 0, 0');

-- Feedback (an upsert changes its kind and createdAt).
CREATE TRIGGER "Feedback_stats_ins" AFTER INSERT ON "Feedback" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION procmod_daily_user_stat('"createdAt"::date, "userId", 0, 0, 0, 0, 0::bigint, 0, ("kind" = ''positive'')::int, ("kind" = ''negative'')::int');
CREATE TRIGGER "Feedback_stats_del" AFTER DELETE ON "Feedback" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION procmod_daily_user_stat('"createdAt"::date, "userId", 0, 0, 0, 0, 0::bigint, 0, ("kind" = ''positive'')::int, ("kind" = ''negative'')::int');
CREATE TRIGGER "Feedback_stats_upd" AFTER UPDATE ON "Feedback" REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION procmod_daily_user_stat('"createdAt"::date, "userId", 0, 0, 0, 0, 0::bigint, 0, ("kind" = ''positive'')::int, ("kind" = ''negative'')::int');

-- The rows that exist already.
INSERT INTO "DailyUserStat" ("day", "userId", "messages", "userMessages", "conversations", "attachments", "attachmentBytes", "screenshots", "positive", "negative")
SELECT day, uid, sum(m), sum(um), sum(c), sum(a), sum(b), sum(sh), sum(p), sum(n) FROM (
  SELECT "createdAt"::date, "userId", ("type" IN ('user_message', 'assistant_message'))::int, ("type" = 'user_message')::int, 0, 0, 0::bigint, 0, 0, 0 FROM "ThreadItem"
  UNION ALL SELECT "createdAt"::date, "userId", 0, 0, 1, 0, 0::bigint, 0, 0, 0 FROM "Thread"
  UNION ALL SELECT "createdAt"::date, "userId", 0, 0, 0, 1, "size"::bigint, ("source" = 'screenshot' OR ("kind" = 'image' AND "name" ~ '-[0-9]{8}-[0-9]{6}\.png$'))::int, 0, 0 FROM "Attachment" WHERE "status" = 'ready'
  UNION ALL SELECT "createdAt"::date, "userId", 0, 0, 0, 0, 0::bigint, 0, ("kind" = 'positive')::int, ("kind" = 'negative')::int FROM "Feedback"
) AS d(day, uid, m, um, c, a, b, sh, p, n)
GROUP BY day, uid;
