import "server-only";
import type { Tx } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors";
import { assertCan, can, outranks, type Actor, type GroupPermission } from "@/lib/auth/policy";
import { loadGroupContext, type GroupContext } from "../scope";

export type TargetMembership = {
  id: string;
  groupId: string;
  userId: string;
  role: string;
  status: string;
  mutedUntil: Date | null;
  name: string;
};

/** Locks one membership row for the rest of the transaction and reads it fresh (with its user's name). */
export async function lockMembership(tx: Tx, membershipId: string): Promise<TargetMembership | null> {
  const rows = await tx.$queryRaw<TargetMembership[]>`
    SELECT m.id, m."groupId", m."userId", m.role::text AS role, m.status::text AS status, m."mutedUntil", u.name
    FROM "Membership" m JOIN "User" u ON u.id = m."userId"
    WHERE m.id = ${membershipId}
    FOR UPDATE OF m`;
  return rows[0] ?? null;
}

const STATUS_MESSAGES: Record<string, string> = {
  ACTIVE: "They're not an active member of this group.",
  BANNED: "They're not banned from this group.",
};

/**
 * Authorizes an action on a member of the group `groupId` (which the caller read from the membership row). Who may
 * not see the group's members (a private group they are not in) learns nothing: NOT_FOUND, as for an unknown id.
 */
export async function authorizeOnMembersOf(
  tx: Tx,
  actor: NonNullable<Actor>,
  permission: GroupPermission,
  groupId: string,
): Promise<GroupContext> {
  const context = await loadGroupContext(actor, { id: groupId }, tx);
  if (!can(actor, "members.list", context.scope)) throw notFound();
  assertCan(actor, permission, context.scope);
  return context;
}

/**
 * The one way into an admin tool that acts on another member (role, mute, remove, ban, unban). The scope comes
 * from the membership itself, never from a group the client names: an admin of group A passing the id of one of
 * group B's members is judged by their standing in B. Then the relationship rules: nobody acts on themselves
 * here, and the actor must strictly outrank the target (so nobody acts on the owner: that is a transfer).
 */
export async function authorizeMemberAction(
  tx: Tx,
  actor: NonNullable<Actor>,
  permission: GroupPermission,
  membershipId: string,
  statuses: readonly string[],
): Promise<{ context: GroupContext; target: TargetMembership }> {
  const found = await tx.membership.findUnique({
    where: { id: membershipId },
    select: { groupId: true, status: true },
  });
  if (!found) throw notFound();
  // A join request is visible only to those who decide requests: for anyone else it does not exist.
  if (found.status === "PENDING" || found.status === "DECLINED") {
    const context = await loadGroupContext(actor, { id: found.groupId }, tx);
    if (!can(actor, "members.approve", context.scope)) throw notFound();
  }
  const context = await authorizeOnMembersOf(tx, actor, permission, found.groupId);
  const target = await lockMembership(tx, membershipId);
  if (!target || target.groupId !== found.groupId) throw notFound();
  if (target.userId === actor.id) throw new AppError("FORBIDDEN", "You can't use this on yourself.");
  const actorRole = context.membership?.role ?? "";
  if (!outranks(actorRole, target.role)) {
    throw new AppError(
      "FORBIDDEN",
      target.role === "OWNER"
        ? "Nobody can act on the group's owner. Ownership changes only by a transfer."
        : "You can only act on people whose role is below yours.",
    );
  }
  if (!statuses.includes(target.status)) throw conflict(STATUS_MESSAGES[statuses[0] ?? ""] ?? "That has changed.");
  return { context, target };
}
