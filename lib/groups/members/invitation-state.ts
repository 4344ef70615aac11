import { englishMessage } from "@/lib/i18n/format-message";
import { msg, type MessageRef } from "@/lib/i18n/message-ref";

/** Why a link invitation cannot be used, in words for the person holding it (errors.invitations.*). */
export const INVITATION_PROBLEM_MESSAGES = {
  invalid: msg("errors.invitations.invalid"),
  expired: msg("errors.invitations.expired"),
  revoked: msg("errors.invitations.revoked"),
  used: msg("errors.invitations.used"),
} as const satisfies Record<string, MessageRef>;
export type InvitationProblem = keyof typeof INVITATION_PROBLEM_MESSAGES;
/** The same in English, for the invitation page until it renders the refs in the reader's language. */
export const INVITATION_PROBLEMS = Object.fromEntries(
  Object.entries(INVITATION_PROBLEM_MESSAGES).map(([problem, ref]) => [problem, englishMessage(ref)]),
) as Record<InvitationProblem, string>;

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
