/**
 * The policy's vocabulary and role matrix (lib/auth/policy.ts holds the rules that read them): the permissions,
 * the roles, and what each role holds as an active member of a group.
 */
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
  "applications.read",
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

/** On one application: reading it (its applicant, or a reviewer once submitted), changing it (its applicant). */
export const APPLICATION_PERMISSIONS = ["application.read", "application.change"] as const;
export type ApplicationPermission = (typeof APPLICATION_PERMISSIONS)[number];

/** On one post or comment: its author's, editing while they may still write in the group, or deleting. */
export const CONTENT_PERMISSIONS = ["content.edit", "content.delete"] as const;
export type ContentPermission = (typeof CONTENT_PERMISSIONS)[number];

export type Permission = GroupPermission | PairingPermission | ApplicationPermission | ContentPermission;

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
  "applications.read",
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
export const PUBLIC_VISITOR: ReadonlySet<GroupPermission> = new Set([
  "group.read",
  "members.list",
  "posts.read",
  "programs.read",
]);
export const PRIVATE_VISITOR: ReadonlySet<GroupPermission> = new Set(["group.read"]);

/** With mentorship off, members neither see programs nor apply; the group's managers still read them. */
export const MENTORSHIP_GATED: ReadonlySet<GroupPermission> = new Set(["programs.read", "programs.apply"]);

/** Muted members keep reading and reacting but cannot post or comment until the mute ends. */
export const MUTED_DENIED: ReadonlySet<GroupPermission> = new Set(["posts.create", "comments.create"]);
