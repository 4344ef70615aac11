import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { questionSelect } from "@/lib/programs/get-program";
import type { ProgramRow } from "@/lib/programs/scope";
import type { QuestionKind } from "@/lib/programs/question-schema";
import { loadCandidates, readWeights } from "./candidates";
import type { MatchingBoardDto } from "./dto";
import { readRules } from "./rules";

/**
 * Everything the matching board shows, for the program's admins: the approved mentees still without a mentor, the
 * approved mentors with their places, the exclusions, the weights and the questions (for comparing answers side by
 * side). Suggestions are scored from this in the browser, with the same pure code the server uses.
 */
export async function getMatchingBoard(actor: Actor, programId: string): Promise<MatchingBoardDto> {
  const { program, group } = await authorize(actor, "pairings.manage", { programId });
  const [candidates, stored, questions, activePairings, waitlistedMentees] = await Promise.all([
    loadCandidates(db, { id: program.id, groupId: group.id, defaultMentorCapacity: program.defaultMentorCapacity }),
    db.program.findUniqueOrThrow({ where: { id: program.id }, select: { matchingWeights: true, matchingRules: true } }),
    db.applicationQuestion.findMany({
      where: { programId: program.id },
      orderBy: [{ role: "asc" }, { position: "asc" }],
      select: questionSelect,
    }),
    db.pairing.count({ where: { programId: program.id, state: "ACTIVE" } }),
    db.application.count({ where: { programId: program.id, role: "MENTEE", state: "WAITLISTED" } }),
  ]);
  const typed = questions.map((q) => ({ ...q, kind: q.kind as QuestionKind }));
  return {
    program: boardProgram(program, group),
    weights: readWeights(stored.matchingWeights),
    rules: readRules(stored.matchingRules),
    mentees: candidates.mentees,
    mentors: candidates.mentors,
    exclusions: candidates.exclusions,
    questions: { MENTOR: typed.filter((q) => q.role === "MENTOR"), MENTEE: typed.filter((q) => q.role === "MENTEE") },
    counts: { activePairings, waitlistedMentees },
  };
}

/** The program as both boards show it, and whether it can be matched now (live, mentorship on, open or running). */
export function boardProgram(
  program: Pick<ProgramRow, "id" | "name" | "state" | "topics" | "archivedAt">,
  group: { mentorshipEnabled: boolean },
) {
  return {
    id: program.id,
    name: program.name,
    state: program.state,
    topics: program.topics,
    archived: program.archivedAt !== null,
    canMatch:
      program.archivedAt === null &&
      group.mentorshipEnabled &&
      (program.state === "OPEN" || program.state === "RUNNING"),
  };
}
