import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { authorizeProgram, type ProgramContext } from "./scope";
import { MAX_QUESTIONS_PER_ROLE, ZOrderInput, ZRole } from "./schemas";
import { ZQuestionInput } from "./question-schema";

/**
 * The application questions editor, per role. Answers are kept by question id, so editing a label keeps them;
 * changing the kind of a question someone already answered is refused (their answer would no longer fit).
 */

/** `{ role, ...question }`: the role parsed beside the question's own (strict) schema, errors from both at once. */
function parseAddQuestion(raw: unknown) {
  const { role, ...rest } = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const r = z.object({ role: ZRole }).safeParse({ role });
  const q = ZQuestionInput.safeParse(raw && typeof raw === "object" ? rest : raw);
  if (!r.success || !q.success) throw new z.ZodError([...(r.error?.issues ?? []), ...(q.error?.issues ?? [])]);
  return { role: r.data.role, ...q.data };
}
const ZReorderQuestionsInput = ZOrderInput.extend({ role: ZRole });

async function editable(actor: SessionUser, programId: string, tx: Tx): Promise<ProgramContext> {
  const context = await authorizeProgram(actor, "mentorship.manage", programId, tx, { lock: true });
  if (context.program.archivedAt) throw conflict("This program is archived and can no longer change.");
  if (context.program.state === "CLOSED") throw conflict("This program is closed; its questions can no longer change.");
  return context;
}

async function audit(tx: Tx, actor: SessionUser, { group, program }: ProgramContext, change: string) {
  await recordAudit(tx, {
    groupId: group.id,
    actorId: actor.id,
    action: "program.questions",
    targetType: "program",
    targetId: program.id,
    data: { program: program.name, change },
  });
}

async function loadQuestion(tx: Tx, questionId: string) {
  const question = await tx.applicationQuestion.findUnique({
    where: { id: questionId },
    select: { id: true, programId: true, role: true, kind: true },
  });
  if (!question) throw notFound();
  return question;
}

async function renumber(tx: Tx, programId: string, role: string) {
  await tx.$executeRaw`
    UPDATE "ApplicationQuestion" q SET position = o.n - 1
    FROM (SELECT id, row_number() OVER (ORDER BY position, "createdAt") AS n
          FROM "ApplicationQuestion" WHERE "programId" = ${programId} AND role::text = ${role}) o
    WHERE q.id = o.id AND q.position <> o.n - 1`;
}

export async function addQuestion(actor: SessionUser, programId: string, raw: unknown): Promise<{ id: string }> {
  const { role, ...input } = parseAddQuestion(raw);
  return db.$transaction(async (tx) => {
    const context = await editable(actor, programId, tx);
    const count = await tx.applicationQuestion.count({ where: { programId, role } });
    if (count >= MAX_QUESTIONS_PER_ROLE)
      throw conflict(`Ask at most ${MAX_QUESTIONS_PER_ROLE} questions of each role.`);
    const question = await tx.applicationQuestion.create({
      data: { programId, role, position: count, ...input },
      select: { id: true },
    });
    await audit(tx, actor, context, "add");
    return question;
  });
}

export async function updateQuestion(actor: SessionUser, questionId: string, raw: unknown): Promise<{ id: string }> {
  const input = ZQuestionInput.parse(raw);
  return db.$transaction(async (tx) => {
    const found = await loadQuestion(tx, questionId);
    const context = await editable(actor, found.programId, tx);
    const question = await loadQuestion(tx, questionId);
    if (input.kind !== question.kind) {
      const [counted] = await tx.$queryRaw<{ answered: bigint }[]>`
        SELECT count(*) AS answered FROM "Application"
        WHERE "programId" = ${question.programId} AND answers ? ${question.id}`;
      if ((counted?.answered ?? 0n) > 0n)
        throw conflict("People have already answered this question, so its kind can no longer change.", {
          kind: ["People have already answered this question."],
        });
    }
    await tx.applicationQuestion.update({ where: { id: question.id }, data: input });
    await audit(tx, actor, context, "edit");
    return { id: question.id };
  });
}

export async function removeQuestion(actor: SessionUser, questionId: string): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const found = await loadQuestion(tx, questionId);
    const context = await editable(actor, found.programId, tx);
    const question = await loadQuestion(tx, questionId);
    await tx.applicationQuestion.delete({ where: { id: question.id } });
    await renumber(tx, question.programId, question.role);
    await audit(tx, actor, context, "remove");
    return { id: question.id };
  });
}

export async function reorderQuestions(
  actor: SessionUser,
  programId: string,
  raw: unknown,
): Promise<{ ids: string[] }> {
  const { ids, role } = ZReorderQuestionsInput.parse(raw);
  return db.$transaction(async (tx) => {
    const context = await editable(actor, programId, tx);
    const current = await tx.applicationQuestion.findMany({ where: { programId, role }, select: { id: true } });
    const known = new Set(current.map((q) => q.id));
    if (ids.length !== known.size || new Set(ids).size !== ids.length || !ids.every((id) => known.has(id)))
      throw conflict("The questions changed since you loaded the page. Reload and try again.");
    for (const [position, id] of ids.entries())
      await tx.applicationQuestion.update({ where: { id }, data: { position } });
    await audit(tx, actor, context, "reorder");
    return { ids };
  });
}

export { ZReorderQuestionsInput };
