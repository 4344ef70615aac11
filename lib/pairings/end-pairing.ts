import "server-only";
import { db, type Tx } from "@/lib/db";
import { conflict, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/notify";
import { ZEndPairingInput } from "@/lib/matching/schemas";
import { MATCH_TX } from "@/lib/matching/match-pair";
import { authorize } from "@/lib/auth/authorize";
import type { PairingRecord } from "./scope";

type Ending = {
  reason: string;
  endedById: string | null;
  /** What becomes of the mentee's application: back to the board, or to the waitlist. */
  mentee: "APPROVED" | "WAITLISTED";
};

/** What closing a pairing needs of its row: the pairing and the two applications it holds. */
export type ClosingPairing = Pick<PairingRecord, "id" | "mentorApplicationId" | "menteeApplicationId">;

/**
 * Ends an active pairing inside the caller's transaction, which holds the pairing's row lock: the pairing is ENDED
 * with its private reason, the mentee's application goes back to approved (or the waitlist), and the mentor's goes
 * back to approved once they have no other active pair. The thread stays, read-only (the chat issue).
 */
export async function closePairing(tx: Tx, pairing: ClosingPairing, ending: Ending): Promise<void> {
  await tx.pairing.update({
    where: { id: pairing.id },
    data: { state: "ENDED", endedAt: new Date(), endReason: ending.reason, endedById: ending.endedById },
  });
  await tx.application.updateMany({
    where: { id: pairing.menteeApplicationId, state: "MATCHED" },
    data: { state: ending.mentee },
  });
  const others = await tx.pairing.count({
    where: { mentorApplicationId: pairing.mentorApplicationId, state: "ACTIVE" },
  });
  if (others === 0)
    await tx.application.updateMany({
      where: { id: pairing.mentorApplicationId, state: "MATCHED" },
      data: { state: "APPROVED" },
    });
}

/**
 * An admin ends a pairing early. The reason is kept for the program's admins; both participants are told the
 * pairing has ended, never why.
 */
export async function endPairing(actor: SessionUser, pairingId: string, raw: unknown): Promise<{ id: string }> {
  const input = ZEndPairingInput.parse(raw);
  return db.$transaction(async (tx) => {
    const { pairing, program, group } = await authorize(
      actor,
      "pairings.manage",
      { pairingId },
      { tx, lock: "update" },
    );
    if (pairing.state !== "ACTIVE") throw conflict(msg("errors.pairings.alreadyEnded"));
    if (program.archivedAt) throw conflict(msg("errors.pairings.programArchived"));
    await closePairing(tx, pairing, {
      reason: input.reason,
      endedById: actor.id,
      mentee: input.mentee === "waitlist" ? "WAITLISTED" : "APPROVED",
    });
    const people = await tx.user.findMany({
      where: { id: { in: [pairing.mentorId, pairing.menteeId] } },
      select: { id: true, name: true },
    });
    const name = (id: string) => people.find((p) => p.id === id)?.name ?? "your partner";
    await recordAudit(tx, {
      groupId: group.id,
      actorId: actor.id,
      action: "pairing.end",
      targetType: "pairing",
      targetId: pairing.id,
      data: { program: program.name, mentor: name(pairing.mentorId), mentee: name(pairing.menteeId) },
    });
    for (const [who, other] of [
      [pairing.menteeId, pairing.mentorId],
      [pairing.mentorId, pairing.menteeId],
    ] as const)
      await notify(tx, {
        recipients: [who],
        kind: "pairing.ended",
        groupId: group.id,
        message: { key: "endedByAdmins", values: { name: name(other), program: program.name } },
        url: `/groups/${group.slug}/mentorship/${program.id}`,
        dedupeKey: `pairing-ended:${pairing.id}:${who}`,
      });
    return { id: pairing.id };
  }, MATCH_TX);
}
