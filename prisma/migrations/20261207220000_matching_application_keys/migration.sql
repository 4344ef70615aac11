-- Issue 18: the chosen mentee's ranking picks its pool of mentors in SQL by shared topics and languages, compared
-- as scoring.ts compares them (trimmed, any case, once each). Lowering and trimming every mentor's arrays on each
-- render was most of that statement's time; the keys are kept on the row instead, by a BEFORE trigger on the row
-- itself (no extra statement, no other table). Additive; backfilled here.
ALTER TABLE "Application" ADD COLUMN "topicKeys" TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE "Application" ADD COLUMN "languageKeys" TEXT[] NOT NULL DEFAULT '{}';

CREATE FUNCTION kinship_matching_keys(vals TEXT[]) RETURNS TEXT[] LANGUAGE sql IMMUTABLE AS $$
  SELECT COALESCE(array_agg(DISTINCT lower(btrim(x))), '{}') FROM unnest(vals) x WHERE btrim(x) <> ''
$$;

UPDATE "Application" SET "topicKeys" = kinship_matching_keys(topics), "languageKeys" = kinship_matching_keys(languages)
WHERE cardinality(topics) > 0 OR cardinality(languages) > 0;

CREATE FUNCTION kinship_matching_application_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."topicKeys" := kinship_matching_keys(NEW.topics);
  NEW."languageKeys" := kinship_matching_keys(NEW.languages);
  RETURN NEW;
END $$;

CREATE TRIGGER "Application_matching_keys" BEFORE INSERT OR UPDATE OF topics, languages, "topicKeys", "languageKeys"
  ON "Application" FOR EACH ROW EXECUTE FUNCTION kinship_matching_application_keys();
