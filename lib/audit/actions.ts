/**
 * Every action the audit log records. `recordAudit` accepts only these, and `describe.ts` must have a sentence for
 * each (its table is a `Record<AuditAction, …>`), so a new action cannot be recorded without one: tsc fails.
 */
export const AUDIT_ACTIONS = [
  "group.create",
  "group.update",
  "group.archive",
  "group.transfer",
  "membership.approve",
  "membership.decline",
  "membership.remove",
  "membership.ban",
  "membership.unban",
  "membership.mute",
  "membership.unmute",
  "membership.role",
  "invitation.create",
  "invitation.revoke",
  "post.remove",
  "post.approve",
  "post.pin",
  "post.unpin",
  "comment.remove",
  "report.resolve",
  "report.dismiss",
  "mentorship.enable",
  "mentorship.disable",
  "program.create",
  "program.update",
  "program.open",
  "program.start",
  "program.close",
  "program.archive",
  "program.steps",
  "program.questions",
  "application.approve",
  "application.waitlist",
  "application.decline",
  "pairing.create",
  "pairing.end",
  "pairing.move",
  "matching.weights",
  "matching.rules",
  "matching.exclude",
  "matching.include",
  "pairing.complete",
  "pairing.nudge",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}
