import type { ProgramListItemDto } from "@/lib/programs/find-programs";

/** A card's call to action: where it leads and what it says. `icon` names the picture the card puts beside it. */
export type CardStep = {
  label: string;
  href: string;
  icon: "review" | "match" | "mentors" | "open" | "progress" | "applications" | "mentorship" | "application" | "read";
  /** A line under the counts when the numbers alone don't say why this is the next step. */
  note?: string;
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The admin's next step for a program, in the order the work comes: a draft to open, applications to review,
 * mentees to match (when mentors have places), mentors to find (when they have none), then pairs to follow.
 */
export function adminNextStep(program: ProgramListItemDto, href: string, mentorshipEnabled: boolean): CardStep {
  if (program.archived || program.state === "CLOSED") return { label: "Read more", href, icon: "read" };
  if (program.state === "DRAFT") return { label: "Edit and open applications", href: `${href}/edit`, icon: "open" };
  const pending = program.pendingApplications ?? 0;
  const waiting = program.waitingMentees ?? 0;
  const places = program.openPlaces ?? 0;
  if (pending > 0)
    return { label: `Review ${plural(pending, "application")}`, href: `${href}/applications`, icon: "review" };
  if (waiting > 0 && mentorshipEnabled) {
    if (places > 0)
      return {
        label: `Match ${plural(waiting, "waiting mentee")}`,
        href: `${href}/matching`,
        icon: "match",
        ...(places < waiting
          ? { note: `Mentors have ${plural(places, "place")} left: approve more mentors to match everyone.` }
          : {}),
      };
    return {
      label: "Find mentors with places",
      href: `${href}/applications?role=MENTOR&state=ALL`,
      icon: "mentors",
      note: `No approved mentor has a place left for the ${plural(waiting, "waiting mentee")}.`,
    };
  }
  if ((program.activePairings ?? 0) > 0 || program.state === "RUNNING")
    return { label: "See progress", href: `${href}/progress`, icon: "progress" };
  return { label: "See applications", href: `${href}/applications`, icon: "applications" };
}

/**
 * A member's own next step: their mentorship once matched, their application once they applied, applying while
 * the program takes applications; otherwise just reading about it. Never anything about other people.
 */
export function memberNextStep(program: ProgramListItemDto, href: string, canApply: boolean): CardStep {
  if (program.myPairingId)
    return { label: "Go to your mentorship", href: `/pairings/${program.myPairingId}`, icon: "mentorship" };
  const live = program.mine.filter((a) => a.state !== "WITHDRAWN");
  if (live.length)
    return { label: live.length > 1 ? "See your applications" : "See your application", href, icon: "application" };
  if (canApply && program.acceptingApplications) return { label: "Read and apply", href, icon: "read" };
  return { label: "Read more", href, icon: "read" };
}
