import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, msg } from "@/lib/errors";
import { type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import type { ContentTarget } from "./access";
import { ZReactionInput, type ReactionKind, parseInput } from "./schemas";
import type { ReactionSummaryDto } from "./dto";
import { requireVerified } from "@/lib/accounts/verification";

export type ReactionTarget = ContentTarget;

async function summary(tx: Tx, target: ReactionTarget, mine: ReactionKind | null): Promise<ReactionSummaryDto> {
  const rows = await tx.reaction.groupBy({ by: ["kind"], where: target, _count: { _all: true } });
  const counts: ReactionSummaryDto["counts"] = {};
  let total = 0;
  for (const r of rows) {
    counts[r.kind] = r._count._all;
    total += r._count._all;
  }
  return { counts, total, mine };
}

/**
 * Sets or changes (`{ kind }`, as the API's body sends it) or clears (`null`) the actor's one reaction on a post or
 * a comment they can see. Muted members may still react. Returns the target's counts after the change.
 */
export async function setReaction(actor: Actor, target: ReactionTarget, raw: unknown): Promise<ReactionSummaryDto> {
  const chosen: ReactionKind | null = raw === null ? null : parseInput(ZReactionInput, raw).kind;
  return db.$transaction(async (tx) => {
    const { post, comment, content } = await authorize(actor, "reactions.create", target, { tx });
    await requireVerified(tx, actor);
    if (post.status !== "PUBLISHED" || content.status !== "PUBLISHED")
      throw new AppError("CONFLICT", msg("errors.feed.reactWhenPublished"));
    const userId = actor!.id;
    const key: ReactionTarget = comment ? { commentId: comment.id } : { postId: post.id };
    if (chosen === null) {
      await tx.reaction.deleteMany({ where: { ...key, userId } });
    } else if (comment) {
      await tx.reaction.upsert({
        where: { commentId_userId: { commentId: comment.id, userId } },
        create: { commentId: comment.id, userId, kind: chosen },
        update: { kind: chosen },
      });
    } else {
      await tx.reaction.upsert({
        where: { postId_userId: { postId: post.id, userId } },
        create: { postId: post.id, userId, kind: chosen },
        update: { kind: chosen },
      });
    }
    return summary(tx, key, chosen);
  });
}
