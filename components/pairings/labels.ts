import type { PairingStateDto } from "@/lib/pairings/dto";

// The pair space's own words are in the `pairings` catalogue (issue 21); these are still read by the admins' pages.

export const PAIRING_STATE_LABELS: Record<PairingStateDto, string> = {
  ACTIVE: "Active",
  COMPLETED: "Completed",
  ENDED: "Ended early",
};

/** Dates in the reader's own time zone ("Mar 3, 2026"): lib/time's, kept here for the pages that import it. */
export { dateFormatter } from "@/lib/time";
