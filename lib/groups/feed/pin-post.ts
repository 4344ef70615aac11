import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError, msg } from "@/lib/errors";
import { vk } from "@/lib/i18n/zod-messages";
import { type Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import { parseInput } from "./schemas";
import { publicContentChanged } from "@/lib/http/public-cache";

/** At most this many announcements sit at the top of the feed. */
export const MAX_PINNED = 5;

const ZPinned = z.boolean({ message: vk("validation.feed.pin") });

/** Admins pin (`true`) a published post as an announcement (shown first) or unpin it (`false`). Audited. */
export async function pinPost(actor: Actor, postId: string, raw: unknown): Promise<{ id: string; pinned: boolean }> {
  const { pinned } = parseInput(z.strictObject({ pinned: ZPinned }), { pinned: raw });
  return db.$transaction(async (tx) => {
    const { post, group } = await authorize(actor, "posts.pin", { postId }, { tx });
    if (pinned) {
      if (post.status !== "PUBLISHED") throw new AppError("CONFLICT", msg("errors.feed.onlyPublishedPinned"));
      if (post.pinnedAt) return { id: post.id, pinned: true };
      // Two admins pinning at once must not pass the cap together: pins in one group take turns.
      await tx.$executeRaw`SELECT 1 FROM "Group" WHERE id = ${post.groupId} FOR UPDATE`;
      const count = await tx.post.count({ where: { groupId: post.groupId, pinnedAt: { not: null } } });
      if (count >= MAX_PINNED) throw new AppError("CONFLICT", msg("errors.feed.tooManyPinned", { max: MAX_PINNED }));
      const { count: pinnedNow } = await tx.post.updateMany({
        where: { id: post.id, status: "PUBLISHED", pinnedAt: null },
        data: { pinnedAt: new Date() },
      });
      if (pinnedNow === 0) throw new AppError("CONFLICT", msg("errors.feed.changedMeanwhile"));
    } else {
      if (!post.pinnedAt) return { id: post.id, pinned: false };
      await tx.post.updateMany({ where: { id: post.id }, data: { pinnedAt: null } });
    }
    await recordAudit(tx, {
      groupId: post.groupId,
      actorId: actor!.id,
      action: pinned ? "post.pin" : "post.unpin",
      targetType: "post",
      targetId: post.id,
    });
    publicContentChanged({ groupSlug: group.slug });
    return { id: post.id, pinned };
  });
}
