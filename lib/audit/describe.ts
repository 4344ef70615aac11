import { isAuditAction, type AuditAction } from "./actions";

/**
 * The activity page's sentences: "approved Sam's request", "removed a post: spam". Pure, so every action reads
 * the same wherever it is shown; one for every action recorded, whatever its domain. The actor's name is put in
 * front by the caller.
 */
export type AuditEventForSentence = {
  action: string;
  data: Record<string, unknown>;
  /** The target person's current name, when the event is about a person. */
  targetName: string | null;
};

const ROLE_WORDS: Record<string, string> = {
  OWNER: "the owner",
  ADMIN: "an admin",
  MODERATOR: "a moderator",
  MEMBER: "a member",
};

const FIELD_WORDS: Record<string, string> = {
  name: "name",
  description: "description",
  privacy: "privacy",
  visibility: "visibility",
  coverColor: "cover colour",
  postApprovalRequired: "post approval",
  rules: "rules",
  questions: "membership questions",
  slug: "address",
};

const DURATION_WORDS: Record<string, string> = { "1h": "1 hour", "1d": "1 day", "7d": "7 days", "30d": "30 days" };

function str(value: unknown): string | null {
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

function possessive(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

function withReason(text: string, data: Record<string, unknown>): string {
  const reason = str(data.reason);
  return reason ? `${text}: ${reason}` : text;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

type Sentence = (event: { data: Record<string, unknown>; targetName: string | null; who: string }) => string;

const program: (verb: string) => Sentence =
  (verb) =>
  ({ data }) => {
    const name = str(data.program);
    return name ? `${verb} the program ${name}` : `${verb} a program`;
  };

const application: (verb: string) => Sentence =
  (verb) =>
  ({ data, who }) => {
    const role = data.role === "MENTOR" ? "mentor" : data.role === "MENTEE" ? "mentee" : null;
    return `${verb} ${possessive(who)} application${role ? ` as ${role}` : ""}`;
  };

/** One sentence per recorded action: a `Record`, so an action added to `AUDIT_ACTIONS` without one fails tsc. */
const SENTENCES: Record<AuditAction, Sentence> = {
  "group.create": () => "created the group",
  "group.update": ({ data }) => {
    const fields = Array.isArray(data.fields)
      ? data.fields.filter((f): f is string => typeof f === "string").map((f) => FIELD_WORDS[f] ?? f)
      : [];
    return fields.length ? `changed the group's ${list(fields)}` : "changed the group's settings";
  },
  "group.archive": () => "archived the group",
  "group.transfer": ({ who }) => `handed ownership of the group to ${who}`,
  "membership.approve": ({ who }) => `approved ${possessive(who)} request`,
  "membership.decline": ({ who }) => `declined ${possessive(who)} request`,
  "membership.remove": ({ who }) => `removed ${who} from the group`,
  "membership.ban": ({ who }) => `banned ${who}`,
  "membership.unban": ({ who }) => `lifted ${possessive(who)} ban`,
  "membership.mute": ({ data, who }) => {
    const duration = DURATION_WORDS[str(data.duration) ?? ""];
    return duration ? `muted ${who} for ${duration}` : `muted ${who}`;
  },
  "membership.unmute": ({ who }) => `unmuted ${who}`,
  "membership.role": ({ data, who }) => {
    const to = ROLE_WORDS[str(data.to) ?? ""];
    return to ? `made ${who} ${to}` : `changed ${possessive(who)} role`;
  },
  "invitation.create": ({ data, who }) => (data.kind === "link" ? "created an invitation link" : `invited ${who}`),
  "invitation.revoke": ({ data, who }) =>
    data.kind === "link" ? "revoked an invitation link" : `withdrew ${possessive(who)} invitation`,
  "post.remove": ({ data, targetName }) =>
    withReason(targetName ? `removed a post by ${targetName}` : "removed a post", data),
  "post.approve": ({ targetName }) => (targetName ? `approved a post by ${targetName}` : "approved a post"),
  "post.pin": () => "pinned a post",
  "post.unpin": () => "unpinned a post",
  "comment.remove": ({ data, targetName }) =>
    withReason(targetName ? `removed a comment by ${targetName}` : "removed a comment", data),
  "report.resolve": ({ data }) => withReason("resolved a report", data),
  "report.dismiss": () => "dismissed a report",
  "mentorship.enable": () => "switched mentorship on",
  "mentorship.disable": () => "switched mentorship off",
  "program.create": program("created"),
  "program.update": program("edited the details of"),
  "program.open": program("opened applications for"),
  "program.start": program("started"),
  "program.close": program("closed"),
  "program.archive": program("archived"),
  "program.steps": program("edited the steps of"),
  "program.questions": program("edited the application questions of"),
  "application.approve": application("approved"),
  "application.waitlist": application("waitlisted"),
  "application.decline": application("declined"),
  "pairing.create": ({ data }) => {
    const mentor = str(data.mentor);
    const mentee = str(data.mentee);
    const against =
      Array.isArray(data.overriddenRules) && data.overriddenRules.length ? ", against the program's rules" : "";
    return (mentor && mentee ? `matched ${mentee} with ${mentor}` : "matched a pair") + against;
  },
  "pairing.end": ({ data }) => {
    const mentor = str(data.mentor);
    const mentee = str(data.mentee);
    return mentor && mentee ? `ended the pairing of ${mentee} with ${mentor}` : "ended a pairing";
  },
  "pairing.move": ({ data }) => {
    const mentee = str(data.mentee);
    const mentor = str(data.mentor);
    return mentee && mentor ? `moved ${mentee} to ${mentor}` : "moved a mentee to another mentor";
  },
  "matching.weights": ({ data }) =>
    str(data.program) ? `changed the suggestion weights of ${str(data.program)}` : "changed suggestion weights",
  "matching.rules": ({ data }) =>
    str(data.program) ? `changed the matching rules of ${str(data.program)}` : "changed matching rules",
  "matching.exclude": () => "excluded a mentor from a mentee's suggestions",
  "matching.include": () => "allowed a mentor in a mentee's suggestions again",
  "pairing.complete": () => "completed a pairing",
  "pairing.nudge": () => "nudged a quiet pair",
};

export function describeAuditEvent({ action, data, targetName }: AuditEventForSentence): string {
  const who = targetName ?? str(data.name) ?? "someone";
  // The log holds strings: one this version does not know (an older release's) still reads as something.
  return isAuditAction(action) ? SENTENCES[action]({ data, targetName, who }) : `did ${action}`;
}
