-- Unread messages per thread and participant, kept by triggers (issue 18): the header's count on every signed-in
-- page reads these rows instead of counting messages. A message counts for a participant when it is the other
-- participant's TEXT message, not deleted, after the participant's read mark (ThreadRead.lastReadSeq). Triggers,
-- not the services, keep it, so every writer (sends, edits, deletions, read marks, seeds, test factories) keeps
-- it right in its own transaction. Statement-level triggers with transition tables: a bulk insert costs one
-- grouped upsert, not one per row.

CREATE TABLE "ThreadUnread" (
    "threadId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "sent" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ThreadUnread_pkey" PRIMARY KEY ("threadId","userId")
);
CREATE INDEX "ThreadUnread_userId_idx" ON "ThreadUnread"("userId");
ALTER TABLE "ThreadUnread" ADD CONSTRAINT "ThreadUnread_threadId_fkey" FOREIGN KEY ("threadId") REFERENCES "Thread"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ThreadUnread" ADD CONSTRAINT "ThreadUnread_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- New messages: +1 for the participant who did not write them (per thread, in one grouped upsert), and +1 to the
-- author's "sent" (their own TEXT messages ever written, deleted or not: whether they have written at all, which
-- the home page's new-match to-do asks without counting a long thread's messages).
CREATE FUNCTION kinship_thread_unread_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO "ThreadUnread" ("threadId", "userId", "count")
  SELECT a."threadId", r."userId", count(*)::int
  FROM added a
  JOIN "Thread" t ON t.id = a."threadId"
  JOIN "Pairing" p ON p.id = t."pairingId"
  CROSS JOIN LATERAL (VALUES (p."mentorId"), (p."menteeId")) AS r("userId")
  LEFT JOIN "ThreadRead" tr ON tr."threadId" = a."threadId" AND tr."userId" = r."userId"
  WHERE a.kind = 'TEXT' AND a."deletedAt" IS NULL AND a."authorId" <> r."userId"
    AND a.seq > COALESCE(tr."lastReadSeq", 0)
  GROUP BY a."threadId", r."userId"
  ON CONFLICT ("threadId", "userId") DO UPDATE SET "count" = "ThreadUnread"."count" + EXCLUDED."count";
  INSERT INTO "ThreadUnread" ("threadId", "userId", "sent")
  SELECT a."threadId", a."authorId", count(*)::int
  FROM added a
  JOIN "Thread" t ON t.id = a."threadId"
  JOIN "Pairing" p ON p.id = t."pairingId"
  WHERE a.kind = 'TEXT' AND a."authorId" IN (p."mentorId", p."menteeId")
  GROUP BY a."threadId", a."authorId"
  ON CONFLICT ("threadId", "userId") DO UPDATE SET "sent" = "ThreadUnread"."sent" + EXCLUDED."sent";
  RETURN NULL;
END
$fn$;

-- Changed or removed messages: the difference between what counted before and what counts now.
CREATE FUNCTION kinship_thread_unread_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  WITH before_rows AS (
    SELECT o."threadId", o.id, o."authorId", o.seq, (o.kind = 'TEXT' AND o."deletedAt" IS NULL) AS counted
    FROM old_rows o
  ), after_rows AS (
    SELECT n."threadId", n.id, n."authorId", n.seq, (n.kind = 'TEXT' AND n."deletedAt" IS NULL) AS counted
    FROM new_rows n
    WHERE TG_OP = 'UPDATE'
  ), delta AS (
    SELECT x."threadId", r."userId", sum(x.sign)::int AS d
    FROM (
      SELECT b."threadId", b."authorId", b.seq, -1 AS sign FROM before_rows b WHERE b.counted
      UNION ALL
      SELECT a."threadId", a."authorId", a.seq, 1 AS sign FROM after_rows a WHERE a.counted
    ) x
    JOIN "Thread" t ON t.id = x."threadId"
    JOIN "Pairing" p ON p.id = t."pairingId"
    CROSS JOIN LATERAL (VALUES (p."mentorId"), (p."menteeId")) AS r("userId")
    LEFT JOIN "ThreadRead" tr ON tr."threadId" = x."threadId" AND tr."userId" = r."userId"
    WHERE x."authorId" <> r."userId" AND x.seq > COALESCE(tr."lastReadSeq", 0)
    GROUP BY x."threadId", r."userId"
  )
  UPDATE "ThreadUnread" u SET "count" = GREATEST(u."count" + delta.d, 0)
  FROM delta
  WHERE u."threadId" = delta."threadId" AND u."userId" = delta."userId" AND delta.d <> 0;
  RETURN NULL;
END
$fn$;

-- A read mark moved: that participant's count is read again from the thread's messages after it (an index range
-- on ("threadId", seq)). The reader's service holds the thread's share lock first, so a send in flight commits
-- before the count is taken.
CREATE FUNCTION kinship_thread_unread_read() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO "ThreadUnread" ("threadId", "userId", "count")
  SELECT NEW."threadId", NEW."userId", count(*)::int
  FROM "Message" m
  WHERE m."threadId" = NEW."threadId" AND m.seq > NEW."lastReadSeq" AND m."authorId" <> NEW."userId"
    AND m.kind = 'TEXT' AND m."deletedAt" IS NULL
  ON CONFLICT ("threadId", "userId") DO UPDATE SET "count" = EXCLUDED."count";
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "Message_unread_insert" AFTER INSERT ON "Message"
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION kinship_thread_unread_insert();
CREATE TRIGGER "Message_unread_update" AFTER UPDATE ON "Message"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_thread_unread_change();
CREATE TRIGGER "Message_unread_delete" AFTER DELETE ON "Message"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_thread_unread_change();
CREATE TRIGGER "ThreadRead_unread_insert" AFTER INSERT ON "ThreadRead"
  FOR EACH ROW EXECUTE FUNCTION kinship_thread_unread_read();
CREATE TRIGGER "ThreadRead_unread_update" AFTER UPDATE ON "ThreadRead"
  FOR EACH ROW WHEN (OLD."lastReadSeq" IS DISTINCT FROM NEW."lastReadSeq") EXECUTE FUNCTION kinship_thread_unread_read();

-- Backfill, after the triggers exist: creating them locked both tables against writes until this commits, so no
-- message or read mark slips between the count and the triggers.
INSERT INTO "ThreadUnread" ("threadId", "userId", "count", "sent")
SELECT t.id, r."userId",
  (count(*) FILTER (WHERE m."authorId" <> r."userId" AND m."deletedAt" IS NULL
    AND m.seq > COALESCE(tr."lastReadSeq", 0)))::int,
  (count(*) FILTER (WHERE m."authorId" = r."userId"))::int
FROM "Thread" t
JOIN "Pairing" p ON p.id = t."pairingId"
CROSS JOIN LATERAL (VALUES (p."mentorId"), (p."menteeId")) AS r("userId")
LEFT JOIN "ThreadRead" tr ON tr."threadId" = t.id AND tr."userId" = r."userId"
JOIN "Message" m ON m."threadId" = t.id AND m.kind = 'TEXT'
GROUP BY t.id, r."userId";
