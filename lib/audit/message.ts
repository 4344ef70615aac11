import { isAuditAction, type AuditAction } from "./actions";
import type { AuditEventForSentence } from "./describe";

/**
 * The activity page's sentences in the reader's language (issue 21): for each recorded action, the key of its
 * message under `groups.activity.events` in the catalogues and the values it needs. Every message of one key takes
 * the same values, all of them always present (an empty string or "no" when the event did not record it), so a
 * translation never meets a missing argument. `fields` (group.update) is a list the page writes with the reader's
 * list format. English pages keep `describeAuditEvent`'s sentences (English possessives: "James' request").
 */
export type AuditMessage = { key: AuditMessageKey; values: Record<string, string>; fields: string[] };

const KEYS = {
  "group.create": "groupCreate",
  "group.update": "groupUpdate",
  "group.archive": "groupArchive",
  "group.transfer": "groupTransfer",
  "membership.approve": "membershipApprove",
  "membership.decline": "membershipDecline",
  "membership.remove": "membershipRemove",
  "membership.ban": "membershipBan",
  "membership.unban": "membershipUnban",
  "membership.mute": "membershipMute",
  "membership.unmute": "membershipUnmute",
  "membership.role": "membershipRole",
  "invitation.create": "invitationCreate",
  "invitation.revoke": "invitationRevoke",
  "post.remove": "postRemove",
  "post.approve": "postApprove",
  "post.pin": "postPin",
  "post.unpin": "postUnpin",
  "comment.remove": "commentRemove",
  "report.resolve": "reportResolve",
  "report.dismiss": "reportDismiss",
  "mentorship.enable": "mentorshipEnable",
  "mentorship.disable": "mentorshipDisable",
  "program.create": "programCreate",
  "program.update": "programUpdate",
  "program.open": "programOpen",
  "program.start": "programStart",
  "program.close": "programClose",
  "program.archive": "programArchive",
  "program.steps": "programSteps",
  "program.questions": "programQuestions",
  "application.approve": "applicationApprove",
  "application.waitlist": "applicationWaitlist",
  "application.decline": "applicationDecline",
  "pairing.create": "pairingCreate",
  "pairing.end": "pairingEnd",
  "pairing.move": "pairingMove",
  "matching.weights": "matchingWeights",
  "matching.rules": "matchingRules",
  "matching.exclude": "matchingExclude",
  "matching.include": "matchingInclude",
  "pairing.complete": "pairingComplete",
  "pairing.nudge": "pairingNudge",
} as const satisfies Record<AuditAction, string>;

export type AuditMessageKey = (typeof KEYS)[AuditAction] | "groupUpdateAny" | "unknown";

function str(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

const yes = (value: string) => (value ? "yes" : "no");

/** The values each message reads; see the catalogue's `groups.activity.events`. */
function valuesFor(
  action: AuditAction,
  data: Record<string, unknown>,
  who: string,
  targetName: string | null,
): Record<string, string> {
  const reason = str(data.reason);
  const target = targetName ?? "";
  const program = str(data.program);
  const mentor = str(data.mentor);
  const mentee = str(data.mentee);
  switch (KEYS[action]) {
    case "groupTransfer":
    case "membershipApprove":
    case "membershipDecline":
    case "membershipRemove":
    case "membershipBan":
    case "membershipUnban":
    case "membershipUnmute":
      return { who };
    case "membershipMute":
      return { who, duration: str(data.duration) };
    case "membershipRole":
      return { who, to: str(data.to) };
    case "invitationCreate":
    case "invitationRevoke":
      return { who, kind: str(data.kind) };
    case "postRemove":
    case "commentRemove":
      return { hasTarget: yes(target), target, hasReason: yes(reason), reason };
    case "postApprove":
      return { hasTarget: yes(target), target };
    case "reportResolve":
      return { hasReason: yes(reason), reason };
    case "programCreate":
    case "programUpdate":
    case "programOpen":
    case "programStart":
    case "programClose":
    case "programArchive":
    case "programSteps":
    case "programQuestions":
    case "matchingWeights":
    case "matchingRules":
      return { hasProgram: yes(program), program };
    case "applicationApprove":
    case "applicationWaitlist":
    case "applicationDecline":
      return { who, role: str(data.role) };
    case "pairingCreate":
    case "pairingEnd":
    case "pairingMove":
      return {
        hasNames: mentor && mentee ? "yes" : "no",
        mentor,
        mentee,
        // A hand match against the program's hard rules says so (decision 031).
        overrode: Array.isArray(data.overriddenRules) && data.overriddenRules.length ? "yes" : "no",
      };
    default:
      return {};
  }
}

export function auditMessage({ action, data, targetName }: AuditEventForSentence): AuditMessage {
  // The log holds strings: one this version does not know (an older release's) still reads as something.
  if (!isAuditAction(action)) return { key: "unknown", values: { action }, fields: [] };
  // No name recorded: the page writes "someone" in the reader's language.
  const who = targetName ?? str(data.name);
  const fields = Array.isArray(data.fields) ? data.fields.filter((f): f is string => typeof f === "string") : [];
  return {
    key: action === "group.update" && fields.length === 0 ? "groupUpdateAny" : KEYS[action],
    values: valuesFor(action, data, who, targetName),
    fields,
  };
}
