import "server-only";
import { db } from "@/lib/db";
import { AppError, msg } from "@/lib/errors";
import { assignableRoles } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/notify";
import { authorize } from "@/lib/auth/authorize";
import { assertTargetStatus } from "./membership-scope";
import { ZChangeRoleInput, ZMemberId } from "./schemas";

export type MemberChangeResult = { membershipId: string; name: string; slug: string };

/**
 * Promote or demote: the owner hands out ADMIN, MODERATOR or MEMBER; admins MODERATOR or MEMBER, and only to
 * people below them. OWNER is never handed out here: that is a transfer.
 */
export async function changeRole(
  actor: SessionUser,
  membershipId: string,
  raw: unknown,
): Promise<MemberChangeResult & { role: string }> {
  const id = ZMemberId.parse(membershipId);
  const input = ZChangeRoleInput.parse(raw);
  return db.$transaction(async (tx) => {
    const { context, target } = await authorize(actor, "members.roles", { membershipId: id }, { tx, lock: "update" });
    assertTargetStatus(target, ["ACTIVE"]);
    const actorRole = context.membership?.role ?? "";
    if (!assignableRoles(actorRole).includes(input.role)) {
      throw new AppError("FORBIDDEN", msg("errors.members.cannotGrantRole"));
    }
    if (target.role === input.role)
      throw new AppError("CONFLICT", msg("errors.members.alreadyHasRole", { name: target.name }));
    await tx.membership.update({ where: { id: target.id }, data: { role: input.role } });
    await recordAudit(tx, {
      groupId: target.groupId,
      actorId: actor.id,
      action: "membership.role",
      targetType: "membership",
      targetId: target.id,
      data: { userId: target.userId, name: target.name, from: target.role, to: input.role },
    });
    await notify(tx, {
      recipients: [target.userId],
      kind: "group.role_changed",
      groupId: target.groupId,
      message: { key: "roleChanged", values: { role: input.role, group: context.group.name } },
      url: `/groups/${context.group.slug}`,
      dedupeKey: `role:${target.id}:${input.role}:${Date.now()}`,
    });
    return { membershipId: target.id, name: target.name, slug: context.group.slug, role: input.role };
  });
}
