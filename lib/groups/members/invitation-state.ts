/** Why a link invitation cannot be used, in words for the person holding it. */
export const INVITATION_PROBLEMS = {
  invalid: "This invitation link isn't valid. Check that you copied all of it, or ask for a new one.",
  expired: "This invitation has expired. Ask the person who sent it for a new one.",
  revoked: "This invitation was withdrawn by the group. Ask for a new one if you think that's a mistake.",
  used: "This invitation has already been used as many times as it allows. Ask for a new one.",
} as const;
export type InvitationProblem = keyof typeof INVITATION_PROBLEMS;

export function invitationProblem(
  invitation: {
    expiresAt: Date | null;
    maxUses: number | null;
    useCount: number;
    revokedAt: Date | null;
    group: { archivedAt: Date | null };
  } | null,
  now: Date,
): InvitationProblem | null {
  if (!invitation || invitation.group.archivedAt) return "invalid";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt && invitation.expiresAt <= now) return "expired";
  if (invitation.maxUses !== null && invitation.useCount >= invitation.maxUses) return "used";
  return null;
}
