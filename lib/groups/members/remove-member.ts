import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { announceDeparture } from "../departure";
import { authorize } from "@/lib/auth/authorize";
import { assertTargetStatus } from "./membership-scope";
import { ZMemberId } from "./schemas";
import type { MemberChangeResult } from "./change-role";
import { publicContentChanged } from "@/lib/http/public-cache";

/** Remove a member: their membership ends (their posts stay). Unlike a ban, they may ask to join again. */
export async function removeMember(actor: SessionUser, membershipId: string): Promise<MemberChangeResult> {
  const id = ZMemberId.parse(membershipId);
  return db.$transaction(async (tx) => {
    const { context, target } = await authorize(actor, "members.remove", { membershipId: id }, { tx, lock: "update" });
    assertTargetStatus(target, ["ACTIVE"]);
    // The pairings end before the membership changes: the same lock order as an admin ending a pairing (the pairing,
    // then the tallies kept by triggers, decision 028), so the two racing cannot deadlock.
    if (target.status === "ACTIVE")
      await announceDeparture(tx, {
        groupId: target.groupId,
        userId: target.userId,
        actorId: actor.id,
        reason: "removed",
      });
    await tx.membership.delete({ where: { id: target.id } });
    await recordAudit(tx, {
      groupId: target.groupId,
      actorId: actor.id,
      action: "membership.remove",
      targetType: "membership",
      targetId: target.id,
      data: { userId: target.userId, name: target.name, role: target.role },
    });
    publicContentChanged({ groupSlug: context.group.slug, directory: true });
    return { membershipId: target.id, name: target.name, slug: context.group.slug };
  });
}
