import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { OpenProgramDto } from "./dto";

const SHOWN = 3;

/**
 * Programs taking applications in the person's groups (mentorship switched on, still an active member) that they
 * have not applied to: what the empty to-do list suggests. At most three, newest first.
 */
export async function findOpenPrograms(actor: SessionUser): Promise<OpenProgramDto[]> {
  const programs = await db.program.findMany({
    where: {
      archivedAt: null,
      OR: [{ state: "OPEN" }, { state: "RUNNING", acceptWhileRunning: true }],
      group: {
        archivedAt: null,
        mentorshipEnabled: true,
        memberships: { some: { userId: actor.id, status: "ACTIVE" } },
      },
      applications: { none: { userId: actor.id } },
    },
    orderBy: [{ openedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    take: SHOWN,
    select: { id: true, name: true, group: { select: { slug: true, name: true } } },
  });
  return programs.map((p) => ({ ...p, href: `/groups/${p.group.slug}/mentorship/${p.id}` }));
}
