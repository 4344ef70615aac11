import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import type { PairingContext } from "./scope";
import { clockStart, progressOf } from "./progress";
import type { CheckInDto, PairSpaceDto } from "./dto";
import { avatarPhoto } from "@/lib/photos/url";

const toCheckIn = (c: { reflection: string; rating: number; updatedAt: Date }): CheckInDto => ({
  reflection: c.reflection,
  rating: c.rating,
  updatedAt: c.updatedAt.toISOString(),
});

/**
 * The pair's space, for its two participants only (everyone else, admins included, gets NOT_FOUND): the
 * introduction, the goal, the steps with due dates (from the pair's clock, decision 015) and check-ins, and where
 * they are; check-ins open once the clock has started. The other participant's check-in on a step is shown once
 * you have written yours. Never the reason a pairing was ended.
 */
export async function getPairSpace(actor: Actor, pairingId: string): Promise<PairSpaceDto> {
  const context = await authorize(actor, "pairing.read", { pairingId });
  return pairSpaceOf(actor!.id, context);
}

/**
 * The space for a reader already let in: the loader's context has the pairing, its people and its thread; the
 * steps, check-ins and the reader's feedback are one more statement (relation joins).
 */
async function pairSpaceOf(me: string, context: PairingContext): Promise<PairSpaceDto> {
  const { pairing, group, side, people } = context;
  const partnerId = side === "MENTOR" ? pairing.menteeId : pairing.mentorId;
  const partner = side === "MENTOR" ? people.mentee : people.mentor;
  const rows = await db.pairing.findUniqueOrThrow({
    where: { id: pairing.id },
    select: {
      program: {
        select: {
          steps: {
            where: { removedAt: null },
            orderBy: { position: "asc" },
            select: {
              id: true,
              position: true,
              title: true,
              guidance: true,
              prompts: true,
              dueWeek: true,
              isGoalStep: true,
            },
          },
        },
      },
      checkIns: { select: { stepId: true, userId: true, reflection: true, rating: true, updatedAt: true } },
      feedback: { where: { userId: me }, take: 1, select: { id: true } },
    },
  });
  const steps = rows.program.steps;
  const checkIns = rows.checkIns;
  const feedback = rows.feedback[0] ?? null;
  const clockStartedAt = clockStart(pairing.startedAt, pairing.program.startedAt);
  const progress = progressOf(steps, checkIns, { ...pairing, clockStartedAt });
  const entry = (stepId: string, userId: string) => checkIns.find((c) => c.stepId === stepId && c.userId === userId);
  const active = pairing.state === "ACTIVE";
  return {
    id: pairing.id,
    state: pairing.state,
    side: side!,
    program: { id: pairing.program.id, name: pairing.program.name, groupSlug: group.slug, groupName: group.name },
    partner: {
      id: partner.id,
      name: partner.name,
      image: partner.image,
      timeZone: partner.timeZone,
      photo: avatarPhoto(partner),
    },
    introduction: pairing.introduction,
    goal: pairing.goal,
    startedAt: pairing.startedAt.toISOString(),
    clockStartedAt: clockStartedAt?.toISOString() ?? null,
    completedAt: pairing.completedAt?.toISOString() ?? null,
    endedAt: pairing.endedAt?.toISOString() ?? null,
    threadId: context.threadId,
    steps: progress.steps.map((step) => {
      const mine = entry(step.id, me);
      const theirs = entry(step.id, partnerId);
      return {
        id: step.id,
        position: step.position,
        title: step.title,
        guidance: step.guidance,
        prompts: step.prompts,
        dueWeek: step.dueWeek,
        dueAt: step.dueAt?.toISOString() ?? null,
        isGoalStep: step.isGoalStep,
        complete: step.complete,
        // Before the clock starts no step is current yet: the pair reads what is ahead.
        current: clockStartedAt !== null && step.id === progress.currentStepId,
        mine: mine ? toCheckIn(mine) : null,
        theirs: !theirs
          ? { status: "waiting" }
          : mine
            ? { status: "shared", ...toCheckIn(theirs) }
            : { status: "hidden" },
      };
    }),
    progress: {
      done: progress.done,
      total: progress.total,
      percent: progress.percent,
      allComplete: progress.allComplete,
    },
    completion: {
      proposedBy: !pairing.completionProposedById ? null : pairing.completionProposedById === me ? "me" : "partner",
      proposedAt: pairing.completionProposedAt?.toISOString() ?? null,
    },
    feedback: { given: feedback !== null, canGive: pairing.state === "COMPLETED" && feedback === null },
    canCheckIn: active && clockStartedAt !== null,
  };
}
