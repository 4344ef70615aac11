import "server-only";
import { db } from "@/lib/db";
import { conflict, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import { ZExclusionInput } from "./schemas";

/**
 * "Never suggest this mentor for this mentee", or undo it. Exclusions shape suggestions and cohort drafts only;
 * the admin can still match the two by hand.
 */
export async function setExclusion(
  actor: SessionUser,
  programId: string,
  raw: unknown,
): Promise<{ excluded: boolean }> {
  const input = ZExclusionInput.parse(raw);
  return db.$transaction(async (tx) => {
    const { program, group } = await authorize(actor, "pairings.manage", { programId }, { tx });
    const found = await tx.application.findMany({
      where: { id: { in: [input.menteeApplicationId, input.mentorApplicationId] }, programId: program.id },
      select: { id: true, role: true },
    });
    const mentee = found.find((a) => a.id === input.menteeApplicationId && a.role === "MENTEE");
    const mentor = found.find((a) => a.id === input.mentorApplicationId && a.role === "MENTOR");
    if (!mentee || !mentor) throw conflict(msg("errors.matching.chooseFromProgram"));
    const key = { menteeApplicationId: mentee.id, mentorApplicationId: mentor.id };
    if (input.excluded) {
      await tx.matchExclusion.upsert({
        where: { menteeApplicationId_mentorApplicationId: key },
        create: { ...key, programId: program.id, createdById: actor.id },
        update: {},
      });
    } else {
      await tx.matchExclusion.deleteMany({ where: key });
    }
    await recordAudit(tx, {
      groupId: group.id,
      actorId: actor.id,
      action: input.excluded ? "matching.exclude" : "matching.include",
      targetType: "program",
      targetId: program.id,
      data: { program: program.name, ...key },
    });
    return { excluded: input.excluded };
  });
}
