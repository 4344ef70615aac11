import "server-only";
import { db } from "@/lib/db";
import { conflict, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/notify";
import { authorize } from "@/lib/auth/authorize";
import { ZProgramTransitionInput } from "./schemas";
import { programTransition, type ProgramState } from "./state-machine";

export type TransitionResult = {
  id: string;
  state: ProgramState;
  archived: boolean;
  /** Pairs completed by closing. */
  completedPairings: number;
  /** Members told the program opened, or participants told their first step is open (start). */
  notified: number;
};

/**
 * The program's life cycle, one explicit admin action at a time: open (DRAFT → OPEN, with steps and questions for
 * both roles), start (OPEN → RUNNING), close (→ CLOSED, completing every active pair once the admin confirms) and
 * archive (a closed program leaves the list but stays readable). The program row is locked, so two admins
 * clicking at once apply one transition.
 */
export async function transitionProgram(
  actor: SessionUser,
  programId: string,
  raw: unknown,
): Promise<TransitionResult> {
  const input = ZProgramTransitionInput.parse(raw);
  // Starting tells every waiting pair in this one transaction: a cohort of hundreds needs more than the default
  // 5 s, as confirming a cohort does.
  return db.$transaction(
    async (tx) => {
      const { program, group } = await authorize(actor, "mentorship.manage", { programId }, { tx, lock: "update" });
      const now = new Date();

      if (input.action === "archive") {
        if (program.archivedAt) throw conflict(msg("errors.programs.alreadyArchived"));
        if (program.state !== "CLOSED") throw conflict(msg("errors.programs.closeBeforeArchive"));
        await tx.program.update({ where: { id: program.id }, data: { archivedAt: now } });
        await audit("program.archive");
        return { id: program.id, state: program.state, archived: true, completedPairings: 0, notified: 0 };
      }

      const [stepCount, questionCounts, activePairings] = await Promise.all([
        tx.programStep.count({ where: { programId: program.id, removedAt: null } }),
        tx.applicationQuestion.groupBy({ by: ["role"], where: { programId: program.id }, _count: { _all: true } }),
        tx.pairing.count({ where: { programId: program.id, state: "ACTIVE" } }),
      ]);
      const questions = (role: string) => questionCounts.find((c) => c.role === role)?._count._all ?? 0;
      const result = programTransition(program.state, input.action, {
        stepCount,
        mentorQuestionCount: questions("MENTOR"),
        menteeQuestionCount: questions("MENTEE"),
        mentorshipEnabled: group.mentorshipEnabled,
        archived: program.archivedAt !== null,
        activePairings,
        confirmed: input.confirm,
      });
      if (!result.ok) throw conflict(result.reason);

      let completedPairings = 0;
      let notified = 0;
      if (input.action === "open") {
        await tx.program.update({ where: { id: program.id }, data: { state: result.state, openedAt: now } });
        notified = await notifyWatchers();
        await audit("program.open");
      } else if (input.action === "start") {
        await tx.program.update({ where: { id: program.id }, data: { state: result.state, startedAt: now } });
        notified = await notifyPairsStepsOpen();
        await audit("program.start");
      } else {
        completedPairings = (
          await tx.pairing.updateMany({
            where: { programId: program.id, state: "ACTIVE" },
            data: { state: "COMPLETED", completedAt: now },
          })
        ).count;
        await tx.program.update({ where: { id: program.id }, data: { state: result.state, closedAt: now } });
        await audit("program.close", { completedPairings });
      }
      return { id: program.id, state: result.state, archived: false, completedPairings, notified };

      async function audit(action: "program.open" | "program.start" | "program.close" | "program.archive", data = {}) {
        await recordAudit(tx, {
          groupId: group.id,
          actorId: actor.id,
          action,
          targetType: "program",
          targetId: program.id,
          data: { program: program.name, ...data },
        });
      }

      /**
       * Pairs matched while the program took applications start their step clocks now (decision 015): both are told
       * their first step is open, once per pair however the start is retried.
       */
      async function notifyPairsStepsOpen(): Promise<number> {
        const [pairings, first] = await Promise.all([
          tx.pairing.findMany({
            where: { programId: program.id, state: "ACTIVE" },
            select: { id: true, mentorId: true, menteeId: true },
          }),
          tx.programStep.findFirst({
            where: { programId: program.id, removedAt: null },
            orderBy: { position: "asc" },
            select: { title: true, dueWeek: true },
          }),
        ]);
        if (!first) return 0;
        const days = first.dueWeek * 7;
        let count = 0;
        for (const p of pairings)
          count += (
            await notify(tx, {
              recipients: [p.mentorId, p.menteeId],
              kind: "pairing.reminder",
              groupId: group.id,
              message: { key: "programStarted", values: { program: program.name, step: first.title, days } },
              url: `/pairings/${p.id}`,
              dedupeKey: `steps-open:${p.id}`,
            })
          ).notified;
        return count;
      }

      /** Members who asked to be told when a program opens (and are still members) hear about it. */
      async function notifyWatchers(): Promise<number> {
        const watchers = await tx.programWatch.findMany({
          where: {
            groupId: group.id,
            user: { memberships: { some: { groupId: group.id, status: "ACTIVE" } } },
          },
          select: { userId: true },
        });
        const { notified: count } = await notify(tx, {
          recipients: watchers.map((w) => w.userId).filter((id) => id !== actor.id),
          kind: "program.opened",
          groupId: group.id,
          message: { key: "programOpened", values: { program: program.name, group: group.name } },
          url: `/groups/${group.slug}/mentorship/${program.id}`,
          dedupeKey: `program-opened:${program.id}`,
        });
        return count;
      }
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
