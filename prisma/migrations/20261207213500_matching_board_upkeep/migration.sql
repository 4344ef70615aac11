-- Issue 18, the matching board at 5,000 mentees x 1,000 mentors: what the board read from the whole cohort on
-- every render is kept by the database instead. Statement-level triggers with transition tables (one statement per
-- write statement, however many rows: the large seed, a cohort confirmed at once). Additive, backfilled here.

-- Application."activePairings": a mentor's ACTIVE pairings, so places left are a column, not a count per mentor.
ALTER TABLE "Application" ADD COLUMN "activePairings" INTEGER NOT NULL DEFAULT 0;

UPDATE "Application" a SET "activePairings" = c.n
FROM (SELECT "mentorApplicationId" AS id, count(*)::int AS n FROM "Pairing" WHERE state = 'ACTIVE' GROUP BY 1) c
WHERE c.id = a.id;

CREATE FUNCTION kinship_mentor_active_pairings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "Application" a SET "activePairings" = a."activePairings" + d.n
    FROM (SELECT "mentorApplicationId" AS id, count(*)::int AS n FROM new_rows WHERE state = 'ACTIVE' GROUP BY 1) d
    WHERE a.id = d.id;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "Application" a SET "activePairings" = a."activePairings" - d.n
    FROM (SELECT "mentorApplicationId" AS id, count(*)::int AS n FROM old_rows WHERE state = 'ACTIVE' GROUP BY 1) d
    WHERE a.id = d.id;
  ELSE
    UPDATE "Application" a SET "activePairings" = a."activePairings" + d.n
    FROM (
      SELECT id, sum(n)::int AS n FROM (
        SELECT "mentorApplicationId" AS id, 1 AS n FROM new_rows WHERE state = 'ACTIVE'
        UNION ALL
        SELECT "mentorApplicationId", -1 FROM old_rows WHERE state = 'ACTIVE'
      ) x GROUP BY 1
    ) d
    WHERE a.id = d.id AND d.n <> 0;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Pairing_active_insert" AFTER INSERT ON "Pairing"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_mentor_active_pairings();
CREATE TRIGGER "Pairing_active_update" AFTER UPDATE ON "Pairing"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_mentor_active_pairings();
CREATE TRIGGER "Pairing_active_delete" AFTER DELETE ON "Pairing"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_mentor_active_pairings();

-- "ProgramBoardFacet": the values the board's filters offer (topics, languages, time zones that anyone on the board
-- gave: approved mentees, approved or matched mentors), each with how many applications give it. The board reads
-- the values with uses > 0 from the primary key instead of unnesting every applicant's arrays per render. No
-- foreign key: a program's applications are deleted in cascade after the program, and their -1s must not fail.
CREATE TABLE "ProgramBoardFacet" (
  "programId" TEXT NOT NULL,
  "kind" TEXT NOT NULL,
  "value" TEXT NOT NULL,
  "uses" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "ProgramBoardFacet_pkey" PRIMARY KEY ("programId", "kind", "value")
);

-- An application's facet values, once each, when it is on the board (the same trimming the filters apply).
CREATE FUNCTION kinship_board_facet_values(
  role "ParticipantRole", state "ApplicationState", topics TEXT[], languages TEXT[], tz TEXT
) RETURNS TABLE (kind TEXT, value TEXT) LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT s.kind, s.value FROM (
    SELECT 'topic' AS kind, btrim(x) AS value FROM unnest(topics) x
    UNION ALL SELECT 'language', btrim(x) FROM unnest(languages) x
    UNION ALL SELECT 'timeZone', tz WHERE tz IS NOT NULL
  ) s
  WHERE (role = 'MENTEE' AND state = 'APPROVED') OR (role = 'MENTOR' AND state IN ('APPROVED', 'MATCHED'))
$$;

INSERT INTO "ProgramBoardFacet" ("programId", "kind", "value", "uses")
SELECT a."programId", f.kind, f.value, count(*)::int
FROM "Application" a
CROSS JOIN LATERAL kinship_board_facet_values(a.role, a.state, a.topics, a.languages, a."timeZone") f
GROUP BY 1, 2, 3;

-- Adds a statement's deltas; a value no one gives any more stays with uses = 0 (the board reads uses > 0). Only for
-- programs that still exist: a deleted program's applications go after it.
CREATE FUNCTION kinship_board_facet_add(delta JSONB) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ProgramBoardFacet" ("programId", "kind", "value", "uses")
  SELECT d.p, d.k, d.v, sum(d.n)::int
  FROM jsonb_to_recordset(delta) AS d(p TEXT, k TEXT, v TEXT, n INT)
  WHERE EXISTS (SELECT 1 FROM "Program" pr WHERE pr.id = d.p)
  GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0
  ON CONFLICT ("programId", "kind", "value") DO UPDATE SET "uses" = "ProgramBoardFacet"."uses" + EXCLUDED."uses";
$$;

CREATE FUNCTION kinship_board_facets() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  delta JSONB;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(jsonb_build_object('p', r."programId", 'k', f.kind, 'v', f.value, 'n', 1)) INTO delta
    FROM new_rows r CROSS JOIN LATERAL kinship_board_facet_values(r.role, r.state, r.topics, r.languages, r."timeZone") f;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(jsonb_build_object('p', r."programId", 'k', f.kind, 'v', f.value, 'n', -1)) INTO delta
    FROM old_rows r CROSS JOIN LATERAL kinship_board_facet_values(r.role, r.state, r.topics, r.languages, r."timeZone") f;
  ELSE
    SELECT jsonb_agg(x.o) INTO delta FROM (
      SELECT jsonb_build_object('p', r."programId", 'k', f.kind, 'v', f.value, 'n', 1) AS o
      FROM new_rows r CROSS JOIN LATERAL kinship_board_facet_values(r.role, r.state, r.topics, r.languages, r."timeZone") f
      UNION ALL
      SELECT jsonb_build_object('p', r."programId", 'k', f.kind, 'v', f.value, 'n', -1)
      FROM old_rows r CROSS JOIN LATERAL kinship_board_facet_values(r.role, r.state, r.topics, r.languages, r."timeZone") f
    ) x;
  END IF;
  IF delta IS NOT NULL THEN PERFORM kinship_board_facet_add(delta); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Application_facets_insert" AFTER INSERT ON "Application"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_board_facets();
CREATE TRIGGER "Application_facets_update" AFTER UPDATE ON "Application"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_board_facets();
CREATE TRIGGER "Application_facets_delete" AFTER DELETE ON "Application"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_board_facets();
