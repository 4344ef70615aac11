import "server-only";
import { db } from "@/lib/db";
import { conflict, invalid, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import { ZArchiveInput } from "./schemas";
import { publicContentChanged } from "@/lib/http/public-cache";

/**
 * "Deleting" a group archives it: nothing is destroyed, it leaves the directory and stops taking members or
 * posts, and only its owner can still open it. Owner only; they confirm by typing the group's name.
 */
export async function archiveGroup(actor: SessionUser, slug: string, raw: unknown): Promise<{ slug: string }> {
  const input = ZArchiveInput.parse(raw);
  return db.$transaction(async (tx) => {
    const { group } = await authorize(actor, "group.delete", { groupSlug: slug }, { tx });
    if (input.confirmName.trim() !== group.name.trim()) {
      throw invalid({ confirmName: [msg("errors.members.confirmName", { name: group.name })] });
    }
    const now = new Date();
    const { count } = await tx.group.updateMany({
      where: { id: group.id, archivedAt: null },
      data: { archivedAt: now },
    });
    if (count === 0) throw conflict(msg("errors.members.alreadyArchived"));
    await tx.invitation.updateMany({ where: { groupId: group.id, revokedAt: null }, data: { revokedAt: now } });
    await recordAudit(tx, {
      groupId: group.id,
      actorId: actor.id,
      action: "group.archive",
      targetType: "group",
      targetId: group.id,
      data: { name: group.name },
    });
    publicContentChanged({ groupSlug: group.slug, directory: true, urgent: true });
    return { slug: group.slug };
  });
}
