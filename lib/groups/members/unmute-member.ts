import "server-only";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { authorizeMemberAction } from "./authorize-member-action";
import { ZMemberId } from "./schemas";
import type { MemberChangeResult } from "./change-role";

/** End a mute early. */
export async function unmuteMember(actor: SessionUser, membershipId: string): Promise<MemberChangeResult> {
  const id = ZMemberId.parse(membershipId);
  return db.$transaction(async (tx) => {
    const { context, target } = await authorizeMemberAction(tx, actor, "members.mute", id, ["ACTIVE"]);
    if (!target.mutedUntil || target.mutedUntil <= new Date()) throw conflict(`${target.name} isn't muted.`);
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
