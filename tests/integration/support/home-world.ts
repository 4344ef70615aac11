/**
 * The home page's world: a running program in a private group, with each kind of to-do item for someone.
 *
 * - Sam (mentee of Diego, matched 10 days ago): step 1 overdue, two unread messages from Diego.
 * - Diego: checked in on step 1, so step 2 is next (coming up); one unread message from Sam.
 * - Lina (mentee of Mei, matched yesterday): nobody has done anything yet, a new match for both.
 * - Ada (admin) and Olu (owner): three pending applications, an approved mentee waiting, a pair gone quiet, a
 *   reported post and a reported message, a join request. Mo (moderator): the post report and the join request.
 * - Pat: a plain member with nothing to do.
 *
 * The pair's words (check-in text, messages, the goal, the report's reason) are marked PRIVATE so a test can look
 * for them anywhere in what the home page receives.
 */
import pg from "pg";
import { db } from "@/lib/db";
import { addMember } from "../../factories/groups";
import { createCheckIn } from "../../factories/mentorship";
import { createPost } from "../../factories/feed";
import { createUser } from "../../factories/users";
import { createApplicant } from "../../factories/matching";
import { activePair, callerOf, daysAgo, programWorld, quietSince, type Pair } from "../../factories/pairings";
import { newClientId } from "../../factories/chat";

export const PRIVATE = "PRIVATE-WORDS";

export async function message(pair: Pair, from: "mentor" | "mentee", body: string) {
  const thread = await db.thread.findUniqueOrThrow({ where: { pairingId: pair.id } });
  const author = from === "mentor" ? pair.mentor.user : pair.mentee.user;
  const created = await db.message.create({
    data: { threadId: thread.id, clientId: newClientId(), authorId: author.id, body, kind: "TEXT" },
  });
  await db.thread.update({ where: { id: thread.id }, data: { lastMessageAt: created.createdAt } });
  return created;
}

export async function homeWorld() {
  const w = await programWorld(db, { groupName: "Soap Makers", programName: "Soap school" });
  const [step1] = w.steps;
  const late = await activePair(db, w, { mentor: "Diego Ramírez", mentee: "Sam Patel" }, { startedAt: daysAgo(10) });
  await createCheckIn(db, late, step1!, late.mentor.user, { reflection: `${PRIVATE} reflection` });
  await message(late, "mentee", `${PRIVATE} hello from Sam`);
  const reported = await message(late, "mentor", `${PRIVATE} first from Diego`);
  await message(late, "mentor", `${PRIVATE} second from Diego`);
  await db.pairing.update({ where: { id: late.id }, data: { goal: `${PRIVATE} goal` } });

  const fresh = await activePair(db, w, { mentor: "Mei Chen", mentee: "Lina Haddad" }, { startedAt: daysAgo(1) });

  const quiet = await activePair(
    db,
    w,
    { mentor: "Ingrid Solberg", mentee: "Hannah Schmidt" },
    {
      startedAt: daysAgo(30),
    },
  );
  await quietSince(db, quiet, daysAgo(17));
  await db.pairing.update({ where: { id: quiet.id }, data: { stalledAt: daysAgo(3) } });

  for (const name of ["Aisha Bello", "Tariq Aziz"])
    await createApplicant(db, w.program, name, "MENTEE", { state: "PENDING" });
  await createApplicant(db, w.program, "Haruto Sato", "MENTOR", { state: "PENDING" });
  await createApplicant(db, w.program, "Keiko Tanaka", "MENTEE", { state: "APPROVED" });

  const mo = await createUser(db, { name: "Mo Moderator", password: null });
  await addMember(db, w.group, mo, { role: "MODERATOR" });
  const pat = await createUser(db, { name: "Pat Member", password: null });
  await addMember(db, w.group, pat);
  const newcomer = await createUser(db, { name: "Nia Newcomer", password: null });
  await addMember(db, w.group, newcomer, { status: "PENDING" });

  const post = await createPost(db, w.group, pat, { body: "Buy my soap!" });
  await db.report.create({
    data: { groupId: w.group.id, reporterId: mo.id, postId: post.id, reason: "spam", note: `${PRIVATE} note` },
  });
  await db.report.create({
    data: {
      groupId: w.group.id,
      reporterId: late.mentee.user.id,
      messageId: reported.id,
      messageBody: reported.body,
      reason: "harassment",
      note: `${PRIVATE} report note`,
    },
  });

  return {
    ...w,
    late,
    fresh,
    quiet,
    sam: late.menteeCaller,
    diego: late.mentorCaller,
    lina: fresh.menteeCaller,
    mei: fresh.mentorCaller,
    mo: callerOf(mo),
    pat: callerOf(pat),
  };
}
export type HomeWorld = Awaited<ReturnType<typeof homeWorld>>;

/**
 * Counts the SQL statements `fn` sends, at the driver: every query of every pooled connection of the app's Prisma
 * client (and of anything else using `pg` meanwhile, so nothing else may run).
 */
export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  let statements = 0;
  proto.query = function (this: unknown, ...args: unknown[]) {
    statements += 1;
    return original.apply(this, args);
  };
  try {
    const result = await fn();
    return { result, statements };
  } finally {
    proto.query = original;
  }
}
