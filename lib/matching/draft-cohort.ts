import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { loadCandidates, readWeights, toMentorProfile, toProfile } from "./candidates";
import { suggestCohort } from "./cohort";
import type { CohortDraftDto } from "./dto";
import { draftIntroduction } from "./introduction";
import { inEnglish } from "./reasons";
import { readRules } from "./rules";
import { groupUnplaced } from "./unplaced";

/**
 * A draft for the whole cohort: the assignment with the most pairs and, among those, the greatest total score, each
 * pair with its reasons and a prefilled introduction, never a pair that breaks one of the program's hard rules; and
 * why the mentees left out have no mentor, grouped by cause. Nothing is written: the admin reviews it, changes what they
 * like and confirms (`confirmCohort`).
 */
export async function draftCohort(actor: Actor, programId: string): Promise<CohortDraftDto> {
  const { program, group } = await authorize(actor, "pairings.manage", { programId });
  const [candidates, stored] = await Promise.all([
    loadCandidates(
      db,
      { id: program.id, groupId: group.id, defaultMentorCapacity: program.defaultMentorCapacity },
      { answers: false },
    ),
    db.program.findUniqueOrThrow({ where: { id: program.id }, select: { matchingWeights: true, matchingRules: true } }),
  ]);
  const mentees = new Map(candidates.mentees.map((m) => [m.applicationId, m]));
  const mentors = new Map(candidates.mentors.map((m) => [m.applicationId, m]));
  const menteeProfiles = candidates.mentees.map(toProfile);
  const mentorProfiles = candidates.mentors.map(toMentorProfile);
  const rules = readRules(stored.matchingRules);
  const at = new Date();
  const draft = suggestCohort(
    menteeProfiles,
    mentorProfiles,
    readWeights(stored.matchingWeights),
    candidates.exclusions,
    at,
    rules,
  );
  const left = new Set(draft.unmatched);
  return {
    pairs: draft.pairs.map((pair) => {
      const mentee = mentees.get(pair.menteeApplicationId)!;
      const mentor = mentors.get(pair.mentorApplicationId)!;
      return {
        ...pair,
        ...inEnglish(pair.reasons),
        why: pair.reasons,
        menteeName: mentee.name,
        mentorName: mentor.name,
        introduction: draftIntroduction(program.name, mentee, mentor),
      };
    }),
    unmatched: draft.unmatched.map((id) => ({ applicationId: id, name: mentees.get(id)!.name })),
    unplaced: groupUnplaced(
      menteeProfiles.filter((m) => left.has(m.applicationId)),
      mentorProfiles,
      candidates.exclusions,
      rules,
      at,
    ).map((g) => ({ why: g.why, menteeApplicationIds: g.mentees })),
    rules,
  };
}
