import "server-only";
import { cache } from "react";
import { db, type Tx } from "@/lib/db";
import { assertPlausibleKey, notFound } from "@/lib/errors";
import {
  assertCan,
  can,
  GROUP_PERMISSIONS,
  type Actor,
  type GroupPermission,
  type GroupScope,
} from "@/lib/auth/policy";

const groupSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  coverColor: true,
  privacy: true,
  visibility: true,
  mentorshipEnabled: true,
  postApprovalRequired: true,
  archivedAt: true,
  createdAt: true,
} as const;

export type GroupRow = {
  id: string;
  slug: string;
  name: string;
  description: string;
  coverColor: string;
  privacy: "PUBLIC" | "PRIVATE";
  visibility: "VISIBLE" | "HIDDEN";
  mentorshipEnabled: boolean;
  postApprovalRequired: boolean;
  archivedAt: Date | null;
  createdAt: Date;
};

export type MembershipRow = {
  id: string;
  role: string;
  status: string;
  mutedUntil: Date | null;
  joinedAt: Date | null;
};

export type GroupContext = { group: GroupRow; scope: GroupScope; membership: MembershipRow | null };

/**
 * Resolves the scope from the resource: the group (by id or slug) and the actor's standing in it. A group that
 * does not exist and one the actor may not know about are the same NOT_FOUND.
 */
export async function loadGroupContext(
  actor: Actor,
  where: { id: string } | { slug: string },
  tx: Tx = db,
): Promise<GroupContext> {
  assertPlausibleKey("id" in where ? where.id : where.slug);
  const group = await tx.group.findUnique({ where, select: groupSelect });
  if (!group) throw notFound();
  const [membership, invitation] = actor
    ? await Promise.all([
        tx.membership.findUnique({
          where: { groupId_userId: { groupId: group.id, userId: actor.id } },
          select: { id: true, role: true, status: true, mutedUntil: true, joinedAt: true },
        }),
        tx.invitation.findFirst({
          where: {
            groupId: group.id,
            inviteeId: actor.id,
            acceptedAt: null,
            revokedAt: null,
            OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }],
          },
          select: { id: true },
        }),
      ])
    : [null, null];
  const scope: GroupScope = {
    kind: "group",
    privacy: group.privacy,
    visibility: group.visibility,
    archived: group.archivedAt !== null,
    membership: membership
      ? { role: membership.role, status: membership.status, mutedUntil: membership.mutedUntil }
      : null,
    invited: invitation !== null,
    mentorshipEnabled: group.mentorshipEnabled,
  };
  if (!can(actor, "group.read", scope)) throw notFound();
  return { group: group as GroupRow, scope, membership };
}

/** For pages: one load per request, however many components ask. */
export const getGroupContext = cache((actorId: string | null, slug: string) =>
  loadGroupContext(actorId ? { id: actorId } : null, { slug }),
);

/** Loads the group and asserts the permission in one step: the first line of most services. */
export async function authorizeInGroup(
  actor: Actor,
  permission: GroupPermission,
  where: { id: string } | { slug: string },
  tx: Tx = db,
): Promise<GroupContext> {
  const context = await loadGroupContext(actor, where, tx);
  assertCan(actor, permission, context.scope);
  return context;
}

/** What the current actor may do here, for the UI to show or hide controls (the services check again). */
export function abilities(actor: Actor, scope: GroupScope): Abilities {
  return Object.fromEntries(GROUP_PERMISSIONS.map((p) => [p, can(actor, p, scope)])) as Abilities;
}
export type Abilities = Record<GroupPermission, boolean>;
