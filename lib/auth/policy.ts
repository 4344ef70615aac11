/**
 * Who may do what: a typed permission matrix by group role, plus relationship rules (authors, pair participants,
 * rank). Pure and synchronous. Services reach it through the one door, `authorize` in `./authorize.ts`, which
 * resolves the scope from the resource and asks `decide` here. Anything unknown (a role, a status, a permission,
 * a kind of scope) is refused. What a caller may not see answers 404.
 */
import { AppError, msg, type MessageRef } from "@/lib/errors";
import {
  GROUP_PERMISSIONS,
  MENTORSHIP_GATED,
  MUTED_DENIED,
  PAIRING_PERMISSIONS,
  PRIVATE_VISITOR,
  PUBLIC_VISITOR,
  ROLE_PERMISSIONS,
  GROUP_ROLES,
  type GroupPermission,
  type GroupRole,
  type PairingPermission,
  type Permission,
} from "./permissions";
import type {
  Actor,
  ApplicationScope,
  ContentScope,
  GroupScope,
  InvitationScope,
  MembershipScope,
  MessageReportScope,
  PairingScope,
  ProgramScope,
  Scope,
  ThreadScope,
} from "./scopes";

export {
  APPLICATION_PERMISSIONS,
  CONTENT_PERMISSIONS,
  GROUP_PERMISSIONS,
  GROUP_ROLES,
  PAIRING_PERMISSIONS,
  ROLE_PERMISSIONS,
  type ApplicationPermission,
  type ContentPermission,
  type GroupPermission,
  type GroupRole,
  type PairingPermission,
  type Permission,
} from "./permissions";
export type {
  Actor,
  ApplicationScope,
  ContentScope,
  GroupScope,
  InvitationScope,
  MembershipScope,
  MessageReportScope,
  PairingScope,
  ProgramScope,
  ReportScope,
  Scope,
  ThreadScope,
} from "./scopes";

function isRole(value: string): value is GroupRole {
  return (GROUP_ROLES as readonly string[]).includes(value);
}

function canInGroup(actor: Actor, permission: string, scope: GroupScope, now: Date): boolean {
  if (!(GROUP_PERMISSIONS as readonly string[]).includes(permission)) return false;
  const p = permission as GroupPermission;
  if (MENTORSHIP_GATED.has(p) && scope.mentorshipEnabled !== true) {
    return p === "programs.read" && canInGroup(actor, "mentorship.manage", scope, now);
  }
  const m = actor ? scope.membership : null;

  if (m?.status === "BANNED") return false;
  const active = m?.status === "ACTIVE" && isRole(m.role);

  if (scope.archived) return active && m!.role === "OWNER" && p === "group.read";

  if (active) {
    const allowed = ROLE_PERMISSIONS[m!.role as GroupRole].has(p);
    if (!allowed) return false;
    if (m!.mutedUntil && m!.mutedUntil > now && MUTED_DENIED.has(p)) return false;
    return true;
  }
  if (m && m.status !== "PENDING" && m.status !== "DECLINED") return false; // unknown status: refuse

  // Visitors: anyone, a requester or someone declined.
  if (scope.visibility === "HIDDEN") {
    const knowsOfIt = actor !== null && (scope.invited || m?.status === "PENDING");
    return knowsOfIt && p === "group.read";
  }
  if (scope.visibility !== "VISIBLE") return false;
  if (scope.privacy === "PUBLIC") return PUBLIC_VISITOR.has(p);
  if (scope.privacy === "PRIVATE") return PRIVATE_VISITOR.has(p);
  return false;
}

function canInPairing(actor: Actor, permission: string, scope: PairingScope, now: Date): boolean {
  if (!actor) return false;
  const participant = actor.id === scope.mentorId || actor.id === scope.menteeId;
  const m = scope.group.membership;
  const activeMember = m?.status === "ACTIVE" && isRole(m.role) && !scope.group.archived;
  switch (permission) {
    case "pairing.read":
    case "thread.read":
      return participant && activeMember;
    case "pairing.checkin":
    case "thread.write":
      return participant && activeMember && scope.state === "ACTIVE";
    case "pairing.progress":
      // Admins see progress (states, dates, ratings), never the pair's words.
      return canInGroup(actor, "pairings.progress", scope.group, now);
    default:
      return false;
  }
}

/** The role matrix and the pair's rules, for a group or a pairing. Other scopes answer through `decide`. */
export function can(actor: Actor, permission: Permission | string, scope: Scope, now: Date = new Date()): boolean {
  if (scope.kind === "group") return canInGroup(actor, permission, scope, now);
  if (scope.kind === "pairing") return canInPairing(actor, permission, scope, now);
  return false;
}

/** Whether the actor may know the group or the pairing exists at all. */
export function canSee(actor: Actor, scope: GroupScope | PairingScope, now: Date = new Date()): boolean {
  if (scope.kind === "group") return canInGroup(actor, "group.read", scope, now);
  return can(actor, "pairing.read", scope, now) || can(actor, "pairing.progress", scope, now);
}

/**
 * The matrix alone, as an assertion, for a check a service makes after the door (say, after an authorship rule):
 * throws unless the actor may do `permission` in `scope`: NOT_FOUND when they may not even see it (so nothing
 * leaks), UNAUTHENTICATED when signing in could help, FORBIDDEN otherwise.
 */
export function assertCan(actor: Actor, permission: Permission, scope: Scope, now: Date = new Date()): void {
  if (can(actor, permission, scope, now)) return;
  if ((scope.kind !== "group" && scope.kind !== "pairing") || !canSee(actor, scope, now))
    throw new AppError("NOT_FOUND");
  if (!actor) throw new AppError("UNAUTHENTICATED");
  throw new AppError("FORBIDDEN");
}

/** Relationship rule: only the author edits or deletes their own post, comment or message. */
export function isAuthor(actor: Actor, content: { authorId: string }): boolean {
  return actor !== null && actor.id === content.authorId;
}

const RANK: Readonly<Record<GroupRole, number>> = { OWNER: 4, ADMIN: 3, MODERATOR: 2, MEMBER: 1 };

/**
 * Relationship rule for acting on another member (remove, ban, mute, change role): the actor must strictly
 * outrank the target. Nobody acts on the owner; admins act on moderators and members; moderators on members.
 */
export function outranks(actorRole: string, targetRole: string): boolean {
  if (!isRole(actorRole) || !isRole(targetRole)) return false;
  return RANK[actorRole] > RANK[targetRole];
}

/** Which roles an actor may hand out: the owner any but OWNER (that is a transfer), admins MODERATOR and MEMBER. */
export function assignableRoles(actorRole: string): GroupRole[] {
  if (actorRole === "OWNER") return ["ADMIN", "MODERATOR", "MEMBER"];
  if (actorRole === "ADMIN") return ["MODERATOR", "MEMBER"];
  return [];
}

/**
 * Why an actor may not do something, in a short sentence the UI shows as it is (instead of re-deriving the rule).
 * `{until}` in the text stands for `until`, which the UI writes as a date in the reader's time zone.
 */
export type Reason = { text: string; until?: Date };

/**
 * A refusal. `code` is the HTTP answer: NOT_FOUND when the actor may not even know the thing exists (nothing
 * leaks), UNAUTHENTICATED when signing in could help, FORBIDDEN otherwise, CONFLICT when the rule is the thing's
 * state rather than the actor. `message` is the error's text (the default text when absent); `reason` is for
 * the UI.
 */
export type Refusal = {
  allowed: false;
  code: "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "CONFLICT";
  message?: MessageRef;
  reason?: Reason;
};
export type Decision = { allowed: true } | Refusal;

const ALLOWED: Decision = { allowed: true };
const refuse = (code: Refusal["code"], message?: MessageRef, reason?: Reason): Refusal =>
  reason
    ? { allowed: false, code, ...(message ? { message } : {}), reason }
    : message
      ? { allowed: false, code, message }
      : { allowed: false, code };

/**
 * Reading these is knowing they exist: refused, they answer NOT_FOUND, not FORBIDDEN (a feed of a private group,
 * a program list with mentorship off, the applications of a program).
 */
const HIDDEN_WHEN_REFUSED: ReadonlySet<string> = new Set<GroupPermission>([
  "posts.read",
  "programs.read",
  "members.list",
  "applications.read",
]);

/** Why someone may not write in the group's discussion (posts and comments), as the group's page says it. */
function writingReason(actor: Actor, scope: GroupScope, now: Date): Reason | undefined {
  const m = actor ? scope.membership : null;
  if (scope.archived) return { text: "This group is archived; its discussion is read-only." };
  if (m?.status === "ACTIVE" && m.mutedUntil && m.mutedUntil > now)
    return { text: "You're muted until {until}. You can still read and react.", until: m.mutedUntil };
  if (!actor) return { text: "Sign in and join the group to write posts." };
  if (m?.status === "PENDING") return { text: "Your request to join is waiting. Once you're in, you can post here." };
  if (m?.status !== "ACTIVE") return { text: "Join the group to write posts and comments." };
  return undefined;
}

function decideInGroup(actor: Actor, permission: string, scope: GroupScope, now: Date): Decision {
  if (canInGroup(actor, permission, scope, now)) return ALLOWED;
  if (!canInGroup(actor, "group.read", scope, now) || HIDDEN_WHEN_REFUSED.has(permission)) return refuse("NOT_FOUND");
  const reason =
    permission === "posts.create" || permission === "comments.create" ? writingReason(actor, scope, now) : undefined;
  if (!actor) return refuse("UNAUTHENTICATED", undefined, reason);
  if (permission === "content.report") return refuse("FORBIDDEN", msg("errors.policy.membersReport"));
  // Someone who sees the programs but is not a member is told what to do about it.
  if (permission === "programs.apply" && scope.membership === null && canInGroup(actor, "programs.read", scope, now))
    return refuse("FORBIDDEN", msg("errors.policy.joinToApply"), { text: "Join the group to apply." });
  return refuse("FORBIDDEN", undefined, reason);
}

/** Members see programs once opened; drafts are for the group's program managers alone. */
export function canSeeProgram(actor: Actor, scope: ProgramScope, now: Date = new Date()): boolean {
  if (!canInGroup(actor, "programs.read", scope.group, now)) return false;
  return scope.state !== "DRAFT" || canInGroup(actor, "mentorship.manage", scope.group, now);
}

function decideInProgram(actor: Actor, permission: string, scope: ProgramScope, now: Date): Decision {
  if (!canSeeProgram(actor, scope, now)) return refuse("NOT_FOUND");
  return decideInGroup(actor, permission, scope.group, now);
}

function decideOnApplication(actor: Actor, permission: string, scope: ApplicationScope, now: Date): Decision {
  if (!actor || !canSeeProgram(actor, scope.program, now)) return refuse("NOT_FOUND");
  const own = actor.id === scope.applicantId;
  // Drafts are the applicant's alone; someone else's application is not there for whoever may not review it.
  const reviewer = scope.state !== "DRAFT" && canInGroup(actor, "applications.review", scope.program.group, now);
  if (permission === "application.change") return own ? ALLOWED : refuse("NOT_FOUND");
  if (permission === "application.read") return own || reviewer ? ALLOWED : refuse("NOT_FOUND");
  return refuse("NOT_FOUND");
}

/** What only the two participants may do; everyone else, the group's admins included, is told it does not exist. */
const PARTICIPANT_ONLY: ReadonlySet<string> = new Set<PairingPermission>([
  "pairing.read",
  "pairing.checkin",
  "thread.read",
  "thread.write",
]);

function decideInPairing(actor: Actor, permission: string, scope: PairingScope, now: Date): Decision {
  if (!(PAIRING_PERMISSIONS as readonly string[]).includes(permission)) {
    // An admin's service on the pairing (end, move, nudge): whoever may know the program may know the pairing.
    if (scope.programState === undefined) return refuse("NOT_FOUND");
    return decideInProgram(actor, permission, { kind: "program", state: scope.programState, group: scope.group }, now);
  }
  if (!canSee(actor, scope, now)) return refuse("NOT_FOUND");
  const participant = actor !== null && (actor.id === scope.mentorId || actor.id === scope.menteeId);
  if (PARTICIPANT_ONLY.has(permission) && !participant) return refuse("NOT_FOUND");
  // A participant who can still read a finished pairing is told why nothing more can be written.
  if ((permission === "pairing.checkin" || permission === "thread.write") && scope.state !== "ACTIVE")
    return refuse(
      "CONFLICT",
      scope.state === "COMPLETED" ? msg("errors.policy.mentorshipComplete") : msg("errors.policy.mentorshipEnded"),
    );
  if (canInPairing(actor, permission, scope, now)) return ALLOWED;
  return refuse(actor ? "FORBIDDEN" : "UNAUTHENTICATED");
}

function decideInThread(actor: Actor, permission: string, scope: ThreadScope, now: Date): Decision {
  if (permission !== "thread.read" && permission !== "thread.write") return refuse("NOT_FOUND");
  const read = decideInPairing(actor, "thread.read", scope.pairing, now);
  if (!read.allowed) return read;
  // An ended pairing's conversation stays readable for the one still there.
  if (permission === "thread.write" && scope.pairing.state !== "ACTIVE")
    return refuse("CONFLICT", msg("errors.policy.threadEnded"));
  return ALLOWED;
}

/**
 * Who may see a piece of content: anyone who reads the group's posts sees published content; content waiting for
 * approval or removed by a moderator is seen by its author and the group's moderators only.
 */
export function maySee(
  actor: Actor,
  scope: GroupScope,
  content: { authorId: string; status: string },
  now: Date = new Date(),
): boolean {
  if (!canInGroup(actor, "posts.read", scope, now)) return false;
  if (content.status === "PUBLISHED") return true;
  return isAuthor(actor, content) || canInGroup(actor, "posts.moderate", scope, now);
}

function decideOnContent(actor: Actor, permission: string, scope: ContentScope, now: Date): Decision {
  if (!maySee(actor, scope.group, scope.post, now)) return refuse("NOT_FOUND");
  if (scope.comment && !maySee(actor, scope.group, scope.comment, now)) return refuse("NOT_FOUND");
  if (permission === "content.edit" || permission === "content.delete") {
    // Only the author edits or deletes their own words; editing also needs the right to write there now.
    const what = scope.comment ? "comment" : "post";
    if (!isAuthor(actor, scope.comment ?? scope.post))
      return refuse(
        "FORBIDDEN",
        msg("errors.policy.authorOnly", { action: permission === "content.edit" ? "edit" : "delete", what }),
      );
    if (permission === "content.delete") return ALLOWED;
    return decideInGroup(actor, scope.comment ? "comments.create" : "posts.create", scope.group, now);
  }
  return decideInGroup(actor, permission, scope.group, now);
}

/** The admin tools that act on another member, under the rank rules. */
const MEMBER_ACTIONS: ReadonlySet<string> = new Set<GroupPermission>([
  "members.roles",
  "members.mute",
  "members.remove",
  "members.ban",
]);

function decideOnMembership(actor: Actor, permission: string, scope: MembershipScope, now: Date): Decision {
  const { group, target } = scope;
  const memberAction = MEMBER_ACTIONS.has(permission);
  // A join request is visible only to those who decide requests: for anyone else it does not exist.
  if (
    memberAction &&
    (target.status === "PENDING" || target.status === "DECLINED") &&
    !canInGroup(actor, "members.approve", group, now)
  )
    return refuse("NOT_FOUND");
  // Who may not see the group's members (a private group they are not in) learns nothing.
  if (!canInGroup(actor, "members.list", group, now)) return refuse("NOT_FOUND");
  const decision = decideInGroup(actor, permission, group, now);
  if (!decision.allowed || !memberAction) return decision;
  // Nobody acts on themselves here, and the actor must strictly outrank the target (so nobody acts on the owner).
  if (target.userId === actor?.id) return refuse("FORBIDDEN", msg("errors.policy.notOnYourself"));
  if (!outranks(group.membership?.role ?? "", target.role))
    return refuse(
      "FORBIDDEN",
      target.role === "OWNER" ? msg("errors.policy.notOnOwner") : msg("errors.policy.rankBelow"),
    );
  return ALLOWED;
}

function decideOnMessageReport(actor: Actor, permission: string, scope: MessageReportScope, now: Date): Decision {
  // Someone in the reported conversation (an admin too) never learns of the report, let alone handles it.
  if (actor && (actor.id === scope.mentorId || actor.id === scope.menteeId)) return refuse("NOT_FOUND");
  // A report is there only for those who handle it: to anyone else it does not exist.
  if (!canInGroup(actor, "pairings.manage", scope.group, now)) return refuse("NOT_FOUND");
  return decideInGroup(actor, permission, scope.group, now);
}

function decideOnInvitation(actor: Actor, permission: string, scope: InvitationScope, now: Date): Decision {
  if (!canInGroup(actor, "group.read", scope.group, now)) return refuse("NOT_FOUND");
  // Members see only the invitations they sent, moderators all of them: for anyone else it does not exist.
  const sender = actor !== null && scope.invitedById === actor.id;
  if (!sender && !canInGroup(actor, "members.approve", scope.group, now)) return refuse("NOT_FOUND");
  return decideInGroup(actor, permission, scope.group, now);
}

/**
 * The policy's answer for `permission` on the resource whose scope is `scope`: allowed, or a refusal with its
 * code, the error's text and (where the UI explains it) a reason. The one door, `authorize`, throws the refusal.
 */
export function decide(actor: Actor, permission: Permission | string, scope: Scope, now: Date = new Date()): Decision {
  switch (scope.kind) {
    case "group":
      return decideInGroup(actor, permission, scope, now);
    case "program":
      return decideInProgram(actor, permission, scope, now);
    case "pairing":
      return decideInPairing(actor, permission, scope, now);
    case "thread":
      return decideInThread(actor, permission, scope, now);
    case "content":
      return decideOnContent(actor, permission, scope, now);
    case "membership":
      return decideOnMembership(actor, permission, scope, now);
    case "report":
      return canInGroup(actor, "reports.review", scope.group, now)
        ? decideInGroup(actor, permission, scope.group, now)
        : refuse("NOT_FOUND");
    case "message-report":
      return decideOnMessageReport(actor, permission, scope, now);
    case "invitation":
      return decideOnInvitation(actor, permission, scope, now);
    case "application":
      return decideOnApplication(actor, permission, scope, now);
    default:
      return refuse("NOT_FOUND");
  }
}

/** The reason the policy gives the UI for a refusal (null when allowed, or when nothing explains it). */
export function whyNot(actor: Actor, permission: Permission, scope: Scope, now: Date = new Date()): Reason | null {
  const decision = decide(actor, permission, scope, now);
  return decision.allowed ? null : (decision.reason ?? null);
}

/** The refusal as the error the wrappers answer with. */
export function refusalError(refusal: Refusal): AppError {
  return new AppError(refusal.code, refusal.message);
}
