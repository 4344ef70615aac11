import { utcOffsetMinutes } from "@/lib/time";

// Pure: the one reading of "how far apart are their clocks", shared by the score, its words, the hard rule and the
// introduction, so the card and the introduction can never name two different gaps.

/** Up to this many hours apart counts for the pair; beyond it, it is a drawback (the signal is below one half). */
export const CLOSE_HOURS = 4;

/** Hours between two UTC offsets in minutes, the short way round (UTC+12 and UTC-11 are 1 h apart), to hundredths. */
export function hoursBetween(a: number, b: number): number {
  const apart = Math.abs(a - b) % (24 * 60);
  return Math.round((Math.min(apart, 24 * 60 - apart) / 60) * 100) / 100;
}

/** Hours between two zones' clocks at `at`; null when either zone is unknown or unreadable. */
export function hoursApart(a: string | null, b: string | null, at: Date): number | null {
  if (!a || !b) return null;
  const x = utcOffsetMinutes(a, at);
  const y = utcOffsetMinutes(b, at);
  return x === null || y === null ? null : hoursBetween(x, y);
}
