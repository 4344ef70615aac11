import "server-only";
import { db } from "@/lib/db";
import { conflict, invalid, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { notify } from "@/lib/notifications/notify";
import { authorize } from "@/lib/auth/authorize";
import { clockStart } from "./progress";
import { ZCheckInInput } from "./schemas";

export type CheckInResult = { stepId: string; complete: boolean; created: boolean };

/**
 * A participant writes (or edits) their check-in on a step: a short reflection and how it is going, once the
 * pair's clock has started (decision 015). Editing is possible until the step completes (both have checked in). On
 * the goal step the pair's goal can be set too. The pairing's row lock makes two check-ins at once see each other,
 * so exactly one of them completes the step.
 */
export async function saveCheckIn(actor: SessionUser, pairingId: string, raw: unknown): Promise<CheckInResult> {
  const input = ZCheckInInput.parse(raw);
  return db.$transaction(async (tx) => {
    const { pairing, group, side } = await authorize(actor, "pairing.checkin", { pairingId }, { tx, lock: "update" });
    // The steps open with the pair's clock (decision 015): not while the program is still taking applications.
    if (!clockStart(pairing.startedAt, pairing.program.startedAt))
      throw conflict(msg("errors.pairings.checkInsNotOpen", { program: pairing.program.name }));
    const step = await tx.programStep.findFirst({
      where: { id: input.stepId, programId: pairing.programId, removedAt: null },
      select: { id: true, title: true, isGoalStep: true },
    });
    if (!step) throw invalid({ stepId: [msg("errors.pairings.stepNotInProgram")] });
    if (input.goal && !step.isGoalStep) throw invalid({ goal: [msg("errors.pairings.goalOnGoalStep")] });
    const partnerId = side === "MENTOR" ? pairing.menteeId : pairing.mentorId;
    const existing = await tx.checkIn.findMany({
      where: { pairingId: pairing.id, stepId: step.id },
      select: { userId: true },
    });
    const mine = existing.some((c) => c.userId === actor.id);
    const theirs = existing.some((c) => c.userId === partnerId);
    if (mine && theirs) throw conflict(msg("errors.pairings.stepComplete"));

    await tx.checkIn.upsert({
      where: { pairingId_stepId_userId: { pairingId: pairing.id, stepId: step.id, userId: actor.id } },
      create: {
        pairingId: pairing.id,
        stepId: step.id,
        userId: actor.id,
        reflection: input.reflection,
        rating: input.rating,
      },
      update: { reflection: input.reflection, rating: input.rating },
    });
    await tx.pairing.update({
      where: { id: pairing.id },
      data: {
        lastActivityAt: new Date(),
        stalledAt: null,
        ...(input.goal ? { goal: input.goal } : {}),
      },
    });
    const complete = theirs;
    if (!mine)
      await notify(tx, {
        recipients: [partnerId],
        kind: "pairing.checked_in",
        groupId: group.id,
        message: complete
          ? { key: "stepComplete", values: { step: step.title } }
          : { key: "checkedIn", values: { name: actor.name, step: step.title } },
        url: `/pairings/${pairing.id}`,
        dedupeKey: `checked-in:${pairing.id}:${step.id}:${actor.id}`,
      });
    return { stepId: step.id, complete, created: !mine };
  });
}
