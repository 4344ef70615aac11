/**
 * The header's unread counts come from a maintained counter (ThreadUnread, kept by triggers), not from counting
 * messages per page render: it stays equal to a count of the messages themselves through sends, read marks,
 * edits, deletions, bulk inserts, concurrent sends and reads, and the end of a pairing or a member's removal.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sendMessage } from "@/lib/chat/send-message";
import { deleteMessage, editMessage } from "@/lib/chat/change-message";
import { markThreadRead, unreadByThread } from "@/lib/chat/mark-read";
import { endPairing } from "@/lib/pairings/end-pairing";
import { removeMember } from "@/lib/groups/members/remove-member";
import { activePair } from "../factories/pairings";
import { chatWorld, newClientId, seedMessages } from "../factories/chat";
import { countStatements } from "./support/home-world";

const say = (who: SessionUser, threadId: string, body: string) =>
  sendMessage(who, threadId, { clientId: newClientId(), body });

/** The reader's unread messages counted from the messages themselves: the counter's definition. */
async function counted(userId: string, threadId: string): Promise<number> {
  const mark = await db.threadRead.findUnique({
    where: { threadId_userId: { threadId, userId } },
    select: { lastReadSeq: true },
  });
  return db.message.count({
    where: {
      threadId,
      authorId: { not: userId },
      kind: "TEXT",
      deletedAt: null,
      seq: { gt: mark?.lastReadSeq ?? 0n },
    },
  });
}

async function stored(userId: string, threadId: string): Promise<number> {
  const row = await db.threadUnread.findUnique({ where: { threadId_userId: { threadId, userId } } });
  return row?.count ?? 0;
}

describe("the unread counter", () => {
  it("follows sends, read marks, edits, deletions and bulk inserts, for both participants", async () => {
    const { pair, mentee, mentor } = await chatWorld(db);
    const check = async (expected: { mentee: number; mentor: number }) => {
      expect(await stored(mentee.id, pair.threadId)).toBe(expected.mentee);
      expect(await stored(mentor.id, pair.threadId)).toBe(expected.mentor);
      expect(await counted(mentee.id, pair.threadId)).toBe(expected.mentee);
      expect(await counted(mentor.id, pair.threadId)).toBe(expected.mentor);
      // Each one's own messages ever written ("have they written yet?", for the home page's new match).
      for (const who of [mentee, mentor]) {
        const row = await db.threadUnread.findUnique({
          where: { threadId_userId: { threadId: pair.threadId, userId: who.id } },
        });
        const written = await db.message.count({ where: { threadId: pair.threadId, authorId: who.id, kind: "TEXT" } });
        expect(row?.sent ?? 0).toBe(written);
      }
      const header = await unreadByThread(mentee.id);
      expect(header[pair.threadId] ?? 0).toBe(expected.mentee);
    };
    // The admins' introduction is not unread to anyone.
    await check({ mentee: 0, mentor: 0 });

    const m1 = (await say(mentor, pair.threadId, "Hello")).message;
    const m2 = (await say(mentor, pair.threadId, "Are you there?")).message;
    await check({ mentee: 2, mentor: 0 });
    // A resend of the same client id stores nothing and counts nothing.
    await sendMessage(mentor, pair.threadId, { clientId: m2.clientId, body: "Are you there?" });
    await check({ mentee: 2, mentor: 0 });

    await markThreadRead(mentee, pair.threadId, { seq: m1.seq });
    await check({ mentee: 1, mentor: 0 });
    // Replying marks the mentee's own read mark at their message: everything before it is read.
    await say(mentee, pair.threadId, "Yes!");
    await check({ mentee: 0, mentor: 1 });

    // Sending marks the sender's own read mark: the mentor has now read "Yes!".
    const m4 = (await say(mentor, pair.threadId, "Great")).message;
    await check({ mentee: 1, mentor: 0 });
    await editMessage(mentor, m4.id, { body: "Great!" });
    await check({ mentee: 1, mentor: 0 });
    await deleteMessage(mentor, m4.id);
    await check({ mentee: 0, mentor: 0 });
    // Deleting a message already read changes nothing.
    await say(mentee, pair.threadId, "See you");
    await deleteMessage(mentor, m1.id);
    await check({ mentee: 0, mentor: 1 });

    // Messages written in bulk (seeds, imports) count too, one statement for all of them: five from the mentor,
    // four from the mentee.
    await seedMessages(db, pair.threadId, [pair.mentor.user, pair.mentee.user], 9, "Bulk");
    await check({ mentee: 5, mentor: 5 });
    const newest = await db.message.findFirstOrThrow({ where: { threadId: pair.threadId }, orderBy: { seq: "desc" } });
    await markThreadRead(mentor, pair.threadId, { seq: newest.seq.toString() });
    await check({ mentee: 5, mentor: 0 });
  });

  it("stays exact when one participant sends while the other reads, many at once", async () => {
    const { pair, mentee, mentor } = await chatWorld(db);
    const sends = Array.from({ length: 12 }, (_, i) => say(mentor, pair.threadId, `Burst ${i + 1}`));
    const reads = Array.from({ length: 6 }, async () => {
      const latest = await db.message.findFirst({ where: { threadId: pair.threadId }, orderBy: { seq: "desc" } });
      if (latest) await markThreadRead(mentee, pair.threadId, { seq: latest.seq.toString() });
    });
    await Promise.all([...sends, ...reads]);
    expect(await stored(mentee.id, pair.threadId)).toBe(await counted(mentee.id, pair.threadId));
    expect(await stored(mentor.id, pair.threadId)).toBe(0);
  });

  it("keeps the count of the one still there when a pairing ends, and hides a removed member's", async () => {
    const { w, pair, mentee, mentor } = await chatWorld(db);
    await say(mentor, pair.threadId, "One");
    await say(mentee, pair.threadId, "Two");
    await say(mentee, pair.threadId, "Three");
    await endPairing(w.admin, pair.id, { reason: "Not working out", mentee: "rematch" });
    // An ended pairing's thread stays readable for both, so its unread messages still show.
    expect(await unreadByThread(mentor.id)).toEqual({ [pair.threadId]: 2 });

    const other = await activePair(db, w, { mentor: "Oz Mentor", mentee: "Ola Mentee" });
    await say(other.menteeCaller, other.threadId, "Hi Oz");
    expect(await unreadByThread(other.mentorCaller.id)).toEqual({ [other.threadId]: 1 });
    // A member removed from the group may no longer read the thread: no count for it.
    await removeMember(w.owner, other.mentor.membershipId!);
    expect(await unreadByThread(other.mentorCaller.id)).toEqual({});
  });

  it("reads the header's counts in one statement, however many threads and messages", async () => {
    const { w, pair, mentee, mentor } = await chatWorld(db);
    await say(mentor, pair.threadId, "Hello");
    const small = await countStatements(() => unreadByThread(mentee.id));
    // More pairs in the program, more threads and many more messages, in the reader's thread and in others.
    for (let i = 0; i < 3; i++) {
      const more = await activePair(db, w, { mentor: `More ${i}`, mentee: `Other ${i}` });
      await seedMessages(db, more.threadId, [more.mentor.user, more.mentee.user], 40, `More ${i}`);
    }
    await seedMessages(db, pair.threadId, [pair.mentor.user, pair.mentee.user], 200);
    const large = await countStatements(() => unreadByThread(mentee.id));
    expect(large.result).toEqual({ [pair.threadId]: 101 });
    expect(small.statements).toBe(1);
    expect(large.statements).toBe(small.statements);
  });

  it("follows hard deletions too: a message removed for good, and a pairing deleted with its whole thread", async () => {
    const { w, pair, mentee, mentor } = await chatWorld(db);
    await say(mentor, pair.threadId, "One");
    await say(mentor, pair.threadId, "Two");
    await say(mentor, pair.threadId, "Three");
    const other = await activePair(db, w, { mentor: "Hal Mentor", mentee: "Hana Mentee" });
    await say(other.mentorCaller, other.threadId, "Hello Hana");
    expect(await unreadByThread(mentee.id)).toEqual({ [pair.threadId]: 3 });

    // One message removed for good (what an operator's clean-up or a cascade does, unlike "delete", which keeps a
    // placeholder): the count follows the messages themselves.
    const [first] = await db.message.findMany({
      where: { threadId: pair.threadId, body: "One" },
      select: { id: true },
    });
    await db.message.delete({ where: { id: first!.id } });
    expect(await stored(mentee.id, pair.threadId)).toBe(2);
    expect(await counted(mentee.id, pair.threadId)).toBe(2);

    // A pairing deleted with its thread and messages: the delete succeeds, and the other pair's count is untouched.
    await db.pairing.delete({ where: { id: pair.id } });
    expect(await db.message.count({ where: { threadId: pair.threadId } })).toBe(0);
    expect(await unreadByThread(mentee.id)).toEqual({});
    expect(await unreadByThread(other.menteeCaller.id)).toEqual({ [other.threadId]: 1 });
    expect(await stored(other.menteeCaller.id, other.threadId)).toBe(1);
  });
});
