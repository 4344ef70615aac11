import type { CandidateDto, MentorCandidateDto } from "@/lib/matching/dto";
import type { MentorProfile, Profile } from "@/lib/matching/scoring";
import { zoneName } from "@/lib/time";

// Pure helpers for the matching screens: DTOs into the scoring's profiles, score levels, zone names.

export const profileOf = (c: CandidateDto): Profile => ({
  applicationId: c.applicationId,
  userId: c.userId,
  name: c.name,
  topics: c.topics,
  languages: c.languages,
  timeZone: c.timeZone,
  cadence: c.cadence,
  text: c.text,
});

/** `taken` counts places held elsewhere on the screen (pairs of a cohort draft not yet confirmed). */
export const mentorProfileOf = (c: MentorCandidateDto, taken = 0): MentorProfile => ({
  ...profileOf(c),
  capacity: c.capacity,
  activePairings: c.active + taken,
});

/** The steps of a weight, 0 to 5, as message keys under `matching.weights.levels`. */
export const WEIGHT_LEVELS = ["off", "little", "some", "fair", "lot", "most"] as const;

/** A score in words beside the number, so the number is never the only clue (`matching.score.words`). */
export function scoreLevel(score: number): "strong" | "good" | "fair" | "weak" {
  if (score >= 75) return "strong";
  if (score >= 55) return "good";
  if (score >= 35) return "fair";
  return "weak";
}

export const zoneLabel = (zone: string | null) => (zone ? zoneName(zone) : null);
