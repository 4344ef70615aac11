import "server-only";
import { db, type Tx } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { authorizeProgram, type ProgramContext } from "./scope";
import { MAX_STEPS, ZOrderInput, ZStepInput, ZStepUpdateInput, type StepInput } from "./schemas";

/**
 * The guided steps editor. A step a pair has checked in on is "reached": it no longer changes, and removing it
 * retires it (hidden from pairs who have not reached it, kept for the check-ins that point at it), so an edit
 * after pairings started applies only to steps not yet reached and never erases a check-in.
 */

async function editable(actor: SessionUser, programId: string, tx: Tx): Promise<ProgramContext> {
  const context = await authorizeProgram(actor, "mentorship.manage", programId, tx, { lock: true });
  if (context.program.archivedAt) throw conflict("This program is archived and can no longer change.");
  if (context.program.state === "CLOSED") throw conflict("This program is closed; its steps can no longer change.");
  return context;
}

function checkDueWeek(dueWeek: number | undefined, lengthWeeks: number | null) {
  if (dueWeek !== undefined && lengthWeeks !== null && dueWeek > lengthWeeks)
    throw invalid({ dueWeek: [`The program lasts ${lengthWeeks} weeks: choose week ${lengthWeeks} or earlier.`] });
}

/** The one goal step: marking a step as the goal step unmarks the others. */
async function clearGoalStep(tx: Tx, programId: string, except: string) {
  await tx.programStep.updateMany({
    where: { programId, id: { not: except }, isGoalStep: true },
    data: { isGoalStep: false },
  });
}

async function renumber(tx: Tx, programId: string) {
  await tx.$executeRaw`
    UPDATE "ProgramStep" s SET position = o.n - 1
    FROM (SELECT id, row_number() OVER (ORDER BY position, "createdAt") AS n
          FROM "ProgramStep" WHERE "programId" = ${programId} AND "removedAt" IS NULL) o
    WHERE s.id = o.id AND s.position <> o.n - 1`;
}

async function audit(tx: Tx, actor: SessionUser, { group, program }: ProgramContext, change: string) {
  await recordAudit(tx, {
    groupId: group.id,
    actorId: actor.id,
    action: "program.steps",
    targetType: "program",
    targetId: program.id,
    data: { program: program.name, change },
  });
}

export async function addStep(actor: SessionUser, programId: string, raw: unknown): Promise<{ id: string }> {
  const input: StepInput = ZStepInput.parse(raw);
  return db.$transaction(async (tx) => {
    const context = await editable(actor, programId, tx);
    checkDueWeek(input.dueWeek, context.program.lengthWeeks);
    const count = await tx.programStep.count({ where: { programId, removedAt: null } });
    if (count >= MAX_STEPS) throw conflict(`A program has at most ${MAX_STEPS} steps.`);
    const step = await tx.programStep.create({
      data: { programId, position: count, ...input },
      select: { id: true },
    });
    if (input.isGoalStep) await clearGoalStep(tx, programId, step.id);
    await audit(tx, actor, context, "add");
    return step;
  });
}

async function loadStep(tx: Tx, stepId: string) {
  const step = await tx.programStep.findUnique({
    where: { id: stepId },
    select: { id: true, programId: true, removedAt: true, _count: { select: { checkIns: true } } },
  });
  if (!step || step.removedAt) throw notFound();
  return step;
}

export async function updateStep(actor: SessionUser, stepId: string, raw: unknown): Promise<{ id: string }> {
  const input = ZStepUpdateInput.parse(raw);
  return db.$transaction(async (tx) => {
    const found = await loadStep(tx, stepId);
    const context = await editable(actor, found.programId, tx);
    const step = await loadStep(tx, stepId); // again, under the program's lock
    if (step._count.checkIns > 0)
      throw conflict("Pairs have already checked in on this step, so it can no longer change.");
    checkDueWeek(input.dueWeek, context.program.lengthWeeks);
    await tx.programStep.update({ where: { id: step.id }, data: input });
    if (input.isGoalStep) await clearGoalStep(tx, step.programId, step.id);
    await audit(tx, actor, context, "edit");
    return { id: step.id };
  });
}

export async function removeStep(
  actor: SessionUser,
  stepId: string,
): Promise<{ id: string; outcome: "deleted" | "retired" }> {
  return db.$transaction(async (tx) => {
    const found = await loadStep(tx, stepId);
    const context = await editable(actor, found.programId, tx);
    const step = await loadStep(tx, stepId);
    const outcome = step._count.checkIns > 0 ? "retired" : "deleted";
    if (outcome === "retired")
      await tx.programStep.update({ where: { id: step.id }, data: { removedAt: new Date(), isGoalStep: false } });
    else await tx.programStep.delete({ where: { id: step.id } });
    await renumber(tx, step.programId);
    await audit(tx, actor, context, "remove");
    return { id: step.id, outcome };
  });
}

/** The new order names every current step exactly once. */
export async function reorderSteps(actor: SessionUser, programId: string, raw: unknown): Promise<{ ids: string[] }> {
  const { ids } = ZOrderInput.parse(raw);
  return db.$transaction(async (tx) => {
    const context = await editable(actor, programId, tx);
    const current = await tx.programStep.findMany({ where: { programId, removedAt: null }, select: { id: true } });
    const known = new Set(current.map((s) => s.id));
    if (ids.length !== known.size || new Set(ids).size !== ids.length || !ids.every((id) => known.has(id)))
      throw conflict("The steps changed since you loaded the page. Reload and try again.");
    for (const [position, id] of ids.entries()) await tx.programStep.update({ where: { id }, data: { position } });
    await audit(tx, actor, context, "reorder");
    return { ids };
  });
}
