-- Issue 18, goal 3 (no statement over 5 ms at 5,000 mentees x 1,000 mentors): the board lists mentors most places
-- first, then by name, then id. Places were computed per mentor and the name lived on User, so every render read
-- all 1,000 mentors, looked up 1,000 users and sorted them to show ten. Both sort keys are kept on the row instead,
-- and a partial index walks the board's exact order, so a page reads about a page of rows.
--
-- Application."boardName": the applicant's name (User.name), as the board sorts and searches it.
-- Application."openPlaces": a mentor's places left, GREATEST(0, COALESCE(capacity, the program's default capacity)
--   - "activePairings"), exactly as the board computed it; 0 for mentees (they have no places).
-- Additive, backfilled here. Writes pay: a pairing made or ended already updates the mentor's "activePairings" (the
-- BEFORE trigger below adds one Program lookup by primary key when the mentor took the default capacity); a rename
-- updates that user's few applications; a new default capacity updates the program's mentors who took it.
ALTER TABLE "Application"
  ADD COLUMN "boardName" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "openPlaces" INTEGER NOT NULL DEFAULT 0;

UPDATE "Application" a SET "boardName" = u.name FROM "User" u WHERE u.id = a."userId" AND a."boardName" <> u.name;

UPDATE "Application" a SET "openPlaces" = GREATEST(0, COALESCE(a.capacity, p."defaultMentorCapacity") - a."activePairings")
FROM "Program" p WHERE p.id = a."programId" AND a.role = 'MENTOR';

-- The row keeps its own keys: whatever writes it (a service, the seed, a cascade, a hand-made fix). Listing the kept
-- columns among the UPDATE OF columns makes a direct write to them recomputed rather than trusted.
CREATE FUNCTION kinship_matching_board_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW."userId" IS DISTINCT FROM OLD."userId" OR NEW."boardName" IS DISTINCT FROM OLD."boardName" THEN
    NEW."boardName" := COALESCE((SELECT u.name FROM "User" u WHERE u.id = NEW."userId"), '');
  END IF;
  IF NEW.role = 'MENTOR' THEN
    NEW."openPlaces" := GREATEST(0, COALESCE(NEW.capacity,
      (SELECT p."defaultMentorCapacity" FROM "Program" p WHERE p.id = NEW."programId"), 0) - NEW."activePairings");
  ELSE
    NEW."openPlaces" := 0;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Application_matching_board_order" BEFORE INSERT OR UPDATE OF "userId", "programId", role, capacity,
  "activePairings", "boardName", "openPlaces" ON "Application" FOR EACH ROW EXECUTE FUNCTION kinship_matching_board_order();

-- A rename reaches the user's applications (row-level: it fires only when a name changes, which is rare).
CREATE FUNCTION kinship_matching_board_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Application" a SET "boardName" = NEW.name WHERE a."userId" = NEW.id AND a."boardName" IS DISTINCT FROM NEW.name;
  RETURN NULL;
END $$;

CREATE TRIGGER "User_matching_board_names" AFTER UPDATE OF name ON "User"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION kinship_matching_board_names();

-- A new default capacity changes the places of the program's mentors who did not set their own.
CREATE FUNCTION kinship_matching_board_capacity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Application" a SET "openPlaces" = GREATEST(0, NEW."defaultMentorCapacity" - a."activePairings")
  WHERE a."programId" = NEW.id AND a.role = 'MENTOR' AND a.capacity IS NULL;
  RETURN NULL;
END $$;

CREATE TRIGGER "Program_matching_board_capacity" AFTER UPDATE OF "defaultMentorCapacity" ON "Program"
  FOR EACH ROW WHEN (OLD."defaultMentorCapacity" IS DISTINCT FROM NEW."defaultMentorCapacity")
  EXECUTE FUNCTION kinship_matching_board_capacity();

-- The board's mentors in its order: most places first (as an ascending key, so one row comparison pages it), then
-- name, then id; only the states the board lists. Rows move in and out as mentors are approved, matched or leave.
CREATE INDEX "Application_matching_mentor_order_idx"
  ON "Application" ("programId", (-"openPlaces"), "boardName", id)
  WHERE role = 'MENTOR' AND state IN ('APPROVED', 'MATCHED');
