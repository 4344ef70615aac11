import type { MentorProfile } from "./scoring";

// Pure. The suggestions for one mentee read every mentor of the program again, and scoring.ts keeps what it derives
// from a profile (its words counted, its tags) per profile object: with fresh objects on every request, each request
// re-read 1,000 mentors' answers for a few milliseconds of scoring. Handing back the object kept from an earlier
// request while the mentor's profile is unchanged lets that work be done once per process (decision 033).

const kept = new Map<string, MentorProfile>();
/** Past this many mentors the cache starts again: a bound on memory, not a tuning knob. */
const MAX_KEPT = 20_000;

/** `profile`, or an equal one read earlier (the same object, so the scoring's per-object cache applies). */
export function keptMentorProfile(profile: MentorProfile): MentorProfile {
  const old = kept.get(profile.applicationId);
  if (old && sameProfile(old, profile)) return old;
  if (kept.size >= MAX_KEPT) kept.clear();
  kept.set(profile.applicationId, profile);
  return profile;
}

/** Field by field, whatever fields a profile has (a field added later is compared too, never silently reused). */
function sameProfile(a: MentorProfile, b: MentorProfile): boolean {
  const keys = Object.keys(a) as (keyof MentorProfile)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => sameValue(a[key], b[key]));
}

function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, k) => sameValue(v, y[k]));
  if (x && y && typeof x === "object" && typeof y === "object") return JSON.stringify(x) === JSON.stringify(y);
  return false;
}
