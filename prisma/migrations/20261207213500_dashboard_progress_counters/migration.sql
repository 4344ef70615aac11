-- Issue 18 (the progress dashboard at 5,000 pairs): what the dashboard sorts by and counts is kept by the database in
-- the write's own transaction, instead of being aggregated over every check-in of the program per request. Triggers,
-- so every write path (a check-in saved or edited, a step retired or restored, a pair completed, ended, moved,
-- reopened, a message sent) keeps them without knowing about them. Additive: new columns with defaults and two small
-- tables, backfilled here; the triggers are created after the backfill.

-- Pairing."stepsDone": steps (not retired) on which both the mentor and the mentee checked in (`progressOf`).
-- Pairing."averageRating": the check-ins' 1–5 ratings averaged to one decimal, 0 while there is none (so a plain
-- index sorts "no rating" lowest, as the dashboard always did).
-- Pairing."activityAt": the later of the pairing's own activity and its thread's last message (what "last activity"
-- has always meant on the dashboard), so one index serves the dashboard's default order.
-- Pairing."mentorKey" / "menteeKey": the partners' names in lower case, for the sorts by name and the search (a
-- program's pairs are searched without reading a user row per pair).
ALTER TABLE "Pairing"
  ADD COLUMN "stepsDone" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "averageRating" DOUBLE PRECISION NOT NULL DEFAULT 0,
  ADD COLUMN "activityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  ADD COLUMN "mentorKey" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "menteeKey" TEXT NOT NULL DEFAULT '';

-- Pairs per program by state, steps done and the stalled flag: every figure of the dashboard's pairs in a few rows.
CREATE TABLE "PairingTally" (
  "programId" TEXT NOT NULL,
  "state" "PairingState" NOT NULL,
  "stepsDone" INTEGER NOT NULL,
  "stalled" BOOLEAN NOT NULL,
  "pairs" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "PairingTally_pkey" PRIMARY KEY ("programId", "state", "stepsDone", "stalled"),
  CONSTRAINT "PairingTally_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id")
    ON DELETE CASCADE ON UPDATE CASCADE
);

-- Check-ins per program and week (Monday, UTC) with their ratings' sum: the "over time" chart.
CREATE TABLE "CheckInWeek" (
  "programId" TEXT NOT NULL,
  "week" DATE NOT NULL,
  "checkIns" INTEGER NOT NULL DEFAULT 0,
  "ratingSum" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "CheckInWeek_pkey" PRIMARY KEY ("programId", "week"),
  CONSTRAINT "CheckInWeek_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id")
    ON DELETE CASCADE ON UPDATE CASCADE
);

-- Program."matchedMentees": mentee applications ever paired (a moved mentee counts once).
ALTER TABLE "Program" ADD COLUMN "matchedMentees" INTEGER NOT NULL DEFAULT 0;

-- The per-pair figures, recounted for the pairs a statement touched (a pair has at most two check-ins per step).
CREATE FUNCTION kinship_pairing_progress_recount(pairing_ids TEXT[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Pairing" p SET "stepsDone" = s.done, "averageRating" = s.rating
  FROM (
    SELECT q.id,
      (SELECT count(*)::int FROM (
          SELECT c."stepId" FROM "CheckIn" c
          JOIN "ProgramStep" st ON st.id = c."stepId" AND st."removedAt" IS NULL
          WHERE c."pairingId" = q.id AND c."userId" IN (q."mentorId", q."menteeId")
          GROUP BY 1 HAVING count(DISTINCT c."userId") = 2) x) AS done,
      COALESCE((SELECT round(avg(c.rating), 1)::float8 FROM "CheckIn" c WHERE c."pairingId" = q.id), 0) AS rating
    FROM "Pairing" q WHERE q.id = ANY(pairing_ids)
  ) s
  WHERE p.id = s.id AND (p."stepsDone" <> s.done OR p."averageRating" <> s.rating);
$$;

-- Backfill, before any trigger exists.
UPDATE "Pairing" p SET "activityAt" = GREATEST(p."lastActivityAt", t."lastMessageAt")
FROM "Thread" t WHERE t."pairingId" = p.id;
UPDATE "Pairing" p SET "activityAt" = p."lastActivityAt"
WHERE NOT EXISTS (SELECT 1 FROM "Thread" t WHERE t."pairingId" = p.id);
UPDATE "Pairing" p SET "mentorKey" = lower(mu.name), "menteeKey" = lower(me.name)
FROM "User" mu, "User" me WHERE mu.id = p."mentorId" AND me.id = p."menteeId";
SELECT kinship_pairing_progress_recount(ARRAY(SELECT DISTINCT "pairingId" FROM "CheckIn"));
INSERT INTO "PairingTally" ("programId", "state", "stepsDone", "stalled", "pairs")
SELECT "programId", state, "stepsDone", (state = 'ACTIVE' AND "stalledAt" IS NOT NULL), count(*)::int
FROM "Pairing" GROUP BY 1, 2, 3, 4;
INSERT INTO "CheckInWeek" ("programId", "week", "checkIns", "ratingSum")
SELECT p."programId", date_trunc('week', c."createdAt")::date, count(*)::int, sum(c.rating)::int
FROM "CheckIn" c JOIN "Pairing" p ON p.id = c."pairingId" GROUP BY 1, 2;
UPDATE "Program" pr SET "matchedMentees" = m.n
FROM (SELECT "programId", count(DISTINCT "menteeApplicationId")::int AS n FROM "Pairing" GROUP BY 1) m
WHERE m."programId" = pr.id;

-- Check-ins: the pairs' figures and the weeks. Statement-level with transition tables (a bulk insert is one pass).
CREATE FUNCTION kinship_check_in_counters() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM kinship_pairing_progress_recount(ARRAY(SELECT DISTINCT "pairingId" FROM new_rows));
    INSERT INTO "CheckInWeek" AS w ("programId", "week", "checkIns", "ratingSum")
    SELECT p."programId", date_trunc('week', c."createdAt")::date, count(*)::int, sum(c.rating)::int
    FROM new_rows c JOIN "Pairing" p ON p.id = c."pairingId" GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("programId", "week") DO UPDATE
      SET "checkIns" = w."checkIns" + EXCLUDED."checkIns", "ratingSum" = w."ratingSum" + EXCLUDED."ratingSum";
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM kinship_pairing_progress_recount(ARRAY(SELECT DISTINCT "pairingId" FROM old_rows));
    INSERT INTO "CheckInWeek" AS w ("programId", "week", "checkIns", "ratingSum")
    SELECT p."programId", date_trunc('week', c."createdAt")::date, -count(*)::int, -sum(c.rating)::int
    FROM old_rows c JOIN "Pairing" p ON p.id = c."pairingId" GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT ("programId", "week") DO UPDATE
      SET "checkIns" = w."checkIns" + EXCLUDED."checkIns", "ratingSum" = w."ratingSum" + EXCLUDED."ratingSum";
  ELSE
    PERFORM kinship_pairing_progress_recount(ARRAY(
      SELECT "pairingId" FROM new_rows UNION SELECT "pairingId" FROM old_rows
    ));
    INSERT INTO "CheckInWeek" AS w ("programId", "week", "checkIns", "ratingSum")
    SELECT p."programId", x.week, sum(x.n)::int, sum(x.rating)::int FROM (
      SELECT "pairingId", date_trunc('week', "createdAt")::date AS week, 1 AS n, rating FROM new_rows
      UNION ALL
      SELECT "pairingId", date_trunc('week', "createdAt")::date, -1, -rating FROM old_rows
    ) x JOIN "Pairing" p ON p.id = x."pairingId"
    GROUP BY 1, 2 HAVING sum(x.n) <> 0 OR sum(x.rating) <> 0 ORDER BY 1, 2
    ON CONFLICT ("programId", "week") DO UPDATE
      SET "checkIns" = w."checkIns" + EXCLUDED."checkIns", "ratingSum" = w."ratingSum" + EXCLUDED."ratingSum";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "CheckIn_counters_insert" AFTER INSERT ON "CheckIn"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_check_in_counters();
CREATE TRIGGER "CheckIn_counters_update" AFTER UPDATE ON "CheckIn"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_check_in_counters();
CREATE TRIGGER "CheckIn_counters_delete" AFTER DELETE ON "CheckIn"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_check_in_counters();

-- A step retired or restored changes what "done" means for every pair of its program (rare: an admin's edit).
CREATE FUNCTION kinship_step_counters() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM kinship_pairing_progress_recount(ARRAY(
    SELECT p.id FROM "Pairing" p WHERE p."programId" IN (
      SELECT n."programId" FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n."removedAt" IS NULL) <> (o."removedAt" IS NULL))
  ));
  RETURN NULL;
END $$;

CREATE TRIGGER "ProgramStep_counters_update" AFTER UPDATE ON "ProgramStep"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_step_counters();

-- Pairing."activityAt" follows its own "lastActivityAt" (set with it, row by row) and its thread's last message.
CREATE FUNCTION kinship_pairing_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."activityAt" := GREATEST(NEW."lastActivityAt",
    (SELECT t."lastMessageAt" FROM "Thread" t WHERE t."pairingId" = NEW.id));
  RETURN NEW;
END $$;

CREATE TRIGGER "Pairing_activity_insert" BEFORE INSERT ON "Pairing"
  FOR EACH ROW EXECUTE FUNCTION kinship_pairing_activity();
CREATE TRIGGER "Pairing_activity_update" BEFORE UPDATE OF "lastActivityAt" ON "Pairing"
  FOR EACH ROW EXECUTE FUNCTION kinship_pairing_activity();

CREATE FUNCTION kinship_thread_activity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Pairing" p SET "activityAt" = GREATEST(p."lastActivityAt", t."lastMessageAt")
  FROM new_rows t
  WHERE t."pairingId" = p.id AND p."activityAt" <> GREATEST(p."lastActivityAt", t."lastMessageAt");
  RETURN NULL;
END $$;

CREATE TRIGGER "Thread_activity_insert" AFTER INSERT ON "Thread"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_thread_activity();
CREATE TRIGGER "Thread_activity_update" AFTER UPDATE ON "Thread"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_thread_activity();

-- The names' keys follow the pairing's partners and their names.
CREATE FUNCTION kinship_pairing_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."mentorKey" := COALESCE((SELECT lower(u.name) FROM "User" u WHERE u.id = NEW."mentorId"), '');
  NEW."menteeKey" := COALESCE((SELECT lower(u.name) FROM "User" u WHERE u.id = NEW."menteeId"), '');
  RETURN NEW;
END $$;

CREATE TRIGGER "Pairing_names_insert" BEFORE INSERT ON "Pairing"
  FOR EACH ROW EXECUTE FUNCTION kinship_pairing_names();
CREATE TRIGGER "Pairing_names_update" BEFORE UPDATE OF "mentorId", "menteeId" ON "Pairing"
  FOR EACH ROW EXECUTE FUNCTION kinship_pairing_names();

CREATE FUNCTION kinship_user_pairing_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Most updates of a user leave the name alone: then nothing else is read.
  IF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.name IS DISTINCT FROM o.name) THEN
    UPDATE "Pairing" p SET "mentorKey" = lower(n.name) FROM new_rows n
    WHERE p."mentorId" = n.id AND p."mentorKey" <> lower(n.name);
    UPDATE "Pairing" p SET "menteeKey" = lower(n.name) FROM new_rows n
    WHERE p."menteeId" = n.id AND p."menteeKey" <> lower(n.name);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "User_pairing_names_update" AFTER UPDATE ON "User"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_user_pairing_names();

-- The tally and the matched mentees follow every insert, change and delete of pairs. Deltas are applied in key
-- order, so two transactions moving pairs between the same keys lock the tally's rows in the same order.
CREATE FUNCTION kinship_pairing_tally() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "PairingTally" AS t ("programId", "state", "stepsDone", "stalled", "pairs")
    SELECT "programId", state, "stepsDone", (state = 'ACTIVE' AND "stalledAt" IS NOT NULL), count(*)::int
    FROM new_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("programId", "state", "stepsDone", "stalled") DO UPDATE SET "pairs" = t."pairs" + EXCLUDED."pairs";
    UPDATE "Program" pr SET "matchedMentees" = pr."matchedMentees" + m.n
    FROM (
      SELECT n."programId", count(DISTINCT n."menteeApplicationId")::int AS n FROM new_rows n
      WHERE NOT EXISTS (
        SELECT 1 FROM "Pairing" x WHERE x."menteeApplicationId" = n."menteeApplicationId"
          AND x.id NOT IN (SELECT id FROM new_rows))
      GROUP BY 1
    ) m
    WHERE pr.id = m."programId";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "PairingTally" AS t ("programId", "state", "stepsDone", "stalled", "pairs")
    SELECT o."programId", o.state, o."stepsDone", (o.state = 'ACTIVE' AND o."stalledAt" IS NOT NULL), -count(*)::int
    FROM old_rows o JOIN "Program" pr ON pr.id = o."programId" GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("programId", "state", "stepsDone", "stalled") DO UPDATE SET "pairs" = t."pairs" + EXCLUDED."pairs";
    UPDATE "Program" pr SET "matchedMentees" = (
      SELECT count(DISTINCT x."menteeApplicationId")::int FROM "Pairing" x WHERE x."programId" = pr.id)
    WHERE pr.id IN (SELECT "programId" FROM old_rows);
  ELSE
    INSERT INTO "PairingTally" AS t ("programId", "state", "stepsDone", "stalled", "pairs")
    SELECT "programId", state, "stepsDone", stalled, sum(n)::int FROM (
      SELECT "programId", state, "stepsDone", (state = 'ACTIVE' AND "stalledAt" IS NOT NULL) AS stalled, 1 AS n
      FROM new_rows
      UNION ALL
      SELECT "programId", state, "stepsDone", (state = 'ACTIVE' AND "stalledAt" IS NOT NULL), -1 FROM old_rows
    ) x GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("programId", "state", "stepsDone", "stalled") DO UPDATE SET "pairs" = t."pairs" + EXCLUDED."pairs";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Pairing_tally_insert" AFTER INSERT ON "Pairing"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_pairing_tally();
CREATE TRIGGER "Pairing_tally_update" AFTER UPDATE ON "Pairing"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_pairing_tally();
CREATE TRIGGER "Pairing_tally_delete" AFTER DELETE ON "Pairing"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_pairing_tally();

-- The dashboard's orders: a page is the first 25 entries of one of these, forwards or backwards (ties by id).
CREATE INDEX "Pairing_programId_activityAt_id_idx" ON "Pairing" ("programId", "activityAt", "id");
CREATE INDEX "Pairing_programId_startedAt_id_idx" ON "Pairing" ("programId", "startedAt", "id");
CREATE INDEX "Pairing_programId_stepsDone_id_idx" ON "Pairing" ("programId", "stepsDone", "id");
CREATE INDEX "Pairing_programId_averageRating_id_idx" ON "Pairing" ("programId", "averageRating", "id");
CREATE INDEX "Pairing_programId_mentorKey_id_idx" ON "Pairing" ("programId", "mentorKey", "id");
CREATE INDEX "Pairing_programId_menteeKey_id_idx" ON "Pairing" ("programId", "menteeKey", "id");
-- The matched-mentees trigger's lookup (the mentor's side has had one all along).
CREATE INDEX "Pairing_menteeApplicationId_state_idx" ON "Pairing" ("menteeApplicationId", "state");
