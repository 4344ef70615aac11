import type { Cadence } from "@/lib/programs/question-schema";

// Pure: why a pair scores as it does, as data. The screens word a reason in the reader's language (messages under
// `matching.reasons`); `reasonInEnglish` words it for the API and the logs, exactly as the API always has.

/** The rhythm a person prefers, other than "flexible" (which has reasons of its own). */
export type Rhythm = Exclude<Cadence, "FLEXIBLE">;

export type Reason =
  /** Topics the mentee chose that the mentor also lists, in the mentee's spelling. */
  | { kind: "topics"; items: string[] }
  /** Words their answers share, the weightiest first (at most three). */
  | { kind: "words"; items: string[] }
  | { kind: "languages"; items: string[] }
  | { kind: "sameZone" }
  /** Hours between their clocks now, to hundredths. */
  | { kind: "hoursApart"; hours: number }
  | { kind: "bothFlexible" }
  | { kind: "bothPrefer"; cadence: Rhythm }
  | { kind: "menteeFlexible"; cadence: Rhythm }
  | { kind: "mentorFlexible"; cadence: Rhythm }
  | { kind: "closeRhythms"; mentee: Rhythm; mentor: Rhythm }
  | { kind: "places"; remaining: number; capacity: number };

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
  }
}
