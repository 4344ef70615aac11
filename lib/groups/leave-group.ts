import "server-only";
import { db } from "@/lib/db";
import { AppError, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { announceDeparture } from "./departure";
import { authorize } from "@/lib/auth/authorize";
import { publicContentChanged } from "@/lib/http/public-cache";

/**
 * Leave a group, or withdraw a pending request. The last owner must hand the group over first. Active pairings in
 * the group's programs end, and the other participant is told.
 */
export async function leaveGroup(actor: SessionUser, slug: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const context = await authorize(actor, "group.read", { groupSlug: slug }, { tx });
    const { membership } = context;
    if (!membership || (membership.status !== "ACTIVE" && membership.status !== "PENDING")) {
      throw new AppError("CONFLICT", msg("errors.groups.notMember"));
    }
    if (membership.role === "OWNER") {
      throw new AppError("CONFLICT", msg("errors.groups.ownerCannotLeave"));
    }
    // The membership row is locked first (so a match made at the same moment waits and then sees it gone), then the
    // pairings end before the row is deleted: the same lock order as an admin ending a pairing (the pairing, then the
    // tallies kept by triggers, decision 028), so the two racing cannot deadlock.
    await tx.$queryRaw`SELECT id FROM "Membership" WHERE id = ${membership.id} FOR UPDATE`;
    if (membership.status === "ACTIVE")
      await announceDeparture(tx, { groupId: context.group.id, userId: actor.id, actorId: actor.id, reason: "left" });
    await tx.membership.delete({ where: { id: membership.id } });
    publicContentChanged({ groupSlug: context.group.slug, directory: true });
  });
}
