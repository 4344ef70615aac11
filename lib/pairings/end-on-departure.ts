import "server-only";
import type { Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/notify";
import { closePairing } from "./end-pairing";
import type { PairingRecord } from "./scope";

const REASONS = {
  left: "left the group",
  removed: "was removed from the group",
  banned: "was banned from the group",
} as const;

/**
 * Someone stopped being a member of a group (they left, or were removed or banned): every active pairing they
 * have in the group's programs ends, inside the caller's transaction, and the person still there is told, without
 * any detail beyond "is no longer a member". The one who stays goes back to the board to be matched again.
 */
export async function endPairingsOnDeparture(
  tx: Tx,
  input: { groupId: string; userId: string; actorId: string; why: keyof typeof REASONS },
): Promise<number> {
  const pairings = await tx.$queryRaw<
    (Pick<
      PairingRecord,
      "id" | "programId" | "state" | "mentorApplicationId" | "menteeApplicationId" | "mentorId" | "menteeId"
    > & { programName: string; slug: string; departed: string })[]
  >`
    SELECT p.id, p."programId", p.state::text AS state, p."mentorApplicationId", p."menteeApplicationId",
      p."mentorId", p."menteeId", pr.name AS "programName", g.slug, u.name AS departed
    FROM "Pairing" p
    JOIN "Program" pr ON pr.id = p."programId"
    JOIN "Group" g ON g.id = pr."groupId"
    JOIN "User" u ON u.id = ${input.userId}
    WHERE pr."groupId" = ${input.groupId} AND p.state = 'ACTIVE'
      AND (p."mentorId" = ${input.userId} OR p."menteeId" = ${input.userId})
    ORDER BY p.id
    FOR UPDATE OF p`;
  for (const pairing of pairings) {
    await closePairing(tx, pairing, {
      reason: `${pairing.departed} ${REASONS[input.why]}.`,
      endedById: input.actorId,
      mentee: "APPROVED",
    });
    const stays = pairing.mentorId === input.userId ? pairing.menteeId : pairing.mentorId;
    await recordAudit(tx, {
      groupId: input.groupId,
      actorId: input.actorId,
      action: "pairing.end",
      targetType: "pairing",
      targetId: pairing.id,
      data: { program: pairing.programName, departed: pairing.departed },
    });
    await notify(tx, {
      recipients: [stays],
      kind: "pairing.ended",
      groupId: input.groupId,
      message: { key: "endedOnDeparture", values: { name: pairing.departed, program: pairing.programName } },
      url: `/groups/${pairing.slug}/mentorship/${pairing.programId}`,
      dedupeKey: `pairing-ended:${pairing.id}:${stays}`,
    });
  }
  return pairings.length;
}
