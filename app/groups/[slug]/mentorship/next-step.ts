import type { ProgramListItemDto } from "@/lib/programs/find-programs";

/** A message of `programs.nextStep`, with the number it counts (if any). */
export type StepText = {
  key:
    | "read"
    | "editAndOpen"
    | "review"
    | "match"
    | "matchNote"
    | "findMentors"
    | "findMentorsNote"
    | "seeProgress"
    | "seeApplications"
    | "goToMentorship"
    | "seeYours"
    | "readAndApply";
  count?: number;
};

/** A card's call to action: where it leads and what it says. `icon` names the picture the card puts beside it. */
export type CardStep = {
  label: StepText;
  href: string;
  icon: "review" | "match" | "mentors" | "open" | "progress" | "applications" | "mentorship" | "application" | "read";
  /** A line under the counts when the numbers alone don't say why this is the next step. */
  note?: StepText;
};

/**
 * The admin's next step for a program, in the order the work comes: a draft to open, applications to review,
 * mentees to match (when mentors have places), mentors to find (when they have none), then pairs to follow.
 */
export function adminNextStep(program: ProgramListItemDto, href: string, mentorshipEnabled: boolean): CardStep {
  if (program.archived || program.state === "CLOSED") return { label: { key: "read" }, href, icon: "read" };
  if (program.state === "DRAFT") return { label: { key: "editAndOpen" }, href: `${href}/edit`, icon: "open" };
  const pending = program.pendingApplications ?? 0;
  const waiting = program.waitingMentees ?? 0;
  const places = program.openPlaces ?? 0;
  if (pending > 0) return { label: { key: "review", count: pending }, href: `${href}/applications`, icon: "review" };
  if (waiting > 0 && mentorshipEnabled) {
    if (places > 0)
      return {
        label: { key: "match", count: waiting },
        href: `${href}/matching`,
        icon: "match",
        ...(places < waiting ? { note: { key: "matchNote", count: places } } : {}),
      };
    return {
      label: { key: "findMentors" },
      href: `${href}/applications?role=MENTOR&state=ALL`,
      icon: "mentors",
      note: { key: "findMentorsNote", count: waiting },
    };
  }
  if ((program.activePairings ?? 0) > 0 || program.state === "RUNNING")
    return { label: { key: "seeProgress" }, href: `${href}/progress`, icon: "progress" };
  return { label: { key: "seeApplications" }, href: `${href}/applications`, icon: "applications" };
}

/**
 * A member's own next step: their mentorship once matched, their application once they applied, applying while
 * the program takes applications; otherwise just reading about it. Never anything about other people.
 */
export function memberNextStep(program: ProgramListItemDto, href: string, canApply: boolean): CardStep {
  if (program.myPairingId)
    return { label: { key: "goToMentorship" }, href: `/pairings/${program.myPairingId}`, icon: "mentorship" };
  const live = program.mine.filter((a) => a.state !== "WITHDRAWN");
  if (live.length) return { label: { key: "seeYours", count: live.length }, href, icon: "application" };
  if (canApply && program.acceptingApplications) return { label: { key: "readAndApply" }, href, icon: "read" };
  return { label: { key: "read" }, href, icon: "read" };
}
