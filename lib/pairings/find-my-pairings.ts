import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { clockStart, progressOf } from "./progress";
import type { MyPairingDto } from "./dto";
import { avatarPhoto } from "@/lib/photos/url";

/**
 * "My mentorships": the signed-in person's pairings across groups where they are still an active member, active
 * ones first, each with what is due next (from the pair's clock, decision 015). A group they left no longer shows
 * its pairings.
 */
export async function findMyPairings(actor: SessionUser, now = new Date()): Promise<MyPairingDto[]> {
  const pairings = await db.pairing.findMany({
    where: {
      OR: [{ mentorId: actor.id }, { menteeId: actor.id }],
      program: {
        group: { archivedAt: null, memberships: { some: { userId: actor.id, status: "ACTIVE" } } },
      },
    },
    // Active first (the enum's order), so a long history never pushes an active pairing off the list.
    orderBy: [{ state: "asc" }, { startedAt: "desc" }, { id: "desc" }],
    take: 100,
    select: {
      id: true,
      state: true,
      mentorId: true,
      menteeId: true,
      startedAt: true,
      mentor: { select: { id: true, name: true, image: true, timeZone: true, photoVersion: true } },
      mentee: { select: { id: true, name: true, image: true, timeZone: true, photoVersion: true } },
      checkIns: { select: { stepId: true, userId: true } },
      thread: { select: { id: true } },
      program: {
        select: {
          id: true,
          name: true,
          startedAt: true,
          group: { select: { slug: true, name: true } },
          steps: {
            where: { removedAt: null },
            select: { id: true, position: true, dueWeek: true, title: true },
          },
        },
      },
    },
  });
  const rank = { ACTIVE: 0, COMPLETED: 1, ENDED: 2 } as const;
  return pairings
    .map((p): MyPairingDto => {
      const side = p.mentorId === actor.id ? "MENTOR" : "MENTEE";
      const clockStartedAt = clockStart(p.startedAt, p.program.startedAt);
      const progress = progressOf(p.program.steps, p.checkIns, { ...p, clockStartedAt });
      const current = progress.steps.find((s) => s.id === progress.currentStepId);
      const checkedIn = current ? (side === "MENTOR" ? current.checkedIn.mentor : current.checkedIn.mentee) : false;
      const open = p.state === "ACTIVE" && clockStartedAt !== null;
      return {
        id: p.id,
        state: p.state,
        side,
        program: { id: p.program.id, name: p.program.name },
        group: p.program.group,
        partner: partnerDto(side === "MENTOR" ? p.mentee : p.mentor),
        threadId: p.thread?.id ?? null,
        startedAt: p.startedAt.toISOString(),
        clockStartedAt: clockStartedAt?.toISOString() ?? null,
        progress: { done: progress.done, total: progress.total, percent: progress.percent },
        next:
          current && p.state === "ACTIVE"
            ? {
                stepId: current.id,
                title: current.title,
                dueAt: current.dueAt?.toISOString() ?? null,
                overdue: current.dueAt !== null && current.dueAt < now,
                checkedIn,
              }
            : null,
        // Nothing awaits anyone before the clock starts: check-ins open with it.
        awaitingYou: open && current !== undefined && !checkedIn,
      };
    })
    .sort((a, b) => rank[a.state] - rank[b.state]);
}

function partnerDto(u: {
  id: string;
  name: string;
  image: string | null;
  timeZone: string;
  photoVersion: string | null;
}) {
  return { name: u.name, image: u.image, timeZone: u.timeZone, photo: avatarPhoto(u) };
}
