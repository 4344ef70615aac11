import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertPlausibleKey, conflict, msg, notFound, type MessageRef } from "@/lib/errors";
import type { MembershipScope } from "@/lib/auth/policy";
import type { Resolver } from "@/lib/auth/authorize";
import { readGroupContext, type GroupContext } from "../scope";

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

const STATUS_MESSAGES: Record<string, MessageRef> = {
  ACTIVE: msg("errors.members.notActive"),
  BANNED: msg("errors.members.notBanned"),
};

/** The state rule after the door: the tool works on members in one of `statuses` (ACTIVE, or BANNED to unban). */
export function assertTargetStatus(target: TargetMembership, statuses: readonly string[]): void {
  if (!statuses.includes(target.status))
    throw conflict(STATUS_MESSAGES[statuses[0] ?? ""] ?? msg("errors.members.changed"));
}

export type MembershipContext = { context: GroupContext; target: TargetMembership };

/**
 * The loader of a membership that an admin tool acts on (role, mute, remove, ban, unban, transfer). The scope
 * comes from the membership itself, never from a group the client names: an admin of group A passing the id of
 * one of group B's members is judged by their standing in B. The policy applies the rank rules. `lock: "update"`
 * locks the target's row and reads it fresh, for the rest of the transaction.
 */
export const resolveMembership: Resolver<MembershipContext> = async (actor, membershipId, { tx = db, lock }) => {
  assertPlausibleKey(membershipId); // a NUL or a mangled id names nothing: 404, never a database error
  const found = await tx.membership.findUnique({
    where: { id: membershipId },
    select: { groupId: true, userId: true, role: true, status: true, mutedUntil: true, id: true },
  });
  if (!found) throw notFound();
  const context = await readGroupContext(actor, { id: found.groupId }, tx);
  const locked = lock === "update" ? await lockMembership(tx, membershipId) : null;
  if (lock === "update" && (!locked || locked.groupId !== found.groupId)) throw notFound();
  const target = locked ?? { ...found, name: "" };
  // The join-request rule reads the status as first read (as the request was listed), the rank rules the fresh row.
  const scope: MembershipScope = {
    kind: "membership",
    group: context.scope,
    target: { userId: target.userId, role: target.role, status: found.status },
  };
  return { context: { context, target }, scope };
};

declare module "@/lib/auth/authorize" {
  interface Resolvers {
    membershipId: MembershipContext;
  }
}
