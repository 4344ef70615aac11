import "server-only";
import { db } from "@/lib/db";
import { conflict, isUniqueViolation, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/notify";
import { assertCanMatch, createPairing, lockApplications, lockMembers } from "@/lib/matching/create-pairing";
import { MATCH_TX } from "@/lib/matching/match-pair";
import { ZMovePairingInput } from "@/lib/matching/schemas";
import { closePairing } from "./end-pairing";
import { authorize } from "@/lib/auth/authorize";

/**
 * Moves a mentee to another mentor in one step: their pairing ends (the reason private to admins) and the new one
 * is made with its own thread and introduction. If the new pairing cannot be made (no place left, say), the old one
 * stays as it was. The old mentor is told the pairing ended; the mentee and the new mentor are introduced.
 */
export async function movePairing(
  actor: SessionUser,
  pairingId: string,
  raw: unknown,
): Promise<{ pairingId: string; threadId: string }> {
  const input = ZMovePairingInput.parse(raw);
  try {
    return await db.$transaction(async (tx) => {
      const context = await authorize(actor, "pairings.manage", { pairingId }, { tx });
      const { pairing, program, group } = context;
      await lockMembers(tx, context, [
        pairing.menteeApplicationId,
        pairing.mentorApplicationId,
        input.mentorApplicationId,
      ]);
      const [fresh] = await tx.$queryRaw<
        { state: string }[]
      >`SELECT state::text AS state FROM "Pairing" WHERE id = ${pairing.id} FOR UPDATE`;
      if (fresh?.state !== "ACTIVE") throw conflict(msg("errors.pairings.alreadyEnded"));
      assertCanMatch(context);
      if (input.mentorApplicationId === pairing.mentorApplicationId)
        throw conflict(msg("errors.pairings.chooseOtherMentor"));
      const locked = await lockApplications(tx, context, [
        pairing.menteeApplicationId,
        pairing.mentorApplicationId,
        input.mentorApplicationId,
      ]);
      await closePairing(tx, pairing, {
        reason: input.reason ?? "Moved to another mentor.",
        endedById: actor.id,
        mentee: "APPROVED",
      });
      const mentee = locked.get(pairing.menteeApplicationId);
      const oldMentor = locked.get(pairing.mentorApplicationId);
      if (mentee) mentee.state = "APPROVED";
      const made = await createPairing(
        tx,
        context,
        actor.id,
        locked,
        {
          menteeApplicationId: pairing.menteeApplicationId,
          mentorApplicationId: input.mentorApplicationId,
          introduction: input.introduction,
        },
        {
          menteeMoved: true,
        },
      );
      await recordAudit(tx, {
        groupId: group.id,
        actorId: actor.id,
        action: "pairing.move",
        targetType: "pairing",
        targetId: made.pairingId,
        data: { program: program.name, mentee: made.mentee.name, mentor: made.mentor.name, from: pairing.id },
      });
      await notify(tx, {
        recipients: [pairing.mentorId],
        kind: "pairing.ended",
        groupId: group.id,
        message: {
          key: "movedToAnotherMentor",
          values: {
            name: made.mentee.name,
            program: program.name,
            hasFirstName: oldMentor ? "yes" : "no",
            firstName: oldMentor?.name.split(" ")[0] ?? "",
          },
        },
        url: `/groups/${group.slug}/mentorship/${program.id}`,
        dedupeKey: `pairing-ended:${pairing.id}:${pairing.mentorId}`,
      });
      return { pairingId: made.pairingId, threadId: made.threadId };
    }, MATCH_TX);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(msg("errors.matching.justMatched"));
    throw error;
  }
}
