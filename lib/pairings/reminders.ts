import "server-only";
import { groupAdminIds } from "@/lib/groups/admin-ids";
import { db } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import type { NotifyMessage } from "@/lib/notifications/messages";
import { localHour } from "@/lib/time";
import { DAY_MS, STALLED_AFTER_DAYS, clockStart, progressOf } from "./progress";

/** Reminders reach people between 8:00 and 20:59 of their own day, never at night. */
const WAKING = { from: 8, to: 21 } as const;
const DUE_SOON_MS = 2 * DAY_MS;

const awake = (timeZone: string, at: Date) => {
  const hour = localHour(timeZone, at);
  return hour >= WAKING.from && hour < WAKING.to;
};

/**
 * Records a reminder and notifies, once: the unique (kind, pairing, step, person) row is the proof it was sent, so
 * running the job twice, or on two instances at once, sends one reminder.
 */
async function remindOnce(
  key: { kind: "step.due_soon" | "step.overdue"; pairingId: string; stepId: string; userId: string },
  message: { groupId: string; message: NotifyMessage },
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const inserted = await tx.$executeRaw`
      INSERT INTO "ReminderDelivery" (id, kind, "pairingId", "stepId", "userId", "sentAt")
      VALUES (${`rd_${crypto.randomUUID().replaceAll("-", "")}`}, ${key.kind}, ${key.pairingId}, ${key.stepId},
              ${key.userId}, now())
      ON CONFLICT (kind, "pairingId", "stepId", "userId") DO NOTHING`;
    if (inserted === 0) return false;
    await notify(tx, {
      recipients: [key.userId],
      kind: "pairing.reminder",
      groupId: message.groupId,
      message: message.message,
      url: `/pairings/${key.pairingId}`,
      dedupeKey: `${key.kind}:${key.pairingId}:${key.stepId}:${key.userId}`,
    });
    return true;
  });
}

/**
 * Step reminders for every active pairing: each participant's first step without their check-in reminds them once
 * when it is due within 2 days, and once more when it is overdue. Due dates come from the pair's clock (decision
 * 015), so a pair whose program has not started yet hears nothing. Only during the participant's waking hours in
 * their own time zone; a reminder held back at night goes out on the next run in the morning.
 */
export async function sendStepReminders(now = new Date()): Promise<number> {
  const pairings = await db.pairing.findMany({
    where: {
      state: "ACTIVE",
      program: {
        archivedAt: null,
        startedAt: { lte: now },
        group: { archivedAt: null, mentorshipEnabled: true },
      },
    },
    select: {
      id: true,
      mentorId: true,
      menteeId: true,
      startedAt: true,
      mentor: { select: { timeZone: true } },
      mentee: { select: { timeZone: true } },
      checkIns: { select: { stepId: true, userId: true } },
      program: {
        select: {
          name: true,
          groupId: true,
          startedAt: true,
          steps: { where: { removedAt: null }, select: { id: true, position: true, dueWeek: true, title: true } },
        },
      },
    },
  });
  let sent = 0;
  for (const p of pairings) {
    const clockStartedAt = clockStart(p.startedAt, p.program.startedAt);
    if (!clockStartedAt || clockStartedAt > now) continue;
    const progress = progressOf(p.program.steps, p.checkIns, { ...p, clockStartedAt });
    for (const [userId, timeZone, side] of [
      [p.mentorId, p.mentor.timeZone, "mentor"],
      [p.menteeId, p.mentee.timeZone, "mentee"],
    ] as const) {
      if (!awake(timeZone, now)) continue;
      const step = progress.steps.find((s) => !s.checkedIn[side]);
      if (!step?.dueAt) continue;
      const left = step.dueAt.getTime() - now.getTime();
      const kind = left < 0 ? "step.overdue" : left <= DUE_SOON_MS ? "step.due_soon" : null;
      if (!kind) continue;
      const message: NotifyMessage = {
        key: kind === "step.overdue" ? "stepOverdue" : "stepDueSoon",
        values: { step: step.title, program: p.program.name },
      };
      if (await remindOnce({ kind, pairingId: p.id, stepId: step.id, userId }, { groupId: p.program.groupId, message }))
        sent++;
    }
  }
  return sent;
}

/**
 * Flags active pairs with no check-in and no message for 14 days, once per quiet spell (`stalledAt` is set only
 * where it is null, and cleared by the next check-in), and tells the program's admins. The quiet is counted from
 * the pair's clock start at the earliest (decision 015): a pair waiting for its program to start is not stalled, and
 * one matched weeks before the start has its 14 days from the start.
 */
export async function flagStalledPairings(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - STALLED_AFTER_DAYS * DAY_MS);
  return db.$transaction(async (tx) => {
    const flagged = await tx.$queryRaw<
      {
        id: string;
        groupId: string;
        programId: string;
        program: string;
        slug: string;
        mentor: string;
        mentee: string;
      }[]
    >`
      UPDATE "Pairing" p SET "stalledAt" = ${now}
      FROM "Program" pr, "Group" g, "User" mu, "User" eu
      WHERE pr.id = p."programId" AND g.id = pr."groupId" AND mu.id = p."mentorId" AND eu.id = p."menteeId"
        AND p.state = 'ACTIVE' AND p."stalledAt" IS NULL AND pr."archivedAt" IS NULL AND g."archivedAt" IS NULL
        AND pr."startedAt" IS NOT NULL
        -- clockStart() in progress.ts: GREATEST(match, program start).
        AND GREATEST(p."lastActivityAt", p."startedAt", pr."startedAt",
              COALESCE((SELECT t."lastMessageAt" FROM "Thread" t WHERE t."pairingId" = p.id), p."lastActivityAt"))
            < ${before}
      RETURNING p.id, pr."groupId", pr.id AS "programId", pr.name AS program, g.slug, mu.name AS mentor,
        eu.name AS mentee`;
    if (flagged.length === 0) return 0;
    const admins = await groupAdminIds(tx, [...new Set(flagged.map((f) => f.groupId))]);
    for (const f of flagged)
      await notify(tx, {
        recipients: admins.get(f.groupId)!,
        kind: "pairing.stalled",
        groupId: f.groupId,
        message: {
          key: "pairStalled",
          values: { mentee: f.mentee, mentor: f.mentor, days: STALLED_AFTER_DAYS, program: f.program },
        },
        url: `/groups/${f.slug}/mentorship/${f.programId}/progress?stalled=true`,
        dedupeKey: `stalled:${f.id}:${now.toISOString().slice(0, 10)}`,
      });
    return flagged.length;
  });
}
