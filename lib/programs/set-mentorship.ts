import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import { ZMentorshipInput } from "./schemas";

/**
 * Owners and admins switch mentorship on or off. Off hides programs from members and stops new programs and
 * applications; nothing is deleted and running pairings keep working.
 */
export async function setMentorship(
  actor: SessionUser,
  slug: string,
  raw: unknown,
): Promise<{ slug: string; enabled: boolean; changed: boolean }> {
  const { enabled } = ZMentorshipInput.parse(raw);
  return db.$transaction(async (tx) => {
    const { group } = await authorize(actor, "mentorship.manage", { groupSlug: slug }, { tx });
    if (group.mentorshipEnabled === enabled) return { slug: group.slug, enabled, changed: false };
    await tx.group.update({ where: { id: group.id }, data: { mentorshipEnabled: enabled } });
    await recordAudit(tx, {
      groupId: group.id,
      actorId: actor.id,
      action: enabled ? "mentorship.enable" : "mentorship.disable",
      targetType: "group",
      targetId: group.id,
    });
    return { slug: group.slug, enabled, changed: true };
  });
}
