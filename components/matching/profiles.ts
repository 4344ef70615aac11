import type { CandidateDto, MentorCandidateDto } from "@/lib/matching/dto";
import type { MentorProfile, Profile } from "@/lib/matching/scoring";
import { zoneName } from "@/lib/time";

// Pure helpers for the matching screens: DTOs into the scoring's profiles, the board's filters, score levels.

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

export type BoardFilters = { topic: string; language: string; timeZone: string };
export const NO_FILTERS: BoardFilters = { topic: "", language: "", timeZone: "" };

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function passesFilters(c: CandidateDto, f: BoardFilters): boolean {
  if (f.topic && !c.topics.some((t) => same(t, f.topic))) return false;
  if (f.language && !c.languages.some((l) => same(l, f.language))) return false;
  if (f.timeZone && c.timeZone !== f.timeZone) return false;
  return true;
}

export const hasBoardFilters = (f: BoardFilters) => Boolean(f.topic || f.language || f.timeZone);

/** The values the filters offer: everything anyone on the board answered, sorted, first spelling kept. */
export function boardFacets(people: CandidateDto[]) {
  const collect = (pick: (c: CandidateDto) => (string | null)[]) => {
    const seen = new Map<string, string>();
    for (const c of people)
      for (const v of pick(c)) if (v && !seen.has(v.trim().toLowerCase())) seen.set(v.trim().toLowerCase(), v.trim());
    return [...seen.values()].sort((a, b) => a.localeCompare(b, "en"));
  };
  return {
    topics: collect((c) => c.topics),
    languages: collect((c) => c.languages),
    timeZones: collect((c) => [c.timeZone]),
  };
}

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
