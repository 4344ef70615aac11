/**
 * Who may do what: a typed permission matrix by group role, plus relationship rules (authors, pair participants).
 * Pure and synchronous: services resolve the scope from the resource, then call `assertCan` as their first line.
 * Anything unknown (a role, a status, a permission) is refused. What a caller may not see answers 404.
 */
import { AppError } from "@/lib/errors";

export const GROUP_ROLES = ["OWNER", "ADMIN", "MODERATOR", "MEMBER"] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

export const GROUP_PERMISSIONS = [
  "group.read",
  "group.update",
  "group.delete",
  "group.transfer",
  "members.list",
  "members.invite",
  "members.approve",
  "members.remove",
  "members.ban",
  "members.mute",
  "members.roles",
  "posts.read",
  "posts.create",
  "posts.moderate",
  "posts.pin",
  "comments.create",
  "reactions.create",
  "content.report",
  "reports.review",
  "audit.read",
  "mentorship.manage",
  "programs.read",
  "programs.apply",
  "applications.review",
  "pairings.manage",
  "pairings.progress",
] as const;
export type GroupPermission = (typeof GROUP_PERMISSIONS)[number];

export const PAIRING_PERMISSIONS = [
  "pairing.read",
  "pairing.checkin",
  "thread.read",
  "thread.write",
  "pairing.progress",
] as const;
export type PairingPermission = (typeof PAIRING_PERMISSIONS)[number];

export type Permission = GroupPermission | PairingPermission;

const MEMBER: readonly GroupPermission[] = [
  "group.read",
  "members.list",
  "members.invite",
  "posts.read",
  "posts.create",
  "comments.create",
  "reactions.create",
  "content.report",
  "programs.read",
  "programs.apply",
];
const MODERATOR: readonly GroupPermission[] = [
  ...MEMBER,
  "members.approve",
  "members.remove",
  "members.ban",
  "members.mute",
  "posts.moderate",
  "reports.review",
];
const ADMIN: readonly GroupPermission[] = [
  ...MODERATOR,
  "group.update",
  "members.roles",
  "posts.pin",
  "audit.read",
  "mentorship.manage",
  "applications.review",
  "pairings.manage",
  "pairings.progress",
];
const OWNER: readonly GroupPermission[] = [...ADMIN, "group.delete", "group.transfer"];

export const ROLE_PERMISSIONS: Readonly<Record<GroupRole, ReadonlySet<GroupPermission>>> = {
  OWNER: new Set(OWNER),
  ADMIN: new Set(ADMIN),
  MODERATOR: new Set(MODERATOR),
  MEMBER: new Set(MEMBER),
};

/** What a visitor (signed out, or signed in without an active membership) may do, by group privacy. */
const PUBLIC_VISITOR: ReadonlySet<GroupPermission> = new Set([
  "group.read",
  "members.list",
  "posts.read",
  "programs.read",
]);
const PRIVATE_VISITOR: ReadonlySet<GroupPermission> = new Set(["group.read"]);

/** With mentorship off, members neither see programs nor apply; the group's managers still read them. */
const MENTORSHIP_GATED: ReadonlySet<GroupPermission> = new Set(["programs.read", "programs.apply"]);

/** Muted members keep reading and reacting but cannot post or comment until the mute ends. */
const MUTED_DENIED: ReadonlySet<GroupPermission> = new Set(["posts.create", "comments.create"]);

export type Actor = { id: string } | null;

export type GroupScope = {
  kind: "group";
  privacy: string;
  visibility: string;
  archived: boolean;
  /** The actor's membership in this group, if any. */
  membership: { role: string; status: string; mutedUntil: Date | null } | null;
  /** The actor holds a live invitation to this group. */
  invited: boolean;
  /** Mentorship switched on in the group's settings. Off hides programs from everyone but their managers. */
  mentorshipEnabled: boolean;
};

export type PairingScope = {
  kind: "pairing";
  mentorId: string;
  menteeId: string;
  state: string;
  /** The actor's standing in the pairing's group. */
  group: GroupScope;
};

export type Scope = GroupScope | PairingScope;

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

export function can(actor: Actor, permission: Permission | string, scope: Scope, now: Date = new Date()): boolean {
  if (scope.kind === "group") return canInGroup(actor, permission, scope, now);
  if (scope.kind === "pairing") return canInPairing(actor, permission, scope, now);
  return false;
}

/** Whether the actor may know the resource exists at all. */
export function canSee(actor: Actor, scope: Scope, now: Date = new Date()): boolean {
  if (scope.kind === "group") return canInGroup(actor, "group.read", scope, now);
  return can(actor, "pairing.read", scope, now) || can(actor, "pairing.progress", scope, now);
}

/**
 * Throws unless the actor may do `permission` in `scope`: NOT_FOUND when they may not even see it (so nothing
 * leaks), UNAUTHENTICATED when signing in could help, FORBIDDEN otherwise.
 */
export function assertCan(actor: Actor, permission: Permission, scope: Scope, now: Date = new Date()): void {
  if (can(actor, permission, scope, now)) return;
  if (!canSee(actor, scope, now)) throw new AppError("NOT_FOUND");
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
