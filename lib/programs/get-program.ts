import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { acceptsApplications } from "./state-machine";
import { toMyApplication, toProgramSummary, type ApplicationCounts, type ProgramDetailDto } from "./dto";
import type { QuestionKind } from "./question-schema";

const applicationSelect = {
  id: true,
  role: true,
  state: true,
  capacity: true,
  answers: true,
  decisionMessage: true,
  submittedAt: true,
  decidedAt: true,
  updatedAt: true,
} as const;

/** What a question is, as the apply form, the editors and the matching board read it. */
export const questionSelect = {
  id: true,
  role: true,
  position: true,
  kind: true,
  label: true,
  help: true,
  required: true,
  options: true,
  minLength: true,
  maxLength: true,
  maxChoices: true,
} as const;

/**
 * A program's page: what it is, its steps, the viewer's own applications, and (for those who may apply or manage)
 * the questions. Managers also get the applications counted by role and state. NOT_FOUND when the viewer may not
 * know the program.
 */
export async function getProgram(actor: Actor, programId: string): Promise<ProgramDetailDto> {
  const { program, group, scope } = await authorize(actor, "programs.read", { programId });
  const canManage = can(actor, "mentorship.manage", scope);
  const showQuestions = canManage || can(actor, "programs.apply", scope);
  const [steps, questions, mine, counts] = await Promise.all([
    db.programStep.findMany({
      where: { programId, removedAt: null },
      orderBy: { position: "asc" },
      select: {
        id: true,
        position: true,
        title: true,
        guidance: true,
        prompts: true,
        dueWeek: true,
        isGoalStep: true,
        _count: { select: { checkIns: true } },
      },
    }),
    showQuestions
      ? db.applicationQuestion.findMany({
          where: { programId },
          orderBy: [{ role: "asc" }, { position: "asc" }],
          select: questionSelect,
        })
      : [],
    actor ? db.application.findMany({ where: { programId, userId: actor.id }, select: applicationSelect }) : [],
    canManage
      ? db.application.groupBy({
          by: ["role", "state"],
          where: { programId, state: { not: "DRAFT" } },
          _count: { _all: true },
        })
      : null,
  ]);
  let applicationCounts: ApplicationCounts | null = null;
  if (counts) {
    applicationCounts = { MENTOR: {}, MENTEE: {} };
    for (const c of counts) applicationCounts[c.role][c.state] = c._count._all;
  }
  return {
    ...toProgramSummary(
      program,
      acceptsApplications({ ...program, archived: program.archivedAt !== null }, group.mentorshipEnabled),
    ),
    steps: steps.map(({ _count, ...s }) => ({ ...s, locked: _count.checkIns > 0 })),
    questions: questions.map((q) => ({ ...q, kind: q.kind as QuestionKind })),
    mine: mine.map(toMyApplication),
    counts: applicationCounts,
  };
}
