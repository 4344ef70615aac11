import "server-only";
import { db } from "@/lib/db";
import { conflict, isUniqueViolation, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorize } from "@/lib/auth/authorize";
import { assertCanMatch, createPairing, lockApplications } from "./create-pairing";
import { ZMatchInput } from "./schemas";

export type MatchResult = { pairingId: string; threadId: string };

/** Matching transactions queue on the same rows: wait for the lock rather than fail. */
export const MATCH_TX = { maxWait: 10_000, timeout: 20_000 } as const;

/**
 * An admin matches a mentor with a mentee: the pairing, its thread, the introduction, both applications' state, the
 * audit event and both notifications, all of it or none of it. Two admins clicking at once are decided one after
 * the other on the locked rows; the loser gets a 409 saying why.
 */
export async function matchPair(actor: SessionUser, programId: string, raw: unknown): Promise<MatchResult> {
  const input = ZMatchInput.parse(raw);
  try {
    return await db.$transaction(async (tx) => {
      const context = await authorize(actor, "pairings.manage", { programId }, { tx });
      assertCanMatch(context);
      const locked = await lockApplications(tx, context, [input.menteeApplicationId, input.mentorApplicationId]);
      const { pairingId, threadId } = await createPairing(tx, context, actor.id, locked, input);
      return { pairingId, threadId };
    }, MATCH_TX);
  } catch (error) {
    // The partial unique index: another transaction gave this mentee an active pairing first.
    if (isUniqueViolation(error)) throw conflict(msg("errors.matching.justMatched"));
    throw error;
  }
}
