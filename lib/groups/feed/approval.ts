/** How long a member counts as new for the group's optional pre-approval of posts. */
export const NEW_MEMBER_DAYS = 14;

/**
 * Pre-approval: when the group asks for it, posts by plain members who joined less than two weeks ago wait for a
 * moderator. Moderators and up never wait. Pure, so the page can tell the author before they write.
 */
export function needsApproval(
  group: { postApprovalRequired: boolean },
  membership: { role: string; joinedAt: Date | string | null } | null,
  now: Date = new Date(),
): boolean {
  if (!group.postApprovalRequired || !membership || membership.role !== "MEMBER") return false;
  if (!membership.joinedAt) return true;
  const joined = new Date(membership.joinedAt).getTime();
  return now.getTime() - joined < NEW_MEMBER_DAYS * 24 * 60 * 60 * 1000;
}
