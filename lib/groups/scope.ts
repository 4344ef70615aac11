import "server-only";
import { cache } from "react";
import { db, type Tx } from "@/lib/db";
import { assertPlausibleKey, notFound } from "@/lib/errors";
import { can, GROUP_PERMISSIONS, type Actor, type GroupPermission, type GroupScope } from "@/lib/auth/policy";
import type { Resolver } from "@/lib/auth/authorize";

export const groupSelect = {
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
 * The one loader of a group (by id or slug) and the actor's standing in it: its membership and whether they hold a
 * live invitation. It decides nothing: the policy (through `authorize`) answers NOT_FOUND for a group the actor
 * may not know about, exactly as for one that does not exist.
 */
export async function readGroupContext(
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
          select: membershipSelect,
        }),
        tx.invitation.findFirst({ where: { groupId: group.id, ...liveInvitationOf(actor.id) }, select: { id: true } }),
      ])
    : [null, null];
  return groupContextOf(group as GroupRow, membership, invitation !== null);
}

/** The actor's membership as the policy and the pages read it. */
export const membershipSelect = { id: true, role: true, status: true, mutedUntil: true, joinedAt: true } as const;

/** An invitation of `inviteeId` that still counts (not accepted, revoked or expired). */
export function liveInvitationOf(inviteeId: string) {
  return {
    inviteeId,
    acceptedAt: null,
    revokedAt: null,
    OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }],
  };
}

/**
 * The group's context from rows already read (by readGroupContext, or by a loader that joins the group into its own
 * single query, such as the thread's): one place builds the scope the policy decides on.
 */
export function groupContextOf(group: GroupRow, membership: MembershipRow | null, invited: boolean): GroupContext {
  const scope: GroupScope = {
    kind: "group",
    privacy: group.privacy,
    visibility: group.visibility,
    archived: group.archivedAt !== null,
    membership: membership
      ? { role: membership.role, status: membership.status, mutedUntil: membership.mutedUntil }
      : null,
    invited,
    mentorshipEnabled: group.mentorshipEnabled,
  };
  return { group, scope, membership };
}

/** For pages: one read per request and slug, however many components ask (outside a transaction only). */
const readGroupBySlugOncePerRequest = cache((actorId: string | null, slug: string) =>
  readGroupContext(actorId ? { id: actorId } : null, { slug }),
);

/** The resolvers of `{ groupId }` and `{ groupSlug }` for `authorize` (registered in lib/wiring.ts). */
export const resolveGroupById: Resolver<GroupContext> = async (actor, id, { tx }) => {
  const context = await readGroupContext(actor, { id }, tx);
  return { context, scope: context.scope };
};
export const resolveGroupBySlug: Resolver<GroupContext> = async (actor, slug, { tx }) => {
  const context = tx
    ? await readGroupContext(actor, { slug }, tx)
    : await readGroupBySlugOncePerRequest(actor?.id ?? null, slug);
  return { context, scope: context.scope };
};

declare module "@/lib/auth/authorize" {
  interface Resolvers {
    groupId: GroupContext;
    groupSlug: GroupContext;
  }
}

/** What the current actor may do here, for the UI to show or hide controls (the services check again). */
export function abilities(actor: Actor, scope: GroupScope): Abilities {
  return Object.fromEntries(GROUP_PERMISSIONS.map((p) => [p, can(actor, p, scope)])) as Abilities;
}
export type Abilities = Record<GroupPermission, boolean>;

/** The ref of a group named by id or by slug, for services that take either. */
export function groupRef(where: { id: string } | { slug: string }): { groupId: string } | { groupSlug: string } {
  return "id" in where ? { groupId: where.id } : { groupSlug: where.slug };
}
