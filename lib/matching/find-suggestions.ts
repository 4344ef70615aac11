import "server-only";
import { db } from "@/lib/db";
import { msg, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { loadCandidates, readWeights, toMentorProfile, toProfile } from "./candidates";
import type { SuggestionDto } from "./dto";
import { keptMentorProfile } from "./profile-cache";
import { inEnglish } from "./reasons";
import { readRules } from "./rules";
import { corpusOf, rankMentors } from "./scoring";
import { ZSuggestionsQuery } from "./schemas";

/**
 * Mentors ranked for one approved, unmatched mentee, best first, each with its score and reasons in words. Mentors
 * without a free place, the mentee themselves, the admin's exclusions and pairs that break one of the program's hard
 * rules are never suggested. A mentee who is not
 * waiting to be matched in this program answers 404.
 */
export async function findSuggestions(
  actor: Actor,
  programId: string,
  raw: unknown,
): Promise<{ menteeApplicationId: string; suggestions: SuggestionDto[] }> {
  const query = ZSuggestionsQuery.parse(raw);
  const { program, group } = await authorize(actor, "pairings.manage", { programId });
  const [candidates, stored] = await Promise.all([
    loadCandidates(
      db,
      { id: program.id, groupId: group.id, defaultMentorCapacity: program.defaultMentorCapacity },
      { answers: false, mentee: query.menteeApplicationId },
    ),
    db.program.findUniqueOrThrow({ where: { id: program.id }, select: { matchingWeights: true, matchingRules: true } }),
  ]);
  const mentee = candidates.mentees.find((m) => m.applicationId === query.menteeApplicationId);
  if (!mentee) throw notFound(msg("errors.matching.menteeNotWaiting"));
  const excluded = new Set(
    candidates.exclusions
      .filter((e) => e.menteeApplicationId === mentee.applicationId)
      .map((e) => e.mentorApplicationId),
  );
  const mentors = new Map(candidates.mentors.map((m) => [m.applicationId, m]));
  // Unchanged mentors keep their profile object between requests, and with it what scoring derived from it.
  const mentorProfiles = candidates.mentors.map((c) => keptMentorProfile(toMentorProfile(c)));
  const ranked = rankMentors(
    toProfile(mentee),
    mentorProfiles,
    readWeights(stored.matchingWeights),
    excluded,
    new Date(),
    query.limit,
    // How rare a word is, among the program's mentors (decision 030).
    { corpus: corpusOf(mentorProfiles), rules: readRules(stored.matchingRules) },
  );
  return {
    menteeApplicationId: mentee.applicationId,
    suggestions: ranked.map((s) => {
      const mentor = mentors.get(s.mentorApplicationId)!;
      return { ...s, ...inEnglish(s.reasons), name: mentor.name, capacity: mentor.capacity };
    }),
  };
}
