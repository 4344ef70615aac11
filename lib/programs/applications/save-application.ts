import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, conflict, isUniqueViolation, msg, notFound, type FieldMessages } from "@/lib/errors";
import { issueMessage } from "@/lib/i18n/zod-messages";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorize } from "@/lib/auth/authorize";
import { ZApplicationEditInput, ZApplicationInput, type ApplicationInput, type Role } from "../schemas";
import { buildAnswersSchema, deriveApplicationFields, type QuestionConfig } from "../question-schema";
import { acceptsApplications, applicationTransition, type ApplicationState } from "../state-machine";
import { notifyApplicationReceived } from "./notify-received";
import { requireVerified } from "@/lib/accounts/verification";

export type SavedApplication = { id: string; programId: string; role: Role; state: ApplicationState; created: boolean };

/**
 * A member applies as mentor or mentee, or saves a draft, or edits a pending application: one application per
 * person, program and role (a unique index; two submissions at once make one row). Answers are validated against
 * a schema built from the program's questions for that role: all of it on submit, only what is filled in for a
 * draft. Becoming PENDING tells the admins.
 */
export async function applyToProgram(actor: SessionUser, programId: string, raw: unknown): Promise<SavedApplication> {
  const input = ZApplicationInput.parse(raw);
  try {
    return await save(actor, programId, input);
  } catch (error) {
    // Two submissions raced to create the row: the loser edits the winner's row instead.
    if (isUniqueViolation(error)) return save(actor, programId, input);
    throw error;
  }
}

/** The applicant edits their own application (draft or pending) by its id; what is not sent stays as stored. */
export async function editApplication(
  actor: SessionUser,
  applicationId: string,
  raw: unknown,
): Promise<SavedApplication> {
  const input = ZApplicationEditInput.parse(raw);
  // Someone else's application is not there for this caller (the policy).
  await authorize(actor, "application.change", { applicationId });
  const application = await db.application.findUnique({
    where: { id: applicationId },
    select: { programId: true, userId: true, role: true, answers: true, capacity: true },
  });
  if (!application) throw notFound();
  return save(actor, application.programId, {
    role: application.role,
    answers: input.answers ?? ((application.answers ?? {}) as Record<string, unknown>),
    capacity: input.capacity === undefined ? application.capacity : input.capacity,
    submit: input.submit,
  });
}

function save(actor: SessionUser, programId: string, input: ApplicationInput): Promise<SavedApplication> {
  return db.$transaction(async (tx) => {
    // A share lock: applicants don't wait for each other, but a program closing or its questions changing waits
    // for the applications in flight (and they for it).
    const { program, group } = await authorize(actor, "programs.apply", { programId }, { tx, lock: "share" });
    await requireVerified(tx, actor);
    if (!acceptsApplications({ ...program, archived: program.archivedAt !== null }, group.mentorshipEnabled))
      throw conflict(msg("errors.applications.notTaking"));

    // One person's submissions to a program run one at a time: the one-role rule below reads, then writes.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`application:${programId}:${actor.id}`}))`;
    const existing = await lockOwn(tx, programId, actor.id, input.role);
    const submit = input.submit || existing?.state === "PENDING";
    const next = nextState(existing?.state ?? null, submit);

    if (!program.allowDualRole) {
      const other = await tx.application.findFirst({
        where: {
          programId,
          userId: actor.id,
          role: input.role === "MENTOR" ? "MENTEE" : "MENTOR",
          state: { notIn: ["WITHDRAWN", "DECLINED"] },
        },
        select: { id: true },
      });
      if (other) throw conflict(msg("errors.applications.bothRoles"));
    }

    const questions = (await tx.applicationQuestion.findMany({
      where: { programId, role: input.role },
      orderBy: { position: "asc" },
      select: {
        id: true,
        kind: true,
        label: true,
        required: true,
        options: true,
        minLength: true,
        maxLength: true,
        maxChoices: true,
      },
    })) as QuestionConfig[];
    const schema = buildAnswersSchema(submit ? questions : questions.map((q) => ({ ...q, required: false })), {
      topics: program.topics,
    });
    const parsed = schema.safeParse(input.answers);
    const fields: FieldMessages = {};
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        (fields[issue.path.length ? `answers.${issue.path.join(".")}` : "answers"] ??= []).push(issueMessage(issue));
    let capacity: number | null = null;
    if (input.role === "MENTOR") {
      capacity = input.capacity ?? (submit ? null : program.defaultMentorCapacity);
      if (capacity === null) fields.capacity = [msg("errors.applications.sayCapacity")];
    }
    if (!parsed.success || Object.keys(fields).length)
      throw new AppError("INVALID_INPUT", msg("errors.applications.answersNeedAttention"), { fields });

    const answers = parsed.data;
    const derived = deriveApplicationFields(questions, answers);
    const now = new Date();
    const data = {
      answers,
      capacity,
      topics: derived.topics,
      languages: derived.languages,
      timeZone: derived.timeZone,
      cadence: derived.cadence,
      state: next,
      ...(next === "PENDING" && existing?.state !== "PENDING"
        ? { submittedAt: now, withdrawnAt: null, decidedAt: null, decidedById: null, decisionMessage: null }
        : {}),
    };
    const row = existing
      ? await tx.application.update({ where: { id: existing.id }, data, select: { id: true, state: true } })
      : await tx.application.create({
          data: { programId, userId: actor.id, role: input.role, ...data },
          select: { id: true, state: true },
        });
    if (next === "PENDING" && existing?.state !== "PENDING")
      await notifyApplicationReceived(tx, group, program, actor, input.role);
    return { id: row.id, programId, role: input.role, state: row.state, created: !existing };
  });
}

async function lockOwn(tx: Tx, programId: string, userId: string, role: Role) {
  const rows = await tx.$queryRaw<{ id: string; state: ApplicationState }[]>`
    SELECT id, state::text AS state FROM "Application"
    WHERE "programId" = ${programId} AND "userId" = ${userId} AND role::text = ${role}
    FOR UPDATE`;
  return rows[0] ?? null;
}

/** What saving does to the application's state; refused transitions are conflicts with a sentence. */
function nextState(current: ApplicationState | null, submit: boolean): ApplicationState {
  if (current === null) return submit ? "PENDING" : "DRAFT";
  // Someone who withdrew may start again, from a draft or straight to a submission.
  if (current === "WITHDRAWN" && !submit) return "DRAFT";
  const result = applicationTransition(current, submit && current !== "PENDING" ? "submit" : "edit");
  if (!result.ok) throw conflict(result.reason);
  return result.state;
}
