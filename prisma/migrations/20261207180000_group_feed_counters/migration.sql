-- Issue 18 (feed and directory at 100k members): counts the pages show are kept by the database instead of being
-- counted per request. Statement-level triggers with transition tables, so a bulk insert (the large seed, an import)
-- costs one UPDATE per statement, not one per row. Additive: new columns with defaults, backfilled here.

-- Group."memberCount": ACTIVE memberships. Kept by a delta (+1 per new ACTIVE row, -1 per old one), exact for any
-- insert, status change, move or delete of memberships, including cascades from a deleted user.
ALTER TABLE "Group" ADD COLUMN "memberCount" INTEGER NOT NULL DEFAULT 0;

UPDATE "Group" g SET "memberCount" = c.n
FROM (SELECT "groupId", count(*)::int AS n FROM "Membership" WHERE status = 'ACTIVE' GROUP BY "groupId") c
WHERE c."groupId" = g.id;

CREATE FUNCTION kinship_group_member_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "Group" g SET "memberCount" = g."memberCount" + d.n
    FROM (SELECT "groupId", count(*)::int AS n FROM new_rows WHERE status = 'ACTIVE' GROUP BY 1) d
    WHERE g.id = d."groupId";
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "Group" g SET "memberCount" = g."memberCount" - d.n
    FROM (SELECT "groupId", count(*)::int AS n FROM old_rows WHERE status = 'ACTIVE' GROUP BY 1) d
    WHERE g.id = d."groupId";
  ELSE
    UPDATE "Group" g SET "memberCount" = g."memberCount" + d.n
    FROM (
      SELECT "groupId", sum(n)::int AS n FROM (
        SELECT "groupId", 1 AS n FROM new_rows WHERE status = 'ACTIVE'
        UNION ALL
        SELECT "groupId", -1 AS n FROM old_rows WHERE status = 'ACTIVE'
      ) x GROUP BY 1
    ) d
    WHERE g.id = d."groupId" AND d.n <> 0;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Membership_count_insert" AFTER INSERT ON "Membership"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_group_member_count();
CREATE TRIGGER "Membership_count_update" AFTER UPDATE ON "Membership"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_group_member_count();
CREATE TRIGGER "Membership_count_delete" AFTER DELETE ON "Membership"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_group_member_count();

-- Post."commentCount": published comments under a published parent (or none), what every reader sees. Recounted
-- for the posts a statement touched (a post has tens of comments, not thousands, and this is a write path): a
-- removed parent hides its replies, which a plain delta could not follow.
ALTER TABLE "Post" ADD COLUMN "commentCount" INTEGER NOT NULL DEFAULT 0;

CREATE FUNCTION kinship_post_comment_recount(post_ids TEXT[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Post" p SET "commentCount" = (
    SELECT count(*)::int FROM "Comment" c LEFT JOIN "Comment" parent ON parent.id = c."parentId"
    WHERE c."postId" = p.id AND c.status = 'PUBLISHED' AND (c."parentId" IS NULL OR parent.status = 'PUBLISHED')
  )
  WHERE p.id = ANY(post_ids);
$$;

UPDATE "Post" p SET "commentCount" = c.n
FROM (
  SELECT c."postId", count(*)::int AS n FROM "Comment" c LEFT JOIN "Comment" parent ON parent.id = c."parentId"
  WHERE c.status = 'PUBLISHED' AND (c."parentId" IS NULL OR parent.status = 'PUBLISHED')
  GROUP BY c."postId"
) c
WHERE c."postId" = p.id;

CREATE FUNCTION kinship_post_comment_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM kinship_post_comment_recount(ARRAY(SELECT DISTINCT "postId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM kinship_post_comment_recount(ARRAY(SELECT DISTINCT "postId" FROM old_rows));
  ELSE
    PERFORM kinship_post_comment_recount(ARRAY(
      SELECT "postId" FROM new_rows UNION SELECT "postId" FROM old_rows
    ));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Comment_count_insert" AFTER INSERT ON "Comment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_post_comment_count();
CREATE TRIGGER "Comment_count_update" AFTER UPDATE ON "Comment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_post_comment_count();
CREATE TRIGGER "Comment_count_delete" AFTER DELETE ON "Comment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kinship_post_comment_count();

-- The directory sorted by size, page by page (keyset on memberCount, id).
CREATE INDEX "Group_memberCount_id_idx" ON "Group" ("memberCount" DESC, id);

-- A comment's replies in order (the feed's first replies, then the rest page by page).
CREATE INDEX "Comment_parentId_createdAt_id_idx" ON "Comment" ("parentId", "createdAt", id);
