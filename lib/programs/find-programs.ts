import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { programSelect, type ProgramRow } from "./scope";
import { acceptsApplications, type ApplicationState } from "./state-machine";
import { toProgramSummary, type ProgramSummaryDto } from "./dto";
import type { Role } from "./schemas";
import { countForCards } from "./program-card-counts";

export type ProgramListItemDto = ProgramSummaryDto & {
  stepCount: number;
  /** The viewer's own applications here. */
  mine: { role: Role; state: ApplicationState }[];
  /** The viewer's own active pairing here (their mentorship), if any. */
  myPairingId: string | null;
  /** Managers: applications waiting for a decision. Null for everyone else, as are the counts below. */
  pendingApplications: number | null;
  /** Managers: approved mentees without a mentor, whom the matching board lists. */
  waitingMentees: number | null;
  /** Managers: places left with approved mentors. */
  openPlaces: number | null;
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
  const { group, scope } = await authorize(actor, "programs.read", { groupSlug: slug });
  const canManage = can(actor, "mentorship.manage", scope);
  const rows = (await db.program.findMany({
    where: { groupId: group.id, ...(canManage ? {} : { state: { not: "DRAFT" } }) },
    select: { ...programSelect, _count: { select: { steps: { where: { removedAt: null } } } } },
    orderBy: { createdAt: "desc" },
  })) as (ProgramRow & { _count: { steps: number } })[];
  const ids = rows.map((r) => r.id);
  // A fixed number of statements whatever the number of programs: the admin counts in one grouped query.
  const [mine, myPairings, counts, watch] = await Promise.all([
    actor
      ? db.application.findMany({
          where: { programId: { in: ids }, userId: actor.id },
          select: { programId: true, role: true, state: true },
        })
      : [],
    actor
      ? db.pairing.findMany({
          where: { programId: { in: ids }, state: "ACTIVE", OR: [{ mentorId: actor.id }, { menteeId: actor.id }] },
          select: { id: true, programId: true },
          orderBy: { createdAt: "asc" },
        })
      : [],
    canManage && actor ? countForCards(db, ids, actor.id) : null,
    actor ? db.programWatch.findUnique({ where: { groupId_userId: { groupId: group.id, userId: actor.id } } }) : null,
  ]);
  const programs = rows
    .map((row) => {
      const c = counts?.get(row.id) ?? null;
      return {
        ...toProgramSummary(
          row,
          acceptsApplications({ ...row, archived: row.archivedAt !== null }, group.mentorshipEnabled),
        ),
        stepCount: row._count.steps,
        mine: mine.filter((a) => a.programId === row.id).map((a) => ({ role: a.role, state: a.state })),
        myPairingId: myPairings.find((p) => p.programId === row.id)?.id ?? null,
        pendingApplications: c?.pending ?? null,
        waitingMentees: c?.waitingMentees ?? null,
        openPlaces: c?.openPlaces ?? null,
        activePairings: c?.activePairings ?? null,
      };
    })
    .sort((a, b) => Number(a.archived) - Number(b.archived) || STATE_ORDER[a.state] - STATE_ORDER[b.state]);
  return {
    mentorshipEnabled: group.mentorshipEnabled,
    canManage,
    canApply: can(actor, "programs.apply", scope),
    watching: watch !== null,
    programs,
  };
}
