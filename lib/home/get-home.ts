import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { HomeDto } from "./dto";
import { orderSections } from "./order";
import { findMentorshipTodos } from "./find-mentorship-todos";
import { findHomeStanding } from "./home-standing";
import { findProgramTodos } from "./find-program-todos";
import { findGroupTodos } from "./find-group-todos";
import { findMeetingTodos } from "./find-meeting-todos";
import { findOpenPrograms } from "./find-open-programs";

/**
 * Everything the signed-in home page shows: the to-do list (the person's mentorships, and the groups they help
 * run), their groups, what their profile lacks, and for an empty list, programs they could apply to. A fixed
 * number of statements whatever the size of the community (tests/integration/home.int.test.ts counts them), in two
 * rounds: the groups the person runs decide which admin queries run at all.
 */
export async function getHome(actor: SessionUser, now = new Date()): Promise<HomeDto> {
  const [{ profileMissing, groups, admin }, mentorship, meetings, openPrograms] = await Promise.all([
    findHomeStanding(actor, now).then(async ({ managed, ...standing }) => ({
      ...standing,
      admin: await Promise.all([findProgramTodos(actor.id, managed), findGroupTodos(actor, managed)]),
    })),
    findMentorshipTodos(actor, now),
    findMeetingTodos(actor, now),
    findOpenPrograms(actor),
  ]);
  const sections = orderSections([...mentorship.sections, meetings, ...admin.flat()]);
  return {
    sections,
    groups,
    profileMissing,
    hasMentorships: mentorship.hasMentorships,
    openPrograms,
  };
}
