import type { PairingSide, PairingStateDto } from "@/lib/pairings/dto";

/** Who the other person is to the reader: "Your mentor, Diego Ramírez". */
export function partnerLabel(side: PairingSide, name: string): string {
  return `${side === "MENTEE" ? "Your mentor" : "Your mentee"}, ${name}`;
}

export const PAIRING_STATE_LABELS: Record<PairingStateDto, string> = {
  ACTIVE: "Active",
  COMPLETED: "Completed",
  ENDED: "Ended early",
};

/** "How is it going?", 1 to 5, in words next to the number so the scale reads the same to everyone. */
export const CHECK_IN_RATINGS = [
  { value: 1, label: "Hard going" },
  { value: 2, label: "Not great" },
  { value: 3, label: "Okay" },
  { value: 4, label: "Good" },
  { value: 5, label: "Going great" },
] as const;

export const FEEDBACK_RATINGS = [
  { value: 1, label: "Poor" },
  { value: 2, label: "Fair" },
  { value: 3, label: "Good" },
  { value: 4, label: "Very good" },
  { value: 5, label: "Excellent" },
] as const;

export const ratingWord = (rating: number) => CHECK_IN_RATINGS.find((r) => r.value === rating)?.label ?? "";

/** Dates in the reader's own time zone ("Mar 3, 2026"): lib/time's, kept here for the pages that import it. */
export { dateFormatter } from "@/lib/time";

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
