-- Issue 18: the matching board pages its waiting mentees on the server. The first index walks a program's approved
-- mentees in the board's keyset order (approved at, id) and carries the user id, so a page of 25 stops after 25
-- rows instead of sorting the cohort; the second answers "is this user an active member of the group?" from the
-- index alone (the board's, the suggestions' and the cohort's membership check). Both are additive; plain CREATE
-- INDEX as the other migrations here (the tables are small next to the posts and messages).
CREATE INDEX "Application_programId_role_state_decidedAt_id_userId_idx"
  ON "Application"("programId", "role", "state", "decidedAt", "id", "userId");

CREATE INDEX "Membership_groupId_status_userId_idx" ON "Membership"("groupId", "status", "userId");
