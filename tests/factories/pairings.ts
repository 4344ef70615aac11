/**
 * Check-in factories: a running program with guided steps in a private group (an owner and an admin), and active
 * pairings in it as matching leaves them, started when the test says, with check-ins written straight to the
 * database (the services are what the tests exercise).
 */
import type { PrismaClient } from "@/lib/db/generated/client";
import { addMember, createGroup } from "./groups";
import { createCheckIn, createProgram } from "./mentorship";
import { createApplicant, pairUp, type Applicant } from "./matching";
import { createUser } from "./users";

/** What the services take as the signed-in caller. */
export type Caller = { id: string; name: string; email: string; timeZone: string };
export const callerOf = (u: Caller): Caller => ({ id: u.id, name: u.name, email: u.email, timeZone: u.timeZone });

/** Three steps, the second one the goal step (createProgram marks position 1 as the goal step). */
export const STEPS = [
  { title: "Meet each other", dueWeek: 1 },
  { title: "Set a goal", dueWeek: 2 },
  { title: "Look back, look ahead", dueWeek: 3 },
];

export async function programWorld(
  db: PrismaClient,
  options: {
    steps?: { title: string; dueWeek: number }[];
    groupName?: string;
    programName?: string;
    /** OPEN: still taking applications, so no pair's steps have started (decision 015). */
    state?: "OPEN" | "RUNNING";
    /** When a RUNNING program started (default: long before any pair). */
    startedAt?: Date;
  } = {},
) {
  const owner = await createUser(db, { name: "Olu Owner", password: null });
  const group = await createGroup(db, owner, {
    name: options.groupName ?? "Soap Makers",
    privacy: "PRIVATE",
    mentorshipEnabled: true,
  });
  const admin = await createUser(db, { name: "Ada Admin", password: null });
  await addMember(db, group, admin, { role: "ADMIN" });
  const program = await createProgram(db, group, owner, {
    name: options.programName ?? "Learn the ropes",
    state: options.state ?? "RUNNING",
    ...(options.startedAt ? { startedAt: options.startedAt } : {}),
    steps: options.steps ?? STEPS,
  });
  return { owner: callerOf(owner), admin: callerOf(admin), group, program, steps: program.steps };
}
export type ProgramWorld = Awaited<ReturnType<typeof programWorld>>;

export type Pair = {
  id: string;
  threadId: string;
  mentor: Applicant;
  mentee: Applicant;
  /** The callers, as the services take them. */
  mentorCaller: Caller;
  menteeCaller: Caller;
};

/**
 * An ACTIVE pairing of two new members (or `options.mentor` / `options.mentee`, existing applicants: a mentor's
 * second mentee, a mentee matched again), started `startedAt` (default now) with no activity since.
 */
export async function activePair(
  db: PrismaClient,
  w: { program: { id: string; groupId: string }; owner: { id: string } },
  names: { mentor: string; mentee: string },
  options: {
    startedAt?: Date;
    mentor?: Applicant;
    mentee?: Applicant;
    menteeTimeZone?: string;
    mentorTimeZone?: string;
  } = {},
): Promise<Pair> {
  const mentor = options.mentor ?? (await createApplicant(db, w.program, names.mentor, "MENTOR", { capacity: 3 }));
  const mentee = options.mentee ?? (await createApplicant(db, w.program, names.mentee, "MENTEE"));
  for (const [who, timeZone] of [
    [mentor, options.mentorTimeZone],
    [mentee, options.menteeTimeZone],
  ] as const)
    if (timeZone) {
      await db.user.update({ where: { id: who.user.id }, data: { timeZone } });
      who.user.timeZone = timeZone;
    }
  const pairing = await pairUp(db, w.program, mentor, mentee, w.owner);
  if (options.startedAt)
    await db.pairing.update({
      where: { id: pairing.id },
      data: { startedAt: options.startedAt, lastActivityAt: options.startedAt },
    });
  return {
    id: pairing.id,
    threadId: pairing.thread!.id,
    mentor,
    mentee,
    mentorCaller: callerOf(mentor.user),
    menteeCaller: callerOf(mentee.user),
  };
}

/** Both participants' check-ins on each step given, straight to the database. */
export async function checkInBoth(db: PrismaClient, pair: Pair, steps: readonly { id: string }[], rating = 4) {
  for (const step of steps) {
    await createCheckIn(db, pair, step, pair.mentor.user, { rating });
    await createCheckIn(db, pair, step, pair.mentee.user, { rating });
  }
}

/** Sets when the pair was last heard of: its own activity and its thread's last message. */
export async function quietSince(db: PrismaClient, pair: Pair, at: Date, lastMessageAt: Date = at) {
  await db.pairing.update({ where: { id: pair.id }, data: { lastActivityAt: at } });
  await db.thread.update({ where: { id: pair.threadId }, data: { lastMessageAt } });
}

export const DAY = 24 * 60 * 60 * 1000;
export const daysAgo = (days: number, now = new Date()) => new Date(now.getTime() - days * DAY);
