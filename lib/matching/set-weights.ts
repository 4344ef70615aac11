import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import type { Weights } from "./scoring";
import { ZWeights } from "./weights-schema";

/** The admin tunes how much each signal counts in this program's suggestions (0 switches a signal off). */
export async function setMatchingWeights(actor: SessionUser, programId: string, raw: unknown): Promise<Weights> {
  const weights = ZWeights.parse(raw);
  return db.$transaction(async (tx) => {
    const { program, group } = await authorize(actor, "pairings.manage", { programId }, { tx, lock: "update" });
    await tx.program.update({ where: { id: program.id }, data: { matchingWeights: weights } });
    await recordAudit(tx, {
      groupId: group.id,
      actorId: actor.id,
      action: "matching.weights",
      targetType: "program",
      targetId: program.id,
      data: { program: program.name, ...weights },
    });
    return weights;
  });
}
