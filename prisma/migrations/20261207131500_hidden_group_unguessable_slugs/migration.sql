-- Issue 17: a hidden group never holds a slug someone could guess from its name (lib/groups/slug.ts), so the slug a
-- new group gets can tell nothing of hidden ones. Every hidden group moves to its slug, cut to fit the 64 characters,
-- then a dash and 12 random hex digits: gen_random_uuid() draws from the server's strong random source, and the
-- first 12 hex digits of a version 4 UUID are all random. The old address answers 404 from now on; members find the
-- group through their groups list, as always.
UPDATE "Group"
SET "slug" = rtrim(left("slug", 51), '-') || '-' || left(replace(gen_random_uuid()::text, '-', ''), 12)
WHERE "visibility" = 'HIDDEN';
