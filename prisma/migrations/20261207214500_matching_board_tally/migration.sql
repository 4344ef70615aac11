-- Issue 18, the matching board at 5,000 mentees x 1,000 mentors: the board's heading counts (mentees waiting,
-- mentors with a place, places left, active pairs, waitlisted mentees) read every applicant and hash-joined the
-- group's 20,000 memberships on each render. They are kept per program here instead, by statement-level triggers.
--
-- The triggers recount the programs a write statement touches (not +1/-1 deltas): who is "waiting" depends on
-- Application and Membership together, and a recount cannot drift. The recount runs after the tally row is locked,
-- so two concurrent writers to the same program recount one after the other (READ COMMITTED: the second recount's
-- snapshot sees the first's commit). A recount of the 5k x 1k program costs ~20 ms, on writes only (matching,
-- reviewing, joining or leaving the group), never on a render. Additive and backfilled; names are matching-specific.

CREATE TABLE "MatchingBoardTally" (
  "programId" TEXT NOT NULL,
  "waitingMentees" INTEGER NOT NULL DEFAULT 0,
  "waitlistedMentees" INTEGER NOT NULL DEFAULT 0,
  "openMentors" INTEGER NOT NULL DEFAULT 0,
  "mentorPlaces" INTEGER NOT NULL DEFAULT 0,
  "activePairings" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "MatchingBoardTally_pkey" PRIMARY KEY ("programId"),
  CONSTRAINT "MatchingBoardTally_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id")
    ON DELETE CASCADE ON UPDATE CASCADE
);

-- Recounts the given programs, as the board counts them: waiting = approved mentees who are active members; a
-- mentor on the board = approved or matched and an active member, places left = capacity (or the program's
-- default) minus their ACTIVE pairings (Application."activePairings", kept by 20261207213500_matching_board_upkeep).
CREATE FUNCTION kinship_matching_tally_recount(ids TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  INSERT INTO "MatchingBoardTally" ("programId")
    SELECT p.id FROM "Program" p WHERE p.id = ANY(ids) ORDER BY p.id ON CONFLICT DO NOTHING;
  PERFORM 1 FROM "MatchingBoardTally" t WHERE t."programId" = ANY(ids) ORDER BY t."programId" FOR UPDATE;
  UPDATE "MatchingBoardTally" t SET
    "waitingMentees" = c.waiting, "waitlistedMentees" = c.waitlisted, "openMentors" = c.open,
    "mentorPlaces" = c.places, "activePairings" = c.active
  FROM (
    SELECT p.id,
      (SELECT count(*)::int FROM "Application" a JOIN "Membership" m
          ON m."groupId" = p."groupId" AND m."userId" = a."userId" AND m.status = 'ACTIVE'
        WHERE a."programId" = p.id AND a.role = 'MENTEE' AND a.state = 'APPROVED') AS waiting,
      (SELECT count(*)::int FROM "Application" a
        WHERE a."programId" = p.id AND a.role = 'MENTEE' AND a.state = 'WAITLISTED') AS waitlisted,
      x.open, x.places, x.active
    FROM "Program" p
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE r.remaining > 0)::int AS open, COALESCE(sum(r.remaining), 0)::int AS places,
        COALESCE(sum(r.active), 0)::int AS active
      FROM (
        SELECT GREATEST(0, COALESCE(a.capacity, p."defaultMentorCapacity") - a."activePairings") AS remaining,
          0 AS active
        FROM "Application" a JOIN "Membership" m
          ON m."groupId" = p."groupId" AND m."userId" = a."userId" AND m.status = 'ACTIVE'
        WHERE a."programId" = p.id AND a.role = 'MENTOR' AND a.state IN ('APPROVED', 'MATCHED')
        UNION ALL
        -- Every ACTIVE pairing of the program counts, whoever is still a member (the board's "pairs" figure).
        SELECT 0, a."activePairings" FROM "Application" a WHERE a."programId" = p.id AND a.role = 'MENTOR'
      ) r
    ) x
    WHERE p.id = ANY(ids)
  ) c
  WHERE t."programId" = c.id;
END $$;

INSERT INTO "MatchingBoardTally" ("programId") SELECT id FROM "Program";
SELECT kinship_matching_tally_recount(ARRAY(SELECT id FROM "Program"));

-- Application: the programs whose rows came, went, or changed in a column the counts read.
CREATE FUNCTION kinship_matching_tally_applications() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM kinship_matching_tally_recount(ARRAY(SELECT DISTINCT "programId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM kinship_matching_tally_recount(ARRAY(SELECT DISTINCT "programId" FROM old_rows));
  ELSE
    PERFORM kinship_matching_tally_recount(ARRAY(
      SELECT DISTINCT x.p FROM old_rows o JOIN new_rows n ON n.id = o.id,
        LATERAL (VALUES (o."programId"), (n."programId")) x(p)
      WHERE (o."programId", o."userId", o.role, o.state, o.capacity, o."activePairings")
        IS DISTINCT FROM (n."programId", n."userId", n.role, n.state, n.capacity, n."activePairings")));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Application_matching_tally_insert" AFTER INSERT ON "Application"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_matching_tally_applications();
CREATE TRIGGER "Application_matching_tally_update" AFTER UPDATE ON "Application"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kinship_matching_tally_applications();
CREATE TRIGGER "Application_matching_tally_delete" AFTER DELETE ON "Application"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_matching_tally_applications();

-- Membership: joining, leaving, being banned or removed puts someone on or takes them off the board of every
-- program of that group they applied to.
CREATE FUNCTION kinship_matching_tally_memberships() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM kinship_matching_tally_recount(ARRAY(
      SELECT DISTINCT a."programId" FROM new_rows r
      JOIN "Program" p ON p."groupId" = r."groupId" JOIN "Application" a ON a."programId" = p.id AND a."userId" = r."userId"));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM kinship_matching_tally_recount(ARRAY(
      SELECT DISTINCT a."programId" FROM old_rows r
      JOIN "Program" p ON p."groupId" = r."groupId" JOIN "Application" a ON a."programId" = p.id AND a."userId" = r."userId"));
  ELSE
    PERFORM kinship_matching_tally_recount(ARRAY(
      SELECT DISTINCT a."programId" FROM old_rows o JOIN new_rows n ON n.id = o.id,
        LATERAL (VALUES (o."groupId", o."userId"), (n."groupId", n."userId")) x(g, u)
      JOIN "Program" p ON p."groupId" = x.g JOIN "Application" a ON a."programId" = p.id AND a."userId" = x.u
      WHERE (o."groupId", o."userId", o.status) IS DISTINCT FROM (n."groupId", n."userId", n.status)));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Membership_matching_tally_insert" AFTER INSERT ON "Membership"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_matching_tally_memberships();
CREATE TRIGGER "Membership_matching_tally_update" AFTER UPDATE ON "Membership"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kinship_matching_tally_memberships();
CREATE TRIGGER "Membership_matching_tally_delete" AFTER DELETE ON "Membership"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_matching_tally_memberships();

-- Program: a new default capacity changes the places of every mentor who did not set their own; a new program
-- gets its (empty) row.
CREATE FUNCTION kinship_matching_tally_programs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "MatchingBoardTally" ("programId") SELECT id FROM new_rows ON CONFLICT DO NOTHING;
  ELSE
    PERFORM kinship_matching_tally_recount(ARRAY(
      SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE o."defaultMentorCapacity" IS DISTINCT FROM n."defaultMentorCapacity" OR o."groupId" IS DISTINCT FROM n."groupId"));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Program_matching_tally_insert" AFTER INSERT ON "Program"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_matching_tally_programs();
CREATE TRIGGER "Program_matching_tally_update" AFTER UPDATE ON "Program"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION kinship_matching_tally_programs();
