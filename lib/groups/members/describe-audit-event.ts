/**
 * The activity page's sentences: "approved Sam's request", "removed a post: spam". Pure, so every action reads
 * the same wherever it is shown. The actor's name is put in front by the caller.
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
};

const PROGRAM_VERBS: Record<string, string> = {
  "program.create": "created",
  "program.update": "edited the details of",
  "program.open": "opened applications for",
  "program.start": "started",
  "program.close": "closed",
  "program.archive": "archived",
  "program.steps": "edited the steps of",
  "program.questions": "edited the application questions of",
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

export function describeAuditEvent({ action, data, targetName }: AuditEventForSentence): string {
  const who = targetName ?? str(data.name) ?? "someone";
  switch (action) {
    case "group.create":
      return "created the group";
    case "group.update": {
      const fields = Array.isArray(data.fields)
        ? data.fields.filter((f): f is string => typeof f === "string").map((f) => FIELD_WORDS[f] ?? f)
        : [];
      return fields.length ? `changed the group's ${list(fields)}` : "changed the group's settings";
    }
    case "group.archive":
      return "archived the group";
    case "group.transfer":
      return `handed ownership of the group to ${who}`;
    case "membership.approve":
      return `approved ${possessive(who)} request`;
    case "membership.decline":
      return `declined ${possessive(who)} request`;
    case "membership.remove":
      return `removed ${who} from the group`;
    case "membership.ban":
      return `banned ${who}`;
    case "membership.unban":
      return `lifted ${possessive(who)} ban`;
    case "membership.mute": {
      const duration = DURATION_WORDS[str(data.duration) ?? ""];
      return duration ? `muted ${who} for ${duration}` : `muted ${who}`;
    }
    case "membership.unmute":
      return `unmuted ${who}`;
    case "membership.role": {
      const to = ROLE_WORDS[str(data.to) ?? ""];
      return to ? `made ${who} ${to}` : `changed ${possessive(who)} role`;
    }
    case "invitation.create":
      return data.kind === "link" ? "created an invitation link" : `invited ${who}`;
    case "invitation.revoke":
      return data.kind === "link" ? "revoked an invitation link" : `withdrew ${possessive(who)} invitation`;
    case "post.remove":
      return withReason(targetName ? `removed a post by ${targetName}` : "removed a post", data);
    case "post.approve":
      return targetName ? `approved a post by ${targetName}` : "approved a post";
    case "post.pin":
      return "pinned a post";
    case "post.unpin":
      return "unpinned a post";
    case "comment.remove":
      return withReason(targetName ? `removed a comment by ${targetName}` : "removed a comment", data);
    case "report.resolve":
      return withReason("resolved a report", data);
    case "report.dismiss":
      return "dismissed a report";
    case "pairing.create": {
      const mentor = str(data.mentor);
      const mentee = str(data.mentee);
      return mentor && mentee ? `matched ${mentee} with ${mentor}` : "matched a pair";
    }
    case "pairing.end": {
      const mentor = str(data.mentor);
      const mentee = str(data.mentee);
      return mentor && mentee ? `ended the pairing of ${mentee} with ${mentor}` : "ended a pairing";
    }
    case "pairing.move": {
      const mentee = str(data.mentee);
      const mentor = str(data.mentor);
      return mentee && mentor ? `moved ${mentee} to ${mentor}` : "moved a mentee to another mentor";
    }
    case "matching.weights":
      return str(data.program)
        ? `changed the suggestion weights of ${str(data.program)}`
        : "changed suggestion weights";
    case "pairing.complete":
      return "completed a pairing";
    case "pairing.nudge":
      return "nudged a quiet pair";
    case "matching.exclude":
      return "excluded a mentor from a mentee's suggestions";
    case "matching.include":
      return "allowed a mentor in a mentee's suggestions again";
    case "mentorship.enable":
      return "switched mentorship on";
    case "mentorship.disable":
      return "switched mentorship off";
    case "program.create":
    case "program.update":
    case "program.open":
    case "program.start":
    case "program.close":
    case "program.archive":
    case "program.steps":
    case "program.questions": {
      const verb = PROGRAM_VERBS[action];
      const name = str(data.program);
      return name ? `${verb} the program ${name}` : `${verb} a program`;
    }
    case "application.approve":
    case "application.waitlist":
    case "application.decline": {
      const verb = {
        "application.approve": "approved",
        "application.waitlist": "waitlisted",
        "application.decline": "declined",
      }[action];
      const role = data.role === "MENTOR" ? "mentor" : data.role === "MENTEE" ? "mentee" : null;
      return `${verb} ${possessive(who)} application${role ? ` as ${role}` : ""}`;
    }
    default:
      return `did ${action}`;
  }
}
