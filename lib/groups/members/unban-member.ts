import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import { assertTargetStatus } from "./membership-scope";
import { ZMemberId } from "./schemas";
import type { MemberChangeResult } from "./change-role";

/** Lift a ban: the row is deleted, so the person may find the group and ask to join again. */
export async function unbanMember(actor: SessionUser, membershipId: string): Promise<MemberChangeResult> {
  const id = ZMemberId.parse(membershipId);
  return db.$transaction(async (tx) => {
    const { context, target } = await authorize(actor, "members.ban", { membershipId: id }, { tx, lock: "update" });
    assertTargetStatus(target, ["BANNED"]);
    await tx.membership.delete({ where: { id: target.id } });
    await recordAudit(tx, {
      groupId: target.groupId,
      actorId: actor.id,
      action: "membership.unban",
      targetType: "membership",
      targetId: target.id,
      data: { userId: target.userId, name: target.name },
    });
    return { membershipId: target.id, name: target.name, slug: context.group.slug };
  });
}
