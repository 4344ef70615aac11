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

/**
 * Ban a member, or a requester: the row stays, marked BANNED, so they cannot see the group or ask again until a
 * moderator lifts the ban. Their open personal invitations to the group are revoked.
 */
export async function banMember(actor: SessionUser, membershipId: string): Promise<MemberChangeResult> {
  const id = ZMemberId.parse(membershipId);
  return db.$transaction(async (tx) => {
    const { context, target } = await authorize(actor, "members.ban", { membershipId: id }, { tx, lock: "update" });
    assertTargetStatus(target, ["ACTIVE", "PENDING", "DECLINED"]);
    const now = new Date();
    // The pairings end before the membership changes: the same lock order as an admin ending a pairing (the pairing,
    // then the tallies kept by triggers, decision 028), so the two racing cannot deadlock.
    if (target.status === "ACTIVE")
      await announceDeparture(tx, {
        groupId: target.groupId,
        userId: target.userId,
        actorId: actor.id,
        reason: "banned",
      });
    await tx.membership.update({
      where: { id: target.id },
      data: { status: "BANNED", role: "MEMBER", mutedUntil: null, decidedById: actor.id, decidedAt: now },
    });
    await tx.invitation.updateMany({
      where: { groupId: target.groupId, inviteeId: target.userId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    await recordAudit(tx, {
      groupId: target.groupId,
      actorId: actor.id,
      action: "membership.ban",
      targetType: "membership",
      targetId: target.id,
      data: { userId: target.userId, name: target.name, previousStatus: target.status },
    });
    publicContentChanged({ groupSlug: context.group.slug, directory: true });
    return { membershipId: target.id, name: target.name, slug: context.group.slug };
  });
}
