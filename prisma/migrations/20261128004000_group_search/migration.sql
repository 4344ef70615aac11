-- Full-text search over group names (weight A) and descriptions (weight B) for the directory.
-- The expression must match lib/groups/find-directory.ts exactly for the index to be used.
CREATE INDEX "Group_search_idx" ON "Group" USING GIN (
  (setweight(to_tsvector('simple', "name"), 'A') || setweight(to_tsvector('simple', "description"), 'B'))
);
