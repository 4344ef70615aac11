/**
 * Only the two participants read or write their thread. Every thread and message action answers NOT_FOUND to
 * everyone else (another pair, a member, the group's admin and owner, another group's admin, an outsider, a
 * signed-out caller, a participant who left or was removed from the group) and changes nothing at all. When a
 * pairing ends, the thread stays readable, but nothing new can be written. Ids that name nothing are NOT_FOUND,
 * never a 500.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sendMessage } from "@/lib/chat/send-message";
import { deleteMessage, editMessage } from "@/lib/chat/change-message";
import { findMessages } from "@/lib/chat/find-messages";
import { markThreadRead, unreadByThread } from "@/lib/chat/mark-read";
import { reportMessage } from "@/lib/chat/report-message";
import { leaveGroup } from "@/lib/groups/leave-group";
import { removeMember } from "@/lib/groups/members/remove-member";
import { endPairing } from "@/lib/pairings/end-pairing";
import { createUser } from "../factories/users";
import { addMember, createGroup } from "../factories/groups";
import { createProgram } from "../factories/mentorship";
import { activePair, callerOf, programWorld, type Caller, type Pair } from "../factories/pairings";
import { newClientId } from "../factories/chat";
import { expectEachRefused, expectRefused, outcome } from "./support/world";

const as = (c: Caller | null) => c as SessionUser;
const person = async (name: string) => callerOf(await createUser(db, { name, password: null }));
const say = async (who: Caller, pair: Pair, body: string) =>
  (await sendMessage(who, pair.threadId, { clientId: newClientId(), body })).message;

/** The six thread actions, on a thread: `own` is a message its caller would edit or delete, `theirs` one to report. */
type Target = { threadId: string; own: string; theirs: string; seq: string };
const ACTIONS: [string, (c: Caller | null, t: Target) => Promise<unknown>][] = [
  ["findMessages", (c, t) => findMessages(c, t.threadId, {})],
  ["sendMessage", (c, t) => sendMessage(as(c), t.threadId, { clientId: newClientId("sneak"), body: "Sneaky" })],
  ["editMessage", (c, t) => editMessage(as(c), t.own, { body: "Rewritten" })],
  ["deleteMessage", (c, t) => deleteMessage(as(c), t.own)],
  ["markThreadRead", (c, t) => markThreadRead(as(c), t.threadId, { seq: t.seq })],
  ["reportMessage", (c, t) => reportMessage(as(c), t.theirs, { reason: "SPAM" })],
];

async function setup(privacy: "PUBLIC" | "PRIVATE") {
  const w = await programWorld(db);
  if (privacy === "PUBLIC") await db.group.update({ where: { id: w.group.id }, data: { privacy: "PUBLIC" } });
  const pair = await activePair(db, w, { mentor: "Max Mentor", mentee: "Mia Mentee" });
  const other = await activePair(db, w, { mentor: "Oz Mentor", mentee: "Ola Mentee" });
  const left = await activePair(db, w, { mentor: "Dee Mentor", mentee: "Dan Leaver" });
  const removed = await activePair(db, w, { mentor: "Rae Removed", mentee: "Ray Mentee" });

  const menteeSays = await say(pair.menteeCaller, pair, "Mia's words");
  const mentorSays = await say(pair.mentorCaller, pair, "Max's words");
  const leftSays = await say(left.menteeCaller, left, "Dan's words");
  const leftHears = await say(left.mentorCaller, left, "Dee's words");
  const removedSays = await say(removed.mentorCaller, removed, "Rae's words");
  const removedHears = await say(removed.menteeCaller, removed, "Ray's words");
  await leaveGroup(left.menteeCaller, w.group.slug);
  await removeMember(w.owner, removed.mentor.membershipId!);

  const [member, nonMember, otherAdmin] = [
    await person("Mo Member"),
    await person("Nia Nonmember"),
    await person("Oli OtherAdmin"),
  ];
  await addMember(db, w.group, member);
  const elsewhere = await createGroup(db, otherAdmin, { name: "Elsewhere", mentorshipEnabled: true });
  await createProgram(db, elsewhere, otherAdmin, { state: "RUNNING" });

  const outsiders: [string, Caller | null][] = [
    ["another pair's mentor", other.mentorCaller],
    ["another pair's mentee", other.menteeCaller],
    ["a member", member],
    ["the group's admin", w.admin],
    ["the group's owner", w.owner],
    ["another group's admin", otherAdmin],
    ["a non-member", nonMember],
    ["signed out", null],
    ["someone who left the group", left.menteeCaller],
  ];
  const target: Target = { threadId: pair.threadId, own: menteeSays.id, theirs: mentorSays.id, seq: mentorSays.seq };
  // Their former threads, as the one who left (or was removed) would call them: their own message, the partner's.
  const formerTargets: [string, Caller, Target][] = [
    [
      "the participant who left",
      left.menteeCaller,
      { threadId: left.threadId, own: leftSays.id, theirs: leftHears.id, seq: leftHears.seq },
    ],
    [
      "the participant who was removed",
      removed.mentorCaller,
      { threadId: removed.threadId, own: removedSays.id, theirs: removedHears.id, seq: removedHears.seq },
    ],
  ];
  return { w, pair, other, left, removed, outsiders, target, formerTargets, menteeSays, mentorSays };
}

describe.each(["PRIVATE", "PUBLIC"] as const)("the thread in a %s group", (privacy) => {
  it("answers NOT_FOUND to everyone but the two participants, and changes nothing", async () => {
    const s = await setup(privacy);
    await expectEachRefused(
      ACTIONS.flatMap(([name, run]) =>
        s.outsiders.map(
          ([who, caller]) =>
            [`${name} by ${who}`, () => run(caller, s.target), "NOT_FOUND"] as [string, () => Promise<unknown>, string],
        ),
      ),
    );

    // The same calls work for the participants: the table above is not refusing everyone.
    const page = await findMessages(s.pair.mentorCaller, s.pair.threadId);
    expect(page.messages.map((m) => m.body)).toEqual(["You both love soap. Say hello!", "Mia's words", "Max's words"]);
    expect(await markThreadRead(s.pair.menteeCaller, s.pair.threadId, { seq: s.target.seq })).toEqual({
      lastReadSeq: s.target.seq,
    });
    expect(await reportMessage(s.pair.menteeCaller, s.mentorSays.id, { reason: "SPAM" })).toMatchObject({
      alreadyReported: false,
    });
    expect((await editMessage(s.pair.menteeCaller, s.menteeSays.id, { body: "Edited" })).body).toBe("Edited");
    expect((await deleteMessage(s.pair.menteeCaller, s.menteeSays.id)).body).toBeNull();
    expect((await say(s.pair.mentorCaller, s.pair, "Still here")).body).toBe("Still here");
  });

  it("makes the thread disappear for a participant who left or was removed, and read-only for the other", async () => {
    const s = await setup(privacy);
    for (const [who, caller, former] of s.formerTargets) {
      for (const [name, run] of ACTIONS)
        await expectRefused(() => run(caller, former), "NOT_FOUND", `${name} by ${who} on their former thread`);
      // Nor does their navigation count messages in it.
      expect.soft(await unreadByThread(caller.id), `${who}'s unread threads`).toEqual({});
    }

    // The one still there reads the whole conversation, and can no longer write to it.
    for (const [stays, pair, words] of [
      [s.left.mentorCaller, s.left, ["Dan's words", "Dee's words"]],
      [s.removed.menteeCaller, s.removed, ["Rae's words", "Ray's words"]],
    ] as const) {
      const page = await findMessages(stays, pair.threadId);
      expect(page.writable).toBe(false);
      expect(page.messages.slice(1).map((m) => m.body)).toEqual(words);
      const refused = await expectRefused(() => say(stays, pair, "Hello?"), "CONFLICT", `${stays.name} writes`);
      expect("error" in refused && refused.error.message).toMatch(/ended/);
    }
  });
});

describe("an ended pairing", () => {
  it("stays readable for both, but nothing can be sent, edited or deleted", async () => {
    const w = await programWorld(db);
    const pair = await activePair(db, w, { mentor: "Max Mentor", mentee: "Mia Mentee" });
    const mine = await say(pair.menteeCaller, pair, "See you next week");
    const theirs = await say(pair.mentorCaller, pair, "Sure");
    await endPairing(w.admin, pair.id, { reason: "Not working out", mentee: "rematch" });

    for (const who of [pair.menteeCaller, pair.mentorCaller]) {
      const page = await findMessages(who, pair.threadId);
      expect(page.writable).toBe(false);
      expect(page.messages.slice(1).map((m) => m.body)).toEqual(["See you next week", "Sure"]);
      await expectRefused(() => say(who, pair, "One more thing"), "CONFLICT", `${who.name} sends`);
    }
    await expectRefused(() => editMessage(pair.menteeCaller, mine.id, { body: "Edited" }), "CONFLICT", "edit");
    await expectRefused(() => deleteMessage(pair.menteeCaller, mine.id), "CONFLICT", "delete");
    // Reading still moves the read mark.
    expect(await markThreadRead(pair.menteeCaller, pair.threadId, { seq: theirs.seq })).toEqual({
      lastReadSeq: theirs.seq,
    });
    // A retry of a message sent before the end stores nothing new.
    await expectRefused(
      () => sendMessage(pair.menteeCaller, pair.threadId, { clientId: mine.clientId, body: "See you next week" }),
      "CONFLICT",
      "retry after the end",
    );
  });
});

describe("ids that name nothing", () => {
  it("are NOT_FOUND for every action, never a 500, and write nothing", async () => {
    const w = await programWorld(db);
    const pair = await activePair(db, w, { mentor: "Max Mentor", mentee: "Mia Mentee" });
    const other = await activePair(db, w, { mentor: "Oz Mentor", mentee: "Ola Mentee" });
    const mine = await say(pair.menteeCaller, pair, "Mine");
    const theirs = await say(pair.mentorCaller, pair, "Theirs");
    const elsewhere = await say(other.mentorCaller, other, "Another pair's words");
    const otherOwn = await say(other.menteeCaller, other, "Another pair's mentee");
    const odd = [
      "\u0000",
      "x".repeat(1000),
      "",
      "../../etc/passwd",
      "' OR 1=1 --",
      "clzzzzzzzzzzzzzzzzzzzzzzz",
      "%00",
      "a".repeat(101),
    ];
    const me = pair.menteeCaller;
    const real: Target = { threadId: pair.threadId, own: mine.id, theirs: theirs.id, seq: theirs.seq };
    for (const bad of odd) {
      const tag = JSON.stringify(bad.slice(0, 20));
      const t: Target = { threadId: bad, own: bad, theirs: bad, seq: theirs.seq };
      for (const [name, run] of ACTIONS) await expectRefused(() => run(me, t), "NOT_FOUND", `${name} ${tag}`);
    }
    // Real ids of the wrong kind, or of another pair's thread.
    const THREAD = ["findMessages", "sendMessage", "markThreadRead"];
    const MESSAGE = ["editMessage", "deleteMessage", "reportMessage"];
    const mixed: [string, Target, string[]][] = [
      ["a message id as a thread id", { ...real, threadId: mine.id }, THREAD],
      ["a pairing id as a thread id", { ...real, threadId: pair.id }, THREAD],
      ["a thread id as a message id", { ...real, own: pair.threadId, theirs: pair.threadId }, MESSAGE],
      [
        "another pair's thread and messages",
        { threadId: other.threadId, own: otherOwn.id, theirs: elsewhere.id, seq: elsewhere.seq },
        [...THREAD, ...MESSAGE],
      ],
    ];
    for (const [label, t, names] of mixed)
      for (const [name, run] of ACTIONS)
        if (names.includes(name)) await expectRefused(() => run(me, t), "NOT_FOUND", `${name}: ${label}`);
  });

  it("answers cursors and read marks out of range with INVALID_INPUT or a page, never a 500", async () => {
    const w = await programWorld(db);
    const pair = await activePair(db, w, { mentor: "Max Mentor", mentee: "Mia Mentee" });
    await say(pair.mentorCaller, pair, "Hello");
    const me = pair.menteeCaller;
    const huge = "9999999999999999999"; // 19 digits, beyond PostgreSQL's bigint
    for (const query of [{ before: huge }, { after: huge }, { before: "0" }, { after: "0" }, { before: "" }]) {
      const result = await outcome(findMessages(me, pair.threadId, query));
      expect
        .soft(
          ["ok", "INVALID_INPUT"],
          `${JSON.stringify(query)}: ${"error" in result ? String(result.error.cause).slice(0, 120) : ""}`,
        )
        .toContain(result.code);
    }
    for (const seq of [huge, "0", "-1", "1.5", "", "12345678901234567890"]) {
      const result = await outcome(markThreadRead(me, pair.threadId, { seq }));
      expect
        .soft(
          ["ok", "INVALID_INPUT"],
          `seq ${seq}: ${"error" in result ? String(result.error.cause).slice(0, 120) : ""}`,
        )
        .toContain(result.code);
    }
  });
});
