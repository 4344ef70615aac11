import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { ApplicationState } from "../state-machine";
import type { Role } from "../schemas";

export type MyApplicationListItemDto = {
  id: string;
  role: Role;
  state: ApplicationState;
  updatedAt: string;
  program: { id: string; name: string; state: string };
  group: { slug: string; name: string };
};

/**
 * The caller's own applications (drafts included) across groups, newest first: only groups they are still an active
 * member of, with mentorship on.
 */
export async function findMyApplications(actor: SessionUser): Promise<MyApplicationListItemDto[]> {
  const rows = await db.application.findMany({
    where: {
      userId: actor.id,
      program: {
        group: {
          archivedAt: null,
          mentorshipEnabled: true,
          memberships: { some: { userId: actor.id, status: "ACTIVE" } },
        },
      },
    },
    orderBy: { updatedAt: "desc" },
    take: 100,
    select: {
      id: true,
      role: true,
      state: true,
      updatedAt: true,
      program: { select: { id: true, name: true, state: true, group: { select: { slug: true, name: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    state: r.state,
    updatedAt: r.updatedAt.toISOString(),
    program: { id: r.program.id, name: r.program.name, state: r.program.state },
    group: r.program.group,
  }));
}
