import "server-only";
import { can, GROUP_ROLES, ROLE_PERMISSIONS, type GroupPermission, type GroupScope } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";

/** The permissions behind the admins' to-do items. */
export const MANAGING_PERMISSIONS = [
  "applications.review",
  "pairings.manage",
  "pairings.progress",
  "reports.review",
  "members.approve",
] as const satisfies readonly GroupPermission[];
export type ManagingPermission = (typeof MANAGING_PERMISSIONS)[number];

export type ManagedGroup = { id: string; slug: string; name: string };

/** For each managing permission, the groups where the person holds it. */
export type ManagedGroups = Record<ManagingPermission, ManagedGroup[]>;

export type ManagedRow = ManagedGroup & {
  privacy: string;
  visibility: string;
  mentorshipEnabled: boolean;
  role: string;
  status: string;
  mutedUntil: Date | null;
};

// Only roles that hold one of these permissions somewhere are read at all (plain members manage nothing): the
// policy below still decides group by group.
export const MANAGING_ROLES = GROUP_ROLES.filter((role) =>
  MANAGING_PERMISSIONS.some((p) => ROLE_PERMISSIONS[role].has(p)),
);

/**
 * The groups the person helps run, by what they may do in each, decided by the one policy from their active
 * memberships in managing roles (an archived group, a group they left or were banned from, counts for nothing),
 * read with the home page's other standing (lib/home/home-standing.ts). Each list in the rows' order.
 */
export function managedFrom(actor: SessionUser, rows: ManagedRow[], now: Date): ManagedGroups {
  const managed = Object.fromEntries(MANAGING_PERMISSIONS.map((p) => [p, [] as ManagedGroup[]])) as ManagedGroups;
  for (const row of rows) {
    const scope: GroupScope = {
      kind: "group",
      privacy: row.privacy,
      visibility: row.visibility,
      archived: false,
      membership: { role: row.role, status: row.status, mutedUntil: row.mutedUntil },
      invited: false,
      mentorshipEnabled: row.mentorshipEnabled,
    };
    for (const permission of MANAGING_PERMISSIONS)
      if (can(actor, permission, scope, now)) managed[permission].push({ id: row.id, slug: row.slug, name: row.name });
  }
  return managed;
}

/** Where "and N more" leads: the one group's page when there is one group, else the list of your groups. */
export function moreHref(groups: ManagedGroup[], path: string): string {
  return groups.length === 1 ? `/groups/${groups[0]!.slug}${path}` : "/groups";
}
