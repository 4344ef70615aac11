import { brokenRules, remainingPlaces, type MentorProfile, type Profile } from "./scoring";
import type { MatchingRules } from "./rules";

// Pure: why the cohort draft found no mentor for a mentee, grouped so the admin reads one line per cause
// ("4 mentees: no mentor with a place who speaks Tigrinya") instead of a list of names.

export type Unplaced =
  /** No mentor has a place left at all. */
  | { kind: "noPlaces" }
  /** Every mentor with a place shares none of the mentee's languages (the shared-language rule). */
  | { kind: "language"; languages: string[] }
  /** Every mentor with a place is further than the program's limit. */
  | { kind: "timeGap"; max: number }
  /** Every mentor with a place lacks a topic the program requires and the mentee asked for. */
  | { kind: "topics"; topics: string[] }
  /** Every mentor with a place breaks one rule or another. */
  | { kind: "rules" }
  /** The mentors who could take them are excluded for them by an admin. */
  | { kind: "excluded" }
  /** The mentors who could take them went to other mentees of the draft. */
  | { kind: "taken" };

export type UnplacedGroup = { why: Unplaced; mentees: string[] };

/** Why one mentee has no mentor in the draft. */
export function whyUnplaced(
  mentee: Profile,
  mentors: MentorProfile[],
  excluded: ReadonlySet<string>,
  rules: MatchingRules | null,
  at: Date,
): Unplaced {
  const open = mentors.filter((m) => remainingPlaces(m) > 0 && m.userId !== mentee.userId);
  if (open.length === 0) return { kind: "noPlaces" };
  const first = new Set<string>();
  let excludedOnly = false;
  for (const mentor of open) {
    const broken = rules ? brokenRules(mentee, mentor, rules, at) : [];
    if (broken.length === 0) {
      if (!excluded.has(mentor.applicationId)) return { kind: "taken" };
      excludedOnly = true;
    } else first.add(JSON.stringify(broken[0]));
  }
  if (excludedOnly) return { kind: "excluded" };
  const causes = [...first].map((c) => JSON.parse(c) as NonNullable<ReturnType<typeof brokenRules>>[number]);
  const kinds = new Set(causes.map((c) => c.rule));
  if (kinds.size > 1) return { kind: "rules" };
  const cause = causes[0]!;
  if (cause.rule === "sharedLanguage") return { kind: "language", languages: cause.menteeLanguages };
  if (cause.rule === "maxHoursApart") return { kind: "timeGap", max: cause.max };
  const topics = [...new Set(causes.flatMap((c) => (c.rule === "requiredTopics" ? c.items : [])))];
  return { kind: "topics", topics };
}

/** The mentees left out, grouped by the same cause (largest group first, then in the mentees' order). */
export function groupUnplaced(
  mentees: Profile[],
  mentors: MentorProfile[],
  exclusions: ReadonlyArray<{ menteeApplicationId: string; mentorApplicationId: string }>,
  rules: MatchingRules | null,
  at: Date = new Date(),
): UnplacedGroup[] {
  const groups = new Map<string, UnplacedGroup>();
  for (const mentee of mentees) {
    const excluded = new Set(
      exclusions.filter((e) => e.menteeApplicationId === mentee.applicationId).map((e) => e.mentorApplicationId),
    );
    const why = whyUnplaced(mentee, mentors, excluded, rules, at);
    // One line per cause whatever the spelling ("Tigrinya", "tigrinya"): the first spelling met names it.
    const key = JSON.stringify(
      why.kind === "language" ? { ...why, languages: why.languages.map((l) => l.toLowerCase()).sort() } : why,
    );
    const group = groups.get(key) ?? { why, mentees: [] };
    group.mentees.push(mentee.applicationId);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.mentees.length - a.mentees.length);
}
