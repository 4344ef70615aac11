-- A stored time zone is "UTC" or an IANA "Area/Location" name (docs/decisions/014-time.md). Rows from before that
-- rule may hold offsets ("+01:00"), abbreviations ("EST"), other spellings of UTC or unknown names: each becomes a
-- valid zone on the same clock where there is one, else UTC. lib/time.ts's repairTimeZone does the same in the app;
-- tests/integration/time-zone-migration.int.test.ts runs this file and holds the two to the same answers.
-- Re-running this file changes nothing more.

-- The zones PostgreSQL knows, in IANA's shape (not its posix/ and right/ copies), other than UTC's aliases.
CREATE TEMP TABLE kinship_zone_names AS
  SELECT name FROM pg_timezone_names
  WHERE name ~ '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){1,2}$' AND name !~ '^(posix|right)/'
    AND lower(name) NOT IN ('etc/utc', 'etc/uct', 'etc/gmt', 'etc/gmt0', 'etc/gmt+0', 'etc/gmt-0', 'etc/greenwich',
                            'etc/universal', 'etc/zulu');
CREATE INDEX ON kinship_zone_names (lower(name));
ANALYZE kinship_zone_names;

CREATE FUNCTION pg_temp.kinship_repair_zone(raw text) RETURNS text LANGUAGE plpgsql STABLE AS $fn$
DECLARE
  v text := btrim(raw);
  m text[];
  hours int;
  mins int;
  total int;
  found text;
BEGIN
  IF v IS NULL OR v = '' OR length(v) > 64 THEN RETURN 'UTC'; END IF;
  IF lower(v) IN ('utc', 'uct', 'gmt', 'gmt0', 'gmt+0', 'gmt-0', 'greenwich', 'universal', 'zulu',
                  'etc/utc', 'etc/uct', 'etc/gmt', 'etc/gmt0', 'etc/gmt+0', 'etc/gmt-0', 'etc/greenwich',
                  'etc/universal', 'etc/zulu') THEN
    RETURN 'UTC';
  END IF;
  -- A known name, in its own spelling ("europe/paris" → "Europe/Paris").
  IF v ~ '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){1,2}$' THEN
    SELECT name INTO found FROM kinship_zone_names WHERE lower(name) = lower(v) ORDER BY name = v DESC, name LIMIT 1;
    IF found IS NOT NULL THEN RETURN found; END IF;
  END IF;
  -- Abbreviation-style zones: the region zone each is an alias of since tzdata 2024b.
  found := CASE upper(v)
    WHEN 'EST' THEN 'America/Panama' WHEN 'MST' THEN 'America/Phoenix' WHEN 'HST' THEN 'Pacific/Honolulu'
    WHEN 'EST5EDT' THEN 'America/New_York' WHEN 'CST6CDT' THEN 'America/Chicago'
    WHEN 'MST7MDT' THEN 'America/Denver' WHEN 'PST8PDT' THEN 'America/Los_Angeles'
    WHEN 'CET' THEN 'Europe/Brussels' WHEN 'MET' THEN 'Europe/Brussels' WHEN 'EET' THEN 'Europe/Athens'
    WHEN 'WET' THEN 'Europe/Lisbon' END;
  IF found IS NOT NULL THEN RETURN found; END IF;
  -- A fixed offset: "+01:00", "-0500", "UTC+3", "GMT-8".
  m := regexp_match(v, '^(?:UTC|GMT)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$', 'i');
  IF m IS NULL THEN RETURN 'UTC'; END IF;
  hours := m[2]::int;
  mins := coalesce(m[3], '0')::int;
  IF hours > 14 OR mins >= 60 THEN RETURN 'UTC'; END IF;
  total := (hours * 60 + mins) * CASE m[1] WHEN '-' THEN -1 ELSE 1 END;
  IF total = 0 THEN RETURN 'UTC'; END IF;
  IF mins = 0 THEN
    -- POSIX signs are reversed: Etc/GMT-1 is one hour ahead of UTC. Etc/GMT-14 to Etc/GMT+12 exist.
    IF total > 0 AND hours <= 14 THEN RETURN 'Etc/GMT-' || hours; END IF;
    IF total < 0 AND hours <= 12 THEN RETURN 'Etc/GMT+' || hours; END IF;
    RETURN 'UTC';
  END IF;
  -- Offsets that are not whole hours: a place on that offset all year round.
  RETURN CASE total
    WHEN -570 THEN 'Pacific/Marquesas' WHEN 210 THEN 'Asia/Tehran' WHEN 270 THEN 'Asia/Kabul'
    WHEN 330 THEN 'Asia/Kolkata' WHEN 345 THEN 'Asia/Kathmandu' WHEN 390 THEN 'Asia/Yangon'
    WHEN 525 THEN 'Australia/Eucla' WHEN 570 THEN 'Australia/Darwin'
    ELSE 'UTC' END;
END
$fn$;

-- Only rows that are not already a valid name are touched (an anti-join, not a function call per row).
UPDATE "User" SET "timeZone" = pg_temp.kinship_repair_zone("timeZone")
WHERE "timeZone" <> 'UTC' AND "timeZone" NOT IN (SELECT name FROM kinship_zone_names);

UPDATE "Application" SET "timeZone" = pg_temp.kinship_repair_zone("timeZone")
WHERE "timeZone" <> 'UTC' AND "timeZone" NOT IN (SELECT name FROM kinship_zone_names);

-- Availability answers carry a zone too: { "<questionId>": { "timeZone": "+01:00", "cadence": "WEEKLY" } }.
UPDATE "Application" a SET answers = (
  SELECT jsonb_object_agg(
    e.key,
    CASE WHEN jsonb_typeof(e.value) = 'object' AND jsonb_typeof(e.value -> 'timeZone') = 'string'
      THEN jsonb_set(e.value, '{timeZone}', to_jsonb(pg_temp.kinship_repair_zone(e.value ->> 'timeZone')))
      ELSE e.value END)
  FROM jsonb_each(a.answers) e)
WHERE jsonb_typeof(a.answers) = 'object' AND EXISTS (
  SELECT 1 FROM jsonb_each(a.answers) e
  WHERE jsonb_typeof(e.value) = 'object' AND jsonb_typeof(e.value -> 'timeZone') = 'string'
    AND e.value ->> 'timeZone' <> 'UTC' AND e.value ->> 'timeZone' NOT IN (SELECT name FROM kinship_zone_names));

DROP FUNCTION pg_temp.kinship_repair_zone(text);
DROP TABLE kinship_zone_names;

-- From now on the database refuses what is not even shaped like a zone (the app checks the name itself).
ALTER TABLE "User" DROP CONSTRAINT IF EXISTS "User_timeZone_shape";
ALTER TABLE "Application" DROP CONSTRAINT IF EXISTS "Application_timeZone_shape";
ALTER TABLE "User" ADD CONSTRAINT "User_timeZone_shape"
  CHECK ("timeZone" = 'UTC' OR "timeZone" ~ '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){1,2}$');
ALTER TABLE "Application" ADD CONSTRAINT "Application_timeZone_shape"
  CHECK ("timeZone" IS NULL OR "timeZone" = 'UTC' OR "timeZone" ~ '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){1,2}$');
