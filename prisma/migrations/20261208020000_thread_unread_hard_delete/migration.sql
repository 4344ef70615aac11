-- A message's hard deletion (a pairing, thread or group deleted with its messages, by cascade) failed with
-- `relation "new_rows" does not exist`: the DELETE trigger ran the UPDATE trigger's function, which names the NEW
-- transition table that a DELETE trigger does not have (PL/pgSQL plans the whole statement, whatever its WHERE
-- says). Deletions get a function of their own that reads the removed rows only: each counted message the other
-- participant had not read yet leaves their count.
CREATE FUNCTION kinship_thread_unread_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  WITH delta AS (
    SELECT o."threadId", r."userId", count(*)::int AS d
    FROM old_rows o
    JOIN "Thread" t ON t.id = o."threadId"
    JOIN "Pairing" p ON p.id = t."pairingId"
    CROSS JOIN LATERAL (VALUES (p."mentorId"), (p."menteeId")) AS r("userId")
    LEFT JOIN "ThreadRead" tr ON tr."threadId" = o."threadId" AND tr."userId" = r."userId"
    WHERE o.kind = 'TEXT' AND o."deletedAt" IS NULL
      AND o."authorId" <> r."userId" AND o.seq > COALESCE(tr."lastReadSeq", 0)
    GROUP BY o."threadId", r."userId"
  )
  UPDATE "ThreadUnread" u SET "count" = GREATEST(u."count" - delta.d, 0)
  FROM delta
  WHERE u."threadId" = delta."threadId" AND u."userId" = delta."userId";
  RETURN NULL;
END
$fn$;

DROP TRIGGER "Message_unread_delete" ON "Message";
CREATE TRIGGER "Message_unread_delete" AFTER DELETE ON "Message"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_thread_unread_delete();
