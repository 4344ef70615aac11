import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertPlausibleKey, conflict, invalid, msg, notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { assertSameItems, auditEdit, loadEditableProgram, setPositions } from "./editor";
import { MAX_STEPS, ZOrderInput, ZStepInput, ZStepUpdateInput, type StepInput } from "./schemas";

/**
 * The guided steps editor. A step a pair has checked in on is "reached": it no longer changes or moves, and
 * removing it retires it (hidden from pairs who have not reached it, kept for the check-ins that point at it), so an
 * edit after pairings started applies only to steps not yet reached and never erases a check-in.
 */

function checkDueWeek(dueWeek: number | undefined, lengthWeeks: number | null) {
  if (dueWeek !== undefined && lengthWeeks !== null && dueWeek > lengthWeeks)
    throw invalid({ dueWeek: [msg("errors.programs.dueWeekTooLate", { weeks: lengthWeeks })] });
}

/** The one goal step: marking a step as the goal step unmarks the others. */
async function clearGoalStep(tx: Tx, programId: string, except: string) {
  await tx.programStep.updateMany({
    where: { programId, id: { not: except }, isGoalStep: true },
    data: { isGoalStep: false },
  });
}

async function currentSteps(tx: Tx, programId: string) {
  return tx.programStep.findMany({
    where: { programId, removedAt: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, _count: { select: { checkIns: true } } },
  });
}

export async function addStep(actor: SessionUser, programId: string, raw: unknown): Promise<{ id: string }> {
  const input: StepInput = ZStepInput.parse(raw);
  return db.$transaction(async (tx) => {
    const context = await loadEditableProgram(actor, programId, tx, "steps");
    checkDueWeek(input.dueWeek, context.program.lengthWeeks);
    const count = await tx.programStep.count({ where: { programId, removedAt: null } });
    if (count >= MAX_STEPS) throw conflict(msg("errors.programs.tooManySteps", { max: MAX_STEPS }));
    const step = await tx.programStep.create({
      data: { programId, position: count, ...input },
      select: { id: true },
    });
    if (input.isGoalStep) await clearGoalStep(tx, programId, step.id);
    await auditEdit(tx, actor, context, "program.steps", "add");
    return step;
  });
}

async function loadStep(tx: Tx, stepId: string) {
  assertPlausibleKey(stepId);
  const step = await tx.programStep.findUnique({
    where: { id: stepId },
    select: { id: true, programId: true, removedAt: true, _count: { select: { checkIns: true } } },
  });
  if (!step || step.removedAt) throw notFound();
  return step;
}

/** The step's program, authorized and locked; then the step again, as it is under the lock. */
async function editableStep(actor: SessionUser, stepId: string, tx: Tx) {
  const found = await loadStep(tx, stepId);
  const context = await loadEditableProgram(actor, found.programId, tx, "steps");
  return { context, step: await loadStep(tx, stepId) };
}

export async function updateStep(actor: SessionUser, stepId: string, raw: unknown): Promise<{ id: string }> {
  const input = ZStepUpdateInput.parse(raw);
  return db.$transaction(async (tx) => {
    const { context, step } = await editableStep(actor, stepId, tx);
    if (step._count.checkIns > 0) throw conflict(msg("errors.programs.stepCheckedIn"));
    checkDueWeek(input.dueWeek, context.program.lengthWeeks);
    await tx.programStep.update({ where: { id: step.id }, data: input });
    if (input.isGoalStep) await clearGoalStep(tx, step.programId, step.id);
    await auditEdit(tx, actor, context, "program.steps", "edit");
    return { id: step.id };
  });
}

export async function removeStep(
  actor: SessionUser,
  stepId: string,
): Promise<{ id: string; outcome: "deleted" | "retired" }> {
  return db.$transaction(async (tx) => {
    const { context, step } = await editableStep(actor, stepId, tx);
    // A check-in arriving meanwhile points at the step (a restricting foreign key): lock the row first.
    await tx.$queryRaw`SELECT id FROM "ProgramStep" WHERE id = ${step.id} FOR UPDATE`;
    const reached = (await tx.checkIn.count({ where: { stepId: step.id } })) > 0;
    if (reached)
      await tx.programStep.update({ where: { id: step.id }, data: { removedAt: new Date(), isGoalStep: false } });
    else await tx.programStep.delete({ where: { id: step.id } });
    await setPositions(
      tx,
      "ProgramStep",
      (await currentSteps(tx, step.programId)).map((s) => s.id),
    );
    await auditEdit(tx, actor, context, "program.steps", "remove");
    return { id: step.id, outcome: reached ? "retired" : "deleted" };
  });
}

/** The new order names every current step exactly once, and steps pairs have reached keep their place. */
export async function reorderSteps(actor: SessionUser, programId: string, raw: unknown): Promise<{ ids: string[] }> {
  const { ids } = ZOrderInput.parse(raw);
  return db.$transaction(async (tx) => {
    const context = await loadEditableProgram(actor, programId, tx, "steps");
    const current = await currentSteps(tx, programId);
    assertSameItems(ids, current, "steps");
    if (current.some((s, position) => s._count.checkIns > 0 && ids[position] !== s.id))
      throw conflict(msg("errors.programs.stepsReached"));
    await setPositions(tx, "ProgramStep", ids);
    await auditEdit(tx, actor, context, "program.steps", "reorder");
    return { ids };
  });
}
