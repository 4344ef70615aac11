import "server-only";
import { db } from "@/lib/db";
import { conflict, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import { assertTargetStatus } from "./membership-scope";
import { ZMemberId } from "./schemas";
import type { MemberChangeResult } from "./change-role";

/** End a mute early. */
export async function unmuteMember(actor: SessionUser, membershipId: string): Promise<MemberChangeResult> {
  const id = ZMemberId.parse(membershipId);
  return db.$transaction(async (tx) => {
    const { context, target } = await authorize(actor, "members.mute", { membershipId: id }, { tx, lock: "update" });
    assertTargetStatus(target, ["ACTIVE"]);
    if (!target.mutedUntil || target.mutedUntil <= new Date())
      throw conflict(msg("errors.members.notMuted", { name: target.name }));
    await tx.membership.update({ where: { id: target.id }, data: { mutedUntil: null } });
    await recordAudit(tx, {
      groupId: target.groupId,
      actorId: actor.id,
      action: "membership.unmute",
      targetType: "membership",
      targetId: target.id,
      data: { userId: target.userId, name: target.name },
    });
    return { membershipId: target.id, name: target.name, slug: context.group.slug };
  });
}
