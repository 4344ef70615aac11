import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import { assertTargetStatus } from "./membership-scope";
import { MUTE_DURATIONS, ZMemberId, ZMuteInput } from "./schemas";
import type { MemberChangeResult } from "./change-role";

/** Mute for a period: the member keeps reading and reacting, but cannot post or comment until it ends. */
export async function muteMember(
  actor: SessionUser,
  membershipId: string,
  raw: unknown,
): Promise<MemberChangeResult & { mutedUntil: string }> {
  const id = ZMemberId.parse(membershipId);
  const input = ZMuteInput.parse(raw);
  return db.$transaction(async (tx) => {
    const { context, target } = await authorize(actor, "members.mute", { membershipId: id }, { tx, lock: "update" });
    assertTargetStatus(target, ["ACTIVE"]);
    const mutedUntil = new Date(Date.now() + MUTE_DURATIONS[input.duration].ms);
    await tx.membership.update({ where: { id: target.id }, data: { mutedUntil } });
    await recordAudit(tx, {
      groupId: target.groupId,
      actorId: actor.id,
      action: "membership.mute",
      targetType: "membership",
      targetId: target.id,
      data: { userId: target.userId, name: target.name, duration: input.duration, until: mutedUntil.toISOString() },
    });
    return {
      membershipId: target.id,
      name: target.name,
      slug: context.group.slug,
      mutedUntil: mutedUntil.toISOString(),
    };
  });
}
