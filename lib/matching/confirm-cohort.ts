import "server-only";
import { db } from "@/lib/db";
import { AppError, conflict, isUniqueViolation, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorize } from "@/lib/auth/authorize";
import { assertCanMatch, createPairing, lockApplications } from "./create-pairing";
import { MATCH_TX } from "./match-pair";
import { ZConfirmCohortInput } from "./schemas";

export type ConfirmCohortResult = { created: number; pairings: { pairingId: string; menteeApplicationId: string }[] };

/**
 * The admin confirms the pairs they kept from a cohort draft. Every application involved is locked first, in id
 * order, then each pair is made exactly as a single match would be. All of them are made or none: if one pair can
 * no longer be made (someone matched that mentee meanwhile, a mentor is full), the 409 names the pair and nothing
 * changes, so the admin can fix that pair and confirm again.
 */
export async function confirmCohort(actor: SessionUser, programId: string, raw: unknown): Promise<ConfirmCohortResult> {
  const input = ZConfirmCohortInput.parse(raw);
  try {
    return await db.$transaction(
      async (tx) => {
        const context = await authorize(actor, "pairings.manage", { programId }, { tx });
        assertCanMatch(context);
        const locked = await lockApplications(
          tx,
          context,
          input.pairs.flatMap((p) => [p.menteeApplicationId, p.mentorApplicationId]),
        );
        const pairings: ConfirmCohortResult["pairings"] = [];
        for (const [index, pair] of input.pairs.entries()) {
          try {
            const made = await createPairing(tx, context, actor.id, locked, pair);
            pairings.push({ pairingId: made.pairingId, menteeApplicationId: pair.menteeApplicationId });
          } catch (error) {
            if (!(error instanceof AppError) || error.code !== "CONFLICT") throw error;
            const mentee = locked.get(pair.menteeApplicationId)?.name ?? msg("errors.matching.someMentee");
            const mentor = locked.get(pair.mentorApplicationId)?.name ?? msg("errors.matching.someMentor");
            throw conflict(msg("errors.matching.cohortPairFailed", { mentee, mentor, reason: error.messageRef }), {
              [`pairs.${index}`]: [error.messageRef],
            });
          }
        }
        return { created: pairings.length, pairings };
      },
      { ...MATCH_TX, timeout: 60_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(msg("errors.matching.cohortRace"));
    throw error;
  }
}
