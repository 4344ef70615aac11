import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { assertPlausibleKey, conflict, msg, notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { assertSameItems, auditEdit, loadEditableProgram, setPositions } from "./editor";
import { MAX_QUESTIONS_PER_ROLE, ZReorderQuestionsInput, ZRole } from "./schemas";
import { ZQuestionInput } from "./question-schema";

/**
 * The application questions editor, per role. Answers are kept by question id, so editing a label keeps them;
 * changing the kind of a question someone already answered is refused (their answer would no longer fit), and
 * an opened program keeps at least one question for each role.
 */

/** `{ role, ...question }`: the role parsed beside the question's own (strict) schema, errors from both at once. */
function parseAddQuestion(raw: unknown) {
  const { role, ...rest } = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const r = z.object({ role: ZRole }).safeParse({ role });
  const q = ZQuestionInput.safeParse(raw && typeof raw === "object" ? rest : raw);
  if (!r.success || !q.success) throw new z.ZodError([...(r.error?.issues ?? []), ...(q.error?.issues ?? [])]);
  return { role: r.data.role, ...q.data };
}

async function loadQuestion(tx: Tx, questionId: string) {
  assertPlausibleKey(questionId);
  const question = await tx.applicationQuestion.findUnique({
    where: { id: questionId },
    select: { id: true, programId: true, role: true, kind: true },
  });
  if (!question) throw notFound();
  return question;
}

/** The question's program, authorized and locked; then the question again, as it is under the lock. */
async function editableQuestion(actor: SessionUser, questionId: string, tx: Tx) {
  const found = await loadQuestion(tx, questionId);
  const context = await loadEditableProgram(actor, found.programId, tx, "questions");
  return { context, question: await loadQuestion(tx, questionId) };
}

function currentQuestions(tx: Tx, programId: string, role: "MENTOR" | "MENTEE") {
  return tx.applicationQuestion.findMany({
    where: { programId, role },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true },
  });
}

export async function addQuestion(actor: SessionUser, programId: string, raw: unknown): Promise<{ id: string }> {
  const { role, ...input } = parseAddQuestion(raw);
  return db.$transaction(async (tx) => {
    const context = await loadEditableProgram(actor, programId, tx, "questions");
    const count = await tx.applicationQuestion.count({ where: { programId, role } });
    if (count >= MAX_QUESTIONS_PER_ROLE)
      throw conflict(msg("errors.programs.tooManyQuestions", { max: MAX_QUESTIONS_PER_ROLE }));
    const question = await tx.applicationQuestion.create({
      data: { programId, role, position: count, ...input },
      select: { id: true },
    });
    await auditEdit(tx, actor, context, "program.questions", "add");
    return question;
  });
}

export async function updateQuestion(actor: SessionUser, questionId: string, raw: unknown): Promise<{ id: string }> {
  const input = ZQuestionInput.parse(raw);
  return db.$transaction(async (tx) => {
    const { context, question } = await editableQuestion(actor, questionId, tx);
    if (input.kind !== question.kind) {
      const [counted] = await tx.$queryRaw<{ answered: bigint }[]>`
        SELECT count(*) AS answered FROM "Application"
        WHERE "programId" = ${question.programId} AND answers ? ${question.id}`;
      if ((counted?.answered ?? 0n) > 0n)
        throw conflict(msg("errors.programs.questionAnswered"), {
          kind: [msg("errors.programs.questionAnsweredShort")],
        });
    }
    await tx.applicationQuestion.update({ where: { id: question.id }, data: input });
    await auditEdit(tx, actor, context, "program.questions", "edit");
    return { id: question.id };
  });
}

export async function removeQuestion(actor: SessionUser, questionId: string): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const { context, question } = await editableQuestion(actor, questionId, tx);
    const remaining = (await currentQuestions(tx, question.programId, question.role)).filter(
      (q) => q.id !== question.id,
    );
    if (remaining.length === 0 && context.program.state !== "DRAFT")
      throw conflict(msg("errors.programs.keepOneQuestion"));
    await tx.applicationQuestion.delete({ where: { id: question.id } });
    await setPositions(
      tx,
      "ApplicationQuestion",
      remaining.map((q) => q.id),
    );
    await auditEdit(tx, actor, context, "program.questions", "remove");
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
    const context = await loadEditableProgram(actor, programId, tx, "questions");
    assertSameItems(ids, await currentQuestions(tx, programId, role), "questions");
    await setPositions(tx, "ApplicationQuestion", ids);
    await auditEdit(tx, actor, context, "program.questions", "reorder");
    return { ids };
  });
}
