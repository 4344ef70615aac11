-- Decision 015: a pair's step clock starts at its match or at its program's start (OPEN → RUNNING, "startedAt"),
-- whichever is later. A running program with no start would silently hold every clock, reminder and stalled flag.

-- Backfill: a running program without a start (rows written by hand or by older scripts) started no later than its
-- first pairing, so every existing pair keeps the clock it had (its match); with no pairing, when it opened.
UPDATE "Program" pr
SET "startedAt" = COALESCE(
  (SELECT MIN(p."startedAt") FROM "Pairing" p WHERE p."programId" = pr.id),
  pr."openedAt",
  pr."createdAt"
)
WHERE pr.state = 'RUNNING' AND pr."startedAt" IS NULL;

-- A running program always has its start. (A closed one may not: it can close straight from OPEN.)
ALTER TABLE "Program" ADD CONSTRAINT "Program_running_has_start" CHECK (state <> 'RUNNING' OR "startedAt" IS NOT NULL);

-- Pairs matched in a program that has not started yet have no clock now. What the old rule (a clock from the match)
-- left on them would outlive it: a "quiet" flag that only a check-in clears (and check-ins wait for the start), and
-- step reminders marked sent, which would hold back the real ones once the program starts. Both go.
UPDATE "Pairing" p
SET "stalledAt" = NULL
FROM "Program" pr
WHERE pr.id = p."programId" AND pr."startedAt" IS NULL AND p.state = 'ACTIVE' AND p."stalledAt" IS NOT NULL;

DELETE FROM "ReminderDelivery" r
USING "Pairing" p, "Program" pr
WHERE r."pairingId" = p.id AND pr.id = p."programId" AND pr."startedAt" IS NULL AND p.state = 'ACTIVE'
  AND r."stepId" IS NOT NULL;
