import "server-only";
import { db } from "@/lib/db";
import { conflict, isUniqueViolation, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorize } from "@/lib/auth/authorize";
import { ZFeedbackInput } from "./schemas";

/**
 * A participant's feedback on a completed mentorship: a rating, "would you recommend this program" (0–10, for the
 * NPS) and a comment, shown to the admins without the name unless the participant chose otherwise. Once each.
 */
export async function giveFeedback(actor: SessionUser, pairingId: string, raw: unknown): Promise<{ id: string }> {
  const input = ZFeedbackInput.parse(raw);
  try {
    return await db.$transaction(async (tx) => {
      const { pairing } = await authorize(actor, "pairing.read", { pairingId }, { tx });
      if (pairing.state !== "COMPLETED") throw conflict(msg("errors.pairings.feedbackNotYet"));
      return tx.feedback.create({
        data: { pairingId: pairing.id, userId: actor.id, ...input },
        select: { id: true },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(msg("errors.pairings.feedbackGiven"));
    throw error;
  }
}
