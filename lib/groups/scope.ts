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
  memberCount: true,
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
  /** ACTIVE members, kept by a trigger. */
  memberCount: number;
};

export type MembershipRow = {
  id: string;
  role: string;
  status: string;
  mutedUntil: Date | null;
  joinedAt: Date | null;
  /** When the member last opened the group ("Your groups" counts newer posts as unread). */
  lastSeenAt?: Date | null;
};

export type GroupContext = {
  group: GroupRow;
  scope: GroupScope;
  membership: MembershipRow | null;
  /** Read along when asked (the per-request read of pages). */
  details?: GroupDetails;
};

/**
 * The one loader of a group (by id or slug) and the actor's standing in it: its membership and whether they hold a
 * live invitation. It decides nothing: the policy (through `authorize`) answers NOT_FOUND for a group the actor
 * may not know about, exactly as for one that does not exist.
 */
export async function readGroupContext(
  actor: Actor,
  where: { id: string } | { slug: string },
  tx: Tx = db,
  options: { details?: boolean } = {},
): Promise<GroupContext> {
  assertPlausibleKey("id" in where ? where.id : where.slug);
  // ONE statement (relation joins): the group, the actor's membership and live invitation, and for pages its rules
  // and questions.
  const row = await tx.group.findUnique({
    where,
    select: {
      ...groupWithStandingSelect(actor),
      ...(options.details
        ? {
            rules: { orderBy: { position: "asc" }, select: { id: true, title: true, body: true } },
            questions: { orderBy: { position: "asc" }, select: { id: true, prompt: true, required: true } },
          }
        : {}),
    },
  });
  if (!row) throw notFound();
  const { rules, questions, ...rest } = row as typeof row & {
    rules?: GroupDetails["rules"];
    questions?: GroupDetails["questions"];
  };
  const context = standingFrom(rest as GroupRow & { memberships?: MembershipRow[]; invitations?: { id: string }[] });
  return rules && questions ? { ...context, details: { rules, questions } } : context;
}

/** The actor's membership as the policy and the pages read it. */
export const membershipSelect = {
  id: true,
  role: true,
  status: true,
  mutedUntil: true,
  joinedAt: true,
  lastSeenAt: true,
} as const;
/** An invitation of `userId` that still counts (not accepted, revoked or expired). */
export const liveInvitationOf = (userId: string) => ({
  inviteeId: userId,
  acceptedAt: null,
  revokedAt: null,
  OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }],
});

/**
 * The group's row with the actor's standing, as a nested select, for a loader that reads a group inside its own
 * resource's statement (a pairing, a thread: one statement with relation joins). `standingFrom` turns the row into
 * the same context `readGroupContext` returns.
 */
export function groupWithStandingSelect(actor: Actor) {
  return {
    ...groupSelect,
    ...(actor
      ? {
          memberships: { where: { userId: actor.id }, take: 1, select: membershipSelect },
          invitations: { where: liveInvitationOf(actor.id), take: 1, select: { id: true } },
        }
      : {}),
  } as const;
}
export function standingFrom(row: GroupRow & { memberships?: MembershipRow[]; invitations?: { id: string }[] }) {
  const { memberships, invitations, ...group } = row;
  return groupContextOf(group, memberships?.[0] ?? null, (invitations?.length ?? 0) > 0);
}

/** The group's context from rows already read: one place builds the scope the policy decides on. */
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

/** What a group's pages show besides the group itself (the About tab, the join dialog). */
export type GroupDetails = {
  rules: { id: string; title: string; body: string }[];
  questions: { id: string; prompt: string; required: boolean }[];
};

/**
 * For pages: one read per request and slug, however many components ask (outside a transaction only): the layout,
 * the page and the services they call (through `authorize`) share it.
 */
export const readGroupBySlugOncePerRequest = cache((actorId: string | null, slug: string) =>
  readGroupContext(actorId ? { id: actorId } : null, { slug }, db, { details: true }),
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
