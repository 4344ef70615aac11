import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/policy";
import { getGroupContext } from "@/lib/groups/scope";
import { notFound } from "@/lib/errors";
import { programSelect, type ProgramRow } from "./scope";
import { acceptsApplications, type ApplicationState } from "./state-machine";
import { toProgramSummary, type ProgramSummaryDto } from "./dto";
import type { Role } from "./schemas";

export type ProgramListItemDto = ProgramSummaryDto & {
  stepCount: number;
  /** The viewer's own applications here. */
  mine: { role: Role; state: ApplicationState }[];
  /** Managers: applications waiting for a decision. */
  pendingApplications: number | null;
  activePairings: number | null;
};

export type ProgramListDto = {
  mentorshipEnabled: boolean;
  canManage: boolean;
  canApply: boolean;
  /** The viewer asked to be told when a program opens. */
  watching: boolean;
  programs: ProgramListItemDto[];
};

const STATE_ORDER = { OPEN: 0, RUNNING: 1, DRAFT: 2, CLOSED: 3 } as const;

/**
 * A group's programs as this viewer may see them: members see opened programs, managers drafts too. Open ones
 * first, archived ones last. NOT_FOUND where the viewer may not see programs at all.
 */
export async function findPrograms(actor: Actor, slug: string): Promise<ProgramListDto> {
  const { group, scope } = await getGroupContext(actor?.id ?? null, slug);
  if (!can(actor, "programs.read", scope)) throw notFound();
  const canManage = can(actor, "mentorship.manage", scope);
  const rows = (await db.program.findMany({
    where: { groupId: group.id, ...(canManage ? {} : { state: { not: "DRAFT" } }) },
    select: { ...programSelect, _count: { select: { steps: { where: { removedAt: null } } } } },
    orderBy: { createdAt: "desc" },
  })) as (ProgramRow & { _count: { steps: number } })[];
  const ids = rows.map((r) => r.id);
  const [mine, pending, active, watch] = await Promise.all([
    actor
      ? db.application.findMany({
          where: { programId: { in: ids }, userId: actor.id },
          select: { programId: true, role: true, state: true },
        })
      : [],
    canManage
      ? db.application.groupBy({
          by: ["programId"],
          where: { programId: { in: ids }, state: "PENDING" },
          _count: { _all: true },
        })
      : [],
    canManage
      ? db.pairing.groupBy({
          by: ["programId"],
          where: { programId: { in: ids }, state: "ACTIVE" },
          _count: { _all: true },
        })
      : [],
    actor ? db.programWatch.findUnique({ where: { groupId_userId: { groupId: group.id, userId: actor.id } } }) : null,
  ]);
  const pendingBy = new Map(pending.map((p) => [p.programId, p._count._all]));
  const activeBy = new Map(active.map((p) => [p.programId, p._count._all]));
  const programs = rows
    .map((row) => ({
      ...toProgramSummary(
        row,
        acceptsApplications({ ...row, archived: row.archivedAt !== null }, group.mentorshipEnabled),
      ),
      stepCount: row._count.steps,
      mine: mine.filter((a) => a.programId === row.id).map((a) => ({ role: a.role, state: a.state })),
      pendingApplications: canManage ? (pendingBy.get(row.id) ?? 0) : null,
      activePairings: canManage ? (activeBy.get(row.id) ?? 0) : null,
    }))
    .sort((a, b) => Number(a.archived) - Number(b.archived) || STATE_ORDER[a.state] - STATE_ORDER[b.state]);
  return {
    mentorshipEnabled: group.mentorshipEnabled,
    canManage,
    canApply: can(actor, "programs.apply", scope),
    watching: watch !== null,
    programs,
  };
}
