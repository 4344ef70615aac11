import type { Cadence } from "@/lib/programs/question-schema";

// Pure: why a pair scores as it does, as data: what speaks for the pair and what speaks against it. The screens word
// each in the reader's language (messages under `matching.reasons`); `reasonInEnglish` words it for the API and the
// logs, exactly as the API always has for the strengths.

/** The rhythm a person prefers, other than "flexible" (which has reasons of its own). */
export type Rhythm = Exclude<Cadence, "FLEXIBLE">;

/** What speaks for the pair. */
export type Strength =
  /** Topics the mentee chose that the mentor also lists, in the mentee's spelling. */
  | { kind: "topics"; items: string[] }
  /** The most telling words their answers share (rare in the program), the weightiest first (at most two). */
  | { kind: "words"; items: string[] }
  | { kind: "languages"; items: string[] }
  | { kind: "sameZone" }
  /** Hours between their clocks now (see ./time-gap), within what counts as close. */
  | { kind: "hoursApart"; hours: number }
  | { kind: "bothFlexible" }
  | { kind: "bothPrefer"; cadence: Rhythm }
  | { kind: "menteeFlexible"; cadence: Rhythm }
  | { kind: "mentorFlexible"; cadence: Rhythm }
  | { kind: "closeRhythms"; mentee: Rhythm; mentor: Rhythm }
  | { kind: "places"; remaining: number; capacity: number };

/** What speaks against the pair: shown beside the strengths, never hidden by them. */
export type Drawback =
  /** Hours between their clocks now, beyond what counts as close. */
  | { kind: "farApart"; hours: number }
  /** Both named their languages and none is the same. */
  | { kind: "noSharedLanguage" }
  /** Both named topics and none is the same. */
  | { kind: "noSharedTopic" }
  /** Topics the mentee asked for that the mentor does not offer (when some others are shared). */
  | { kind: "notOffered"; items: string[] }
  /** Fewer than half of the mentor's places are left. */
  | { kind: "nearlyFull"; remaining: number; capacity: number }
  /** Rhythms two steps apart (every week and once a month). */
  | { kind: "rhythmsApart"; mentee: Rhythm; mentor: Rhythm };

export type Reason = Strength | Drawback;

const DRAWBACKS: ReadonlySet<Reason["kind"]> = new Set([
  "farApart",
  "noSharedLanguage",
  "noSharedTopic",
  "notOffered",
  "nearlyFull",
  "rhythmsApart",
]);

export const isDrawback = (reason: Reason): reason is Drawback => DRAWBACKS.has(reason.kind);
export const isStrength = (reason: Reason): reason is Strength => !DRAWBACKS.has(reason.kind);

const RHYTHM: Record<Rhythm, string> = {
  WEEKLY: "every week",
  FORTNIGHTLY: "every two weeks",
  MONTHLY: "once a month",
};

/** "a, b and c" (no comma before "and", as the API has always written it). */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** A reason in English words, as the API returns it ("3 shared topics: Soap, Lye safety, Packaging"). */
export function reasonInEnglish(reason: Reason): string {
  switch (reason.kind) {
    case "topics": {
      const n = reason.items.length;
      return `${n} ${n === 1 ? "shared topic" : "shared topics"}: ${reason.items.join(", ")}`;
    }
    case "words":
      return `similar words in their answers: ${reason.items.join(", ")}`;
    case "languages":
      return `both speak ${listInWords(reason.items)}`;
    case "sameZone":
      return "same time zone";
    case "hoursApart":
      return `${reason.hours} h apart`;
    case "bothFlexible":
      return "both are flexible about how often to meet";
    case "bothPrefer":
      return `both prefer ${RHYTHM[reason.cadence]}`;
    case "menteeFlexible":
      return `the mentee is flexible and the other prefers ${RHYTHM[reason.cadence]}`;
    case "mentorFlexible":
      return `the mentor is flexible and the other prefers ${RHYTHM[reason.cadence]}`;
    case "closeRhythms":
      return `close rhythms: ${RHYTHM[reason.mentee]} and ${RHYTHM[reason.mentor]}`;
    case "places":
      return `${reason.remaining} of ${reason.capacity} places free`;
    case "farApart":
      return `${reason.hours} h apart: few shared waking hours`;
    case "noSharedLanguage":
      return "no shared language";
    case "noSharedTopic":
      return "no shared topic";
    case "notOffered":
      return `not offered by the mentor: ${reason.items.join(", ")}`;
    case "nearlyFull":
      return `nearly full: ${reason.remaining} of ${reason.capacity} places left`;
    case "rhythmsApart":
      return `different rhythms: ${RHYTHM[reason.mentee]} and ${RHYTHM[reason.mentor]}`;
  }
}

/** The API's words: strengths as `reasons` (as it has always answered) and drawbacks apart. */
export function inEnglish(reasons: Reason[]): { reasons: string[]; drawbacks: string[] } {
  return {
    reasons: reasons.filter(isStrength).map(reasonInEnglish),
    drawbacks: reasons.filter(isDrawback).map(reasonInEnglish),
  };
}
