import type { MatchingBoardDto } from "@/lib/matching/dto";

/** Why no pair can be made in this program right now, in words; null when matching is open. */
export function matchingBlockedReason(program: MatchingBoardDto["program"], mentorshipEnabled: boolean): string | null {
  if (program.canMatch) return null;
  if (program.archived) return "This program is archived: its pairs can no longer change.";
  if (!mentorshipEnabled)
    return "Mentorship is switched off for this group. Switch it on in the group's settings to match pairs.";
  if (program.state === "DRAFT")
    return "This program is still a draft. Open applications first: pairs are matched while a program is open or running.";
  if (program.state === "CLOSED") return "This program is closed, so no new pairs can be made.";
  return "Pairs are matched while a program is open or running.";
}
