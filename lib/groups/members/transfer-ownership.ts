import "server-only";
import { db } from "@/lib/db";
import { AppError, conflict, msg, notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import { ZTransferInput } from "./schemas";

type Locked = { id: string; userId: string; role: string; status: string; name: string };

/**
 * The owner hands the group to an active member, who becomes OWNER; the old owner stays on as ADMIN. Both rows
 * are locked (in id order, so two transfers cannot deadlock) and re-read, so a group never ends up with no owner
 * or two owners even when transfers race.
 */
export async function transferOwnership(
  actor: SessionUser,
  raw: unknown,
): Promise<{ slug: string; newOwnerName: string }> {
  const input = ZTransferInput.parse(raw);
  return db.$transaction(async (tx) => {
    // No lock here: both rows are locked below, in id order.
    const { context } = await authorize(actor, "group.transfer", { membershipId: input.membershipId }, { tx });
    const { group } = context;
    const rows = await tx.$queryRaw<Locked[]>`
      SELECT m.id, m."userId", m.role::text AS role, m.status::text AS status, u.name
      FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      WHERE m."groupId" = ${group.id} AND (m.id = ${input.membershipId} OR m."userId" = ${actor.id})
      ORDER BY m.id
      FOR UPDATE OF m`;
    const mine = rows.find((r) => r.userId === actor.id);
    const target = rows.find((r) => r.id === input.membershipId);
    if (!mine || mine.role !== "OWNER" || mine.status !== "ACTIVE") throw new AppError("FORBIDDEN");
    if (!target) throw notFound();
    if (target.userId === actor.id) throw conflict(msg("errors.members.alreadyOwner"));
    if (target.status !== "ACTIVE") throw conflict(msg("errors.members.ownerMustBeActive"));
    // Someone leaving Kinship cannot take a group: their erasure would wait on it for as long as they kept it.
    // FOR SHARE waits for a deletion request in flight (it locks the row FOR UPDATE and then checks ownership).
    const [leaving] = await tx.$queryRaw<{ leaving: boolean }[]>`
      SELECT ("deletionRequestedAt" IS NOT NULL OR "erasedAt" IS NOT NULL) AS leaving FROM "User"
      WHERE id = ${target.userId} FOR SHARE`;
    // Their leaving is theirs to tell: the owner learns only that this member cannot take the group now.
    if (leaving?.leaving) throw conflict(msg("errors.members.ownerLeaving", { name: target.name }));

    await tx.membership.update({ where: { id: target.id }, data: { role: "OWNER", mutedUntil: null } });
    await tx.membership.update({ where: { id: mine.id }, data: { role: "ADMIN" } });
    await recordAudit(tx, {
      groupId: group.id,
      actorId: actor.id,
      action: "group.transfer",
      targetType: "membership",
      targetId: target.id,
      data: { userId: target.userId, name: target.name },
    });
    return { slug: group.slug, newOwnerName: target.name };
  });
}
