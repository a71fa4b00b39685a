-- AlterTable
ALTER TABLE "ThreadItem" ADD COLUMN     "wire" TEXT;

-- A write that changes what the item says (its payload, type, id, thread or time) without writing "wire" too
-- leaves no stale answer behind: the row is then read through the payload again (lib/store/chatkit-store.ts).
CREATE FUNCTION procmod_thread_item_wire_reset() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  NEW."wire" := NULL;
  RETURN NEW;
END
$fn$;

CREATE TRIGGER "ThreadItem_wire_reset" BEFORE UPDATE ON "ThreadItem" FOR EACH ROW
  WHEN (NEW."wire" IS NOT DISTINCT FROM OLD."wire" AND OLD."wire" IS NOT NULL
        AND (NEW."payload" IS DISTINCT FROM OLD."payload" OR NEW."type" IS DISTINCT FROM OLD."type" OR NEW."id" IS DISTINCT FROM OLD."id"
             OR NEW."threadId" IS DISTINCT FROM OLD."threadId" OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt"))
  EXECUTE FUNCTION procmod_thread_item_wire_reset();
