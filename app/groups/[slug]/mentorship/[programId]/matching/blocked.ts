import type { MatchingBoardDto } from "@/lib/matching/dto";

/** Why no pair can be made in this program right now, as a message key under `matching.blocked`; null when open. */
export function matchingBlockedReason(
  program: MatchingBoardDto["program"],
  mentorshipEnabled: boolean,
): "archived" | "mentorshipOff" | "draft" | "closed" | "notOpen" | null {
  if (program.canMatch) return null;
  if (program.archived) return "archived";
  if (!mentorshipEnabled) return "mentorshipOff";
  if (program.state === "DRAFT") return "draft";
  if (program.state === "CLOSED") return "closed";
  return "notOpen";
}
