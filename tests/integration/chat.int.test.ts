/**
 * The pair's thread on a real database, through the services the thread page and the JSON API call: sending (and
 * what it touches), exactly once per client id under concurrency, editing and deleting for 15 minutes, history
 * paging without gaps or duplicates, read marks and unread counts, one notification per burst, one email per
 * burst after 15 minutes unread (saying who, never what), reports to the admins, and text stored as typed.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sendMessage } from "@/lib/chat/send-message";
import { deleteMessage, editMessage } from "@/lib/chat/change-message";
import { findMessages } from "@/lib/chat/find-messages";
import { markThreadRead, unreadByThread } from "@/lib/chat/mark-read";
import { reportMessage } from "@/lib/chat/report-message";
import { sendUnreadMessageEmails } from "@/lib/chat/unread-emails";
import { unsubscribe } from "@/lib/notifications/preferences";
import { activePair } from "../factories/pairings";
import { backdate, chatWorld, newClientId, seedMessages } from "../factories/chat";
import { expectRefused, outcome } from "./support/world";

const MINUTE = 60_000;
const say = (who: SessionUser, threadId: string, body: string, clientId = newClientId()) =>
  sendMessage(who, threadId, { clientId, body });
const later = (minutes: number) => new Date(Date.now() + minutes * MINUTE);
const received = (userId: string) =>
  db.notification.findMany({
    where: { userId, kind: "message.received" },
    orderBy: { createdAt: "asc" },
    select: { title: true, body: true, url: true, readAt: true },
  });
const chatEmails = (userId: string) =>
  db.email.findMany({ where: { userId, kind: "message.received" }, orderBy: { createdAt: "asc" } });

describe("sending", () => {
  it("stores the message, bumps the thread and the pairing, and logs an event for both participants", async () => {
    const { pair, mentee, mentor } = await chatWorld(db);
    const long = new Date(Date.now() - 20 * 24 * 60 * MINUTE);
    await db.pairing.update({ where: { id: pair.id }, data: { lastActivityAt: long, stalledAt: long } });
    await db.thread.update({ where: { id: pair.threadId }, data: { lastMessageAt: long } });

    const clientId = newClientId();
    const { message, created } = await say(mentee, pair.threadId, "Hello Max! Looking forward to this.", clientId);
    expect(created).toBe(true);
    expect(message).toEqual({
      id: expect.any(String),
      clientId,
      seq: expect.stringMatching(/^\d+$/),
      kind: "TEXT",
      author: { id: mentee.id, name: "Mia Mentee", image: null },
      body: "Hello Max! Looking forward to this.",
      createdAt: expect.any(String),
      editedAt: null,
      deletedAt: null,
    });

    const row = await db.message.findUniqueOrThrow({ where: { id: message.id } });
    expect(row).toMatchObject({ threadId: pair.threadId, authorId: mentee.id, body: message.body, kind: "TEXT" });
    const thread = await db.thread.findUniqueOrThrow({ where: { id: pair.threadId } });
    const pairing = await db.pairing.findUniqueOrThrow({ where: { id: pair.id } });
    expect(thread.lastMessageAt.getTime()).toBeGreaterThan(long.getTime());
    expect(pairing.lastActivityAt.getTime()).toBeGreaterThan(long.getTime());
    expect(pairing.stalledAt).toBeNull();

    const events = await db.realtimeEvent.findMany({
      where: { resourceId: message.id },
      select: { userId: true, type: true },
    });
    expect(events).toEqual(
      expect.arrayContaining([
        { userId: mentee.id, type: "message" },
        { userId: mentor.id, type: "message" },
      ]),
    );
    expect(events).toHaveLength(2);

    // The mentor reads it after the introduction, as the mentee wrote it.
    const page = await findMessages(mentor, pair.threadId);
    expect(page.writable).toBe(true);
    expect(page.messages.map((m) => [m.kind, m.author.name, m.body])).toEqual([
      ["INTRODUCTION", "Olu Owner", "You both love soap. Say hello!"],
      ["TEXT", "Mia Mentee", "Hello Max! Looking forward to this."],
    ]);
    expect(page.messages[1]).toEqual(message);
  });

  it("stores one message for 20 concurrent sends with the same client id, and answers all of them alike", async () => {
    const { pair, mentee, mentor } = await chatWorld(db);
    const clientId = newClientId("retry");
    const results = await Promise.all(
      Array.from({ length: 20 }, () => sendMessage(mentee, pair.threadId, { clientId, body: "Only once, please" })),
    );
    expect(await db.message.count({ where: { threadId: pair.threadId, clientId } })).toBe(1);
    // The API answers the message itself: every caller gets the same one.
    for (const r of results) expect(r.message).toEqual(results[0]!.message);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    // Its side effects happened once: two realtime events, one notification.
    expect(await db.realtimeEvent.count({ where: { resourceId: results[0]!.message.id } })).toBe(2);
    expect(await received(mentor.id)).toHaveLength(1);

    // A later retry (the response was lost) gets the same message again, and stores nothing.
    const retry = await sendMessage(mentee, pair.threadId, { clientId, body: "Only once, please" });
    expect(retry).toEqual({ message: results[0]!.message, created: false });
    expect(await db.message.count({ where: { threadId: pair.threadId } })).toBe(2);
  });

  it("sends while the sender's first read mark is written, without a deadlock (the thread lock spares foreign keys)", async () => {
    const failures: string[] = [];
    for (let i = 0; i < 8; i++) {
      const { pair, mentee, mentor } = await chatWorld(db);
      const { message } = await say(mentor, pair.threadId, "Hello");
      const results = await Promise.allSettled([
        markThreadRead(mentee, pair.threadId, { seq: message.seq }),
        say(mentee, pair.threadId, "Hi back"),
      ]);
      for (const r of results) if (r.status === "rejected") failures.push(String(r.reason));
    }
    expect(failures).toEqual([]);
  });

  it("refuses the same client id with a different body, or from the other participant", async () => {
    const { pair, mentee, mentor } = await chatWorld(db);
    const clientId = newClientId();
    await say(mentee, pair.threadId, "First words", clientId);
    const different = await expectRefused(
      () => sendMessage(mentee, pair.threadId, { clientId, body: "Other words" }),
      "CONFLICT",
      "same id, another body",
    );
    expect("error" in different && different.error.message).toMatch(/already used/);
    await expectRefused(
      () => sendMessage(mentor, pair.threadId, { clientId, body: "First words" }),
      "CONFLICT",
      "the partner reusing the id",
    );
    expect((await db.message.findMany({ where: { threadId: pair.threadId, clientId } })).map((m) => m.body)).toEqual([
      "First words",
    ]);
  });
});

describe("editing and deleting", () => {
  it("lets the author edit and delete for 15 minutes; the partner and anyone later get CONFLICT", async () => {
    const { pair, mentee, mentor } = await chatWorld(db);
    const { message } = await say(mentee, pair.threadId, "Helo Max");

    const edited = await editMessage(mentee, message.id, { body: "Hello Max" });
    expect(edited).toMatchObject({ id: message.id, body: "Hello Max", editedAt: expect.any(String), deletedAt: null });
    expect(await db.message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ body: "Hello Max" });
    expect(
      await db.realtimeEvent.findMany({
        where: { resourceId: message.id, type: "message.updated" },
        select: { userId: true },
        orderBy: { userId: "asc" },
      }),
    ).toEqual([{ userId: mentee.id }, { userId: mentor.id }].sort((a, b) => a.userId.localeCompare(b.userId)));
    // The partner sees the edit, marked as edited.
    const seen = (await findMessages(mentor, pair.threadId)).messages.at(-1)!;
    expect(seen).toMatchObject({ body: "Hello Max", editedAt: expect.any(String) });

    // The partner may not change it.
    await expectRefused(() => editMessage(mentor, message.id, { body: "Hijacked" }), "CONFLICT", "partner edits");
    await expectRefused(() => deleteMessage(mentor, message.id), "CONFLICT", "partner deletes");
    // Nor may anyone change the admin's introduction.
    const intro = (await findMessages(mentee, pair.threadId)).messages[0]!;
    expect(intro.kind).toBe("INTRODUCTION");
    await expectRefused(() => editMessage(mentee, intro.id, { body: "Rewritten" }), "CONFLICT", "intro edit");
    await expectRefused(() => deleteMessage(mentor, intro.id), "CONFLICT", "intro delete");

    // 16 minutes later, the author can't either.
    await backdate(db, message.id, 16 * MINUTE);
    const late = await expectRefused(() => editMessage(mentee, message.id, { body: "Too late" }), "CONFLICT", "late");
    expect("error" in late && late.error.message).toMatch(/15 minutes/);
    await expectRefused(() => deleteMessage(mentee, message.id), "CONFLICT", "late delete");

    // Within the window, deleting erases the text: both see "deleted", the database keeps no words.
    const { message: oops } = await say(mentee, pair.threadId, "Wrong thread, sorry: my PIN is 1234");
    const deleted = await deleteMessage(mentee, oops.id);
    expect(deleted).toMatchObject({ id: oops.id, body: null, deletedAt: expect.any(String) });
    for (const reader of [mentee, mentor]) {
      const last = (await findMessages(reader, pair.threadId)).messages.at(-1)!;
      expect(last).toMatchObject({ id: oops.id, body: null, deletedAt: expect.any(String) });
    }
    const row = await db.message.findUniqueOrThrow({ where: { id: oops.id } });
    expect(row.body).toBe("");
    expect(row.deletedAt).not.toBeNull();
    // Deleted is final.
    await expectRefused(() => deleteMessage(mentee, oops.id), "CONFLICT", "delete twice");
    await expectRefused(() => editMessage(mentee, oops.id, { body: "Back" }), "CONFLICT", "edit deleted");
  });

  it("erases a deleted message's words, while a report keeps the words reported for the admins", async () => {
    const { pair, mentee, mentor } = await chatWorld(db);
    const { message } = await say(mentor, pair.threadId, "You are hopeless");
    const { reportId } = await reportMessage(mentee, message.id, { reason: "HARASSMENT" });
    // The author rewrites it after the report, then deletes it: the report still holds what was reported.
    await editMessage(mentor, message.id, { body: "Have a nice day" });
    const deleted = await deleteMessage(mentor, message.id);
    expect(deleted.body).toBeNull();
    for (const reader of [mentee, mentor])
      expect((await findMessages(reader, pair.threadId)).messages.at(-1)).toMatchObject({ id: message.id, body: null });
    expect(await db.message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({
      body: "",
      deletedAt: expect.any(Date),
    });
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).messageBody).toBe("You are hopeless");
  });
});

describe("history", () => {
  it("pages 120 messages: the latest 50 oldest to newest, older pages by `before`, catch-up by `after`", async () => {
    const { pair, mentee, mentor } = await chatWorld(db);
    const all = await seedMessages(db, pair.threadId, [mentor, mentee], 120);
    expect(all).toHaveLength(121); // the introduction and 120 messages
    const ids = (page: { messages: { id: string }[] }) => page.messages.map((m) => m.id);
    const ascending = (page: { messages: { seq: string }[] }) =>
      page.messages.every((m, i, a) => i === 0 || BigInt(a[i - 1]!.seq) < BigInt(m.seq));

    const latest = await findMessages(mentee, pair.threadId);
    expect(ids(latest)).toEqual(all.slice(71).map((m) => m.id));
    expect(latest.messages.at(-1)!.body).toBe("Message 120");
    expect(latest.hasOlder).toBe(true);
    expect(ascending(latest)).toBe(true);

    const older = await findMessages(mentee, pair.threadId, { before: latest.messages[0]!.seq });
    expect(ids(older)).toEqual(all.slice(21, 71).map((m) => m.id));
    expect(older.hasOlder).toBe(true);
    expect(ascending(older)).toBe(true);

    const oldest = await findMessages(mentee, pair.threadId, { before: older.messages[0]!.seq });
    expect(ids(oldest)).toEqual(all.slice(0, 21).map((m) => m.id));
    expect(oldest.hasOlder).toBe(false);
    expect(oldest.messages[0]!.kind).toBe("INTRODUCTION");

    // Scrolled all the way up: every message exactly once, in order.
    const scrolled = [...ids(oldest), ...ids(older), ...ids(latest)];
    expect(scrolled).toEqual(all.map((m) => m.id));
    expect(new Set(scrolled).size).toBe(121);

    // A tab that last saw message 60 catches up in pages of 50, then finds nothing more.
    const seen = all[60]!.seq.toString();
    const first = await findMessages(mentee, pair.threadId, { after: seen });
    expect(ids(first)).toEqual(all.slice(61, 111).map((m) => m.id));
    expect(ascending(first)).toBe(true);
    const second = await findMessages(mentee, pair.threadId, { after: first.messages.at(-1)!.seq });
    expect(ids(second)).toEqual(all.slice(111).map((m) => m.id));
    const none = await findMessages(mentee, pair.threadId, { after: second.messages.at(-1)!.seq });
    expect(none.messages).toEqual([]);
    expect([...ids(first), ...ids(second)]).toEqual(all.slice(61).map((m) => m.id));

    // The page size comes from a query string.
    expect((await findMessages(mentor, pair.threadId, { limit: "20" })).messages).toHaveLength(20);
    for (const bad of [{ before: "abc" }, { after: "-1" }, { limit: "0" }, { limit: "101" }, { page: "2" }])
      expect((await outcome(findMessages(mentee, pair.threadId, bad))).code, JSON.stringify(bad)).toBe("INVALID_INPUT");
  });
});

describe("read state", () => {
  it("moves the read mark only forward, counts the partner's unread messages, and shows the partner 'seen'", async () => {
    const { w, pair, mentee, mentor } = await chatWorld(db);
    const other = await activePair(db, w, { mentor: "Oz Mentor", mentee: "Ola Mentee" });
    await say(other.mentorCaller, other.threadId, "Not for Mia");

    const { message: b1 } = await say(mentee, pair.threadId, "Hi!");
    const m1 = (await say(mentor, pair.threadId, "Hello Mia")).message;
    const m2 = (await say(mentor, pair.threadId, "How are you?")).message;
    const m3 = (await say(mentor, pair.threadId, "Shall we meet Tuesday?")).message;
    expect(await unreadByThread(mentee.id)).toEqual({ [pair.threadId]: 3 });
    // Your own messages are never unread to you.
    expect(await unreadByThread(mentor.id)).toEqual({});
    expect(BigInt(b1.seq)).toBeLessThan(BigInt(m1.seq));

    expect(await markThreadRead(mentee, pair.threadId, { seq: m2.seq })).toEqual({ lastReadSeq: m2.seq });
    expect(await unreadByThread(mentee.id)).toEqual({ [pair.threadId]: 1 });
    // An older tab marking an earlier message does not move the mark back.
    expect(await markThreadRead(mentee, pair.threadId, { seq: m1.seq })).toEqual({ lastReadSeq: m2.seq });
    expect(
      await db.threadRead.findUniqueOrThrow({
        where: { threadId_userId: { threadId: pair.threadId, userId: mentee.id } },
      }),
    ).toMatchObject({ lastReadSeq: BigInt(m2.seq) });

    // "Seen" under the second message, for the mentor; the mentee's own mark for the mentee.
    expect((await findMessages(mentor, pair.threadId)).read).toEqual({ partnerSeq: m2.seq, mineSeq: m3.seq });
    expect((await findMessages(mentee, pair.threadId)).read).toEqual({ partnerSeq: m3.seq, mineSeq: m2.seq });

    // A deleted message is no longer unread.
    await deleteMessage(mentor, m3.id);
    expect(await unreadByThread(mentee.id)).toEqual({});
    const { message: m4 } = await say(mentor, pair.threadId, "Tuesday then?");
    expect(await unreadByThread(mentee.id)).toEqual({ [pair.threadId]: 1 });
    expect(await unreadByThread(mentee.id, [other.threadId])).toEqual({});
    // A mark beyond the newest message stops at the newest one.
    expect(await markThreadRead(mentee, pair.threadId, { seq: "999999999999" })).toEqual({ lastReadSeq: m4.seq });
    expect(await unreadByThread(mentee.id)).toEqual({});
    expect((await findMessages(mentor, pair.threadId)).read.partnerSeq).toBe(m4.seq);
  });

  it("never moves the author's own read mark back when their sends overlap (two tabs)", async () => {
    const { pair, mentor } = await chatWorld(db);
    const sent = await Promise.all(
      Array.from({ length: 10 }, (_, i) => say(mentor, pair.threadId, `Overlapping ${i + 1}`)),
    );
    const newest = sent.map((r) => BigInt(r.message.seq)).reduce((a, b) => (a > b ? a : b));
    const mark = await db.threadRead.findUniqueOrThrow({
      where: { threadId_userId: { threadId: pair.threadId, userId: mentor.id } },
    });
    expect(mark.lastReadSeq).toBe(newest);
  });

  it("does not count the admin's introduction as a message from the partner", async () => {
    const { pair, mentee, mentor } = await chatWorld(db);
    // A new pair: nothing from the partner yet, only the admin's introduction.
    expect(await unreadByThread(mentee.id)).toEqual({});
    expect(await unreadByThread(mentor.id)).toEqual({});
    await say(mentor, pair.threadId, "Welcome!");
    expect(await unreadByThread(mentee.id)).toEqual({ [pair.threadId]: 1 });
  });
});

describe("notifications", () => {
  it("tells the partner once per burst, in the app, without the words", async () => {
    const { pair, mentee, mentor } = await chatWorld(db);
    let last = "";
    for (const body of ["Secret one", "Secret two", "Secret three"])
      last = (await say(mentor, pair.threadId, body)).message.seq;
    const burst = await received(mentee.id);
    expect(burst).toEqual([
      {
        title: "Max Mentor wrote to you",
        body: "A new message in your mentorship in Learn the ropes.",
        url: `/pairings/${pair.id}/thread`,
        readAt: null,
      },
    ]);
    expect(JSON.stringify(burst)).not.toContain("Secret");
    expect(await received(mentor.id)).toEqual([]);

    // Reading the thread reads the notification. While the mentee is in the conversation (read or wrote in the last
    // two minutes), new messages raise none: she sees them arrive.
    await markThreadRead(mentee, pair.threadId, { seq: last });
    expect((await received(mentee.id)).map((n) => n.readAt)).toEqual([expect.any(Date)]);
    await say(mentor, pair.threadId, "Secret four");
    expect(await received(mentee.id)).toHaveLength(1);

    // Once she has been away for longer, the next message starts a new burst: one more notification.
    const away = (userId: string) =>
      db.threadRead.update({
        where: { threadId_userId: { threadId: pair.threadId, userId } },
        data: { updatedAt: new Date(Date.now() - 3 * MINUTE) },
      });
    await away(mentee.id);
    await say(mentor, pair.threadId, "Secret five");
    await say(mentor, pair.threadId, "Secret six");
    const after = await received(mentee.id);
    expect(after).toHaveLength(2);
    expect(after.filter((n) => n.readAt === null)).toHaveLength(1);

    // The mentee's reply: the mentor wrote a moment ago, so he is in the conversation and is not notified; once he
    // has been away, he is told once.
    await say(mentee, pair.threadId, "Got it");
    expect(await received(mentor.id)).toEqual([]);
    await away(mentor.id);
    await say(mentee, pair.threadId, "And thanks");
    await say(mentee, pair.threadId, "Bye for now");
    expect(await received(mentor.id)).toEqual([expect.objectContaining({ title: "Mia Mentee wrote to you" })]);
  });

  it("emails once per burst left unread for 15 minutes, saying who wrote and not what", async () => {
    const { pair, mentee, mentor } = await chatWorld(db);
    await say(mentor, pair.threadId, "The launch code is 0000");
    await say(mentor, pair.threadId, "Don't tell anyone");

    expect(await sendUnreadMessageEmails(later(10))).toBe(0);
    expect(await chatEmails(mentee.id)).toEqual([]);

    expect(await sendUnreadMessageEmails(later(16))).toBe(1);
    const [email, ...more] = await chatEmails(mentee.id);
    expect(more).toEqual([]);
    expect(email).toMatchObject({ to: mentee.email, subject: "Max Mentor wrote to you on Kinship" });
    for (const text of [email!.subject, email!.text, email!.html]) {
      expect(text).not.toContain("launch code");
      expect(text).not.toContain("Don't tell anyone");
    }
    expect(email!.text).toContain(`/pairings/${pair.id}/thread`);
    // Nothing for the mentor: nothing unread from the mentee, and the introduction is not a burst.
    expect(await chatEmails(mentor.id)).toEqual([]);

    // The job runs every minute (and on every instance): still one email for this burst, even as it grows.
    await sendUnreadMessageEmails(later(17));
    await say(mentor, pair.threadId, "Hello?");
    await sendUnreadMessageEmails(later(40));
    expect(await chatEmails(mentee.id)).toHaveLength(1);

    // Read, then a new burst: a new email, once it too has waited 15 minutes.
    const latest = (await findMessages(mentee, pair.threadId)).messages.at(-1)!;
    await markThreadRead(mentee, pair.threadId, { seq: latest.seq });
    await sendUnreadMessageEmails(later(60));
    expect(await chatEmails(mentee.id)).toHaveLength(1);
    await say(mentor, pair.threadId, "New topic");
    await sendUnreadMessageEmails(later(5));
    expect(await chatEmails(mentee.id)).toHaveLength(1);
    await sendUnreadMessageEmails(later(16));
    expect(await chatEmails(mentee.id)).toHaveLength(2);
  });

  it("says it emailed no one when a burst was already emailed", async () => {
    const { pair, mentor } = await chatWorld(db);
    await say(mentor, pair.threadId, "Hi");
    expect(await sendUnreadMessageEmails(later(16))).toBe(1);
    expect(await sendUnreadMessageEmails(later(17))).toBe(0);
  });

  it("sends no email to a participant who turned chat emails off, and still notifies in the app", async () => {
    const { pair, mentee, mentor } = await chatWorld(db);
    await unsubscribe(mentee.id, "message.received");
    await say(mentor, pair.threadId, "Are you there?");
    await sendUnreadMessageEmails(later(16));
    expect(await chatEmails(mentee.id)).toEqual([]);
    expect(await received(mentee.id)).toHaveLength(1);
  });
});

describe("reporting a message", () => {
  it("files a report on that message and tells the group's admins, without the words; once per reporter", async () => {
    const { w, pair, mentee, mentor } = await chatWorld(db);
    const { message } = await say(mentor, pair.threadId, "Send me your bank details");

    const first = await reportMessage(mentee, message.id, { reason: "SPAM", note: "Asking for money" });
    expect(first).toEqual({ reportId: expect.any(String), alreadyReported: false });
    expect(await db.report.findMany()).toEqual([
      expect.objectContaining({
        id: first.reportId,
        groupId: w.group.id,
        reporterId: mentee.id,
        messageId: message.id,
        postId: null,
        commentId: null,
        reason: "SPAM",
        note: "Asking for money",
        status: "OPEN",
      }),
    ]);

    const staff = [w.owner.id, w.admin.id];
    const told = await db.notification.findMany({ where: { kind: "message.reported" } });
    expect(told.map((n) => n.userId).sort()).toEqual([...staff].sort());
    expect(told[0]).toMatchObject({ url: `/groups/${w.group.slug}/reports` });
    const staffMail = await db.email.findMany({ where: { userId: { in: staff } } });
    expect(staffMail).toHaveLength(2);
    expect(JSON.stringify([told, staffMail])).not.toContain("bank details");
    // The participants are not told.
    expect(
      await db.notification.count({ where: { kind: "message.reported", userId: { in: [mentee.id, mentor.id] } } }),
    ).toBe(0);

    const again = await reportMessage(mentee, message.id, { reason: "HARASSMENT" });
    expect(again).toEqual({ reportId: first.reportId, alreadyReported: true });
    expect(await db.report.count()).toBe(1);
    expect(await db.notification.count({ where: { kind: "message.reported" } })).toBe(2);
  });

  it("refuses your own message, the admin's introduction, and a bad reason", async () => {
    const { pair, mentee, mentor } = await chatWorld(db);
    const { message: mine } = await say(mentee, pair.threadId, "My own words");
    const intro = (await findMessages(mentee, pair.threadId)).messages[0]!;
    await expectRefused(() => reportMessage(mentee, mine.id, { reason: "SPAM" }), "CONFLICT", "own message");
    await expectRefused(() => reportMessage(mentor, intro.id, { reason: "SPAM" }), "CONFLICT", "introduction");
    await expectRefused(() => reportMessage(mentor, mine.id, { reason: "BORING" }), "INVALID_INPUT", "reason");
    await expectRefused(
      () => reportMessage(mentor, mine.id, { reason: "OTHER", note: "x".repeat(1001) }),
      "INVALID_INPUT",
      "note",
    );
  });

  it("files one report when the same person reports twice at once", async () => {
    const { pair, mentee, mentor } = await chatWorld(db);
    const { message } = await say(mentor, pair.threadId, "Rude");
    const results = await Promise.all(
      Array.from({ length: 5 }, () => reportMessage(mentee, message.id, { reason: "HARASSMENT" })),
    );
    expect(await db.report.count()).toBe(1);
    expect(results.filter((r) => !r.alreadyReported)).toHaveLength(1);
    expect(new Set(results.map((r) => r.reportId)).size).toBe(1);
  });
});

describe("what is stored", () => {
  const CORPUS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "javascript:alert(1)",
    '"><svg onload=alert(document.cookie)>',
    "[click me](javascript:alert(1))",
    "<a href=\"javascript:alert('x')\">link</a>",
    "{{constructor.constructor('alert(1)')()}}",
    "&lt;b&gt;not bold&lt;/b&gt; &amp; &#x3C;",
    'Robert\'); DROP TABLE "Message";--',
    "line one\n<b>line two</b>\n\n  indented",
    "\u202Egnp.exe \u200B zero-width, emoji 🧼, 漢字",
    'https://example.com/?q=<script>&x="y"',
  ];

  it("keeps every message exactly as typed, for both participants (rendering it inert is the UI's job)", async () => {
    const { pair, mentee, mentor } = await chatWorld(db);
    for (const body of CORPUS) expect((await say(mentee, pair.threadId, body)).message.body).toBe(body);
    const bodies = (await findMessages(mentor, pair.threadId)).messages.slice(1).map((m) => m.body);
    expect(bodies).toEqual(CORPUS);
    expect((await findMessages(mentee, pair.threadId)).messages.slice(1).map((m) => m.body)).toEqual(CORPUS);
    const rows = await db.message.findMany({
      where: { threadId: pair.threadId, kind: "TEXT" },
      orderBy: { seq: "asc" },
    });
    expect(rows.map((r) => r.body)).toEqual(CORPUS);
    // Edits too.
    const last = (await findMessages(mentee, pair.threadId)).messages.at(-1)!;
    expect((await editMessage(mentee, last.id, { body: CORPUS[1]! })).body).toBe(CORPUS[1]);
  });

  it("stores half a surrogate pair as U+FFFD, so a retry of that message still finds it", async () => {
    const { pair, mentee } = await chatWorld(db);
    const clientId = newClientId();
    const body = "broken \uD83D emoji and \uDE00 tail, whole 😀";
    const first = await say(mentee, pair.threadId, body, clientId);
    expect(first.message.body).toBe("broken \uFFFD emoji and \uFFFD tail, whole 😀");
    const retry = await say(mentee, pair.threadId, body, clientId);
    expect(retry).toEqual({ message: first.message, created: false });
    expect(await db.message.count({ where: { threadId: pair.threadId, clientId } })).toBe(1);
  });

  it("answers a NUL, an over-long, an empty body or a bad client id with INVALID_INPUT, storing nothing", async () => {
    const { pair, mentee } = await chatWorld(db);
    const send = (input: unknown) => () => sendMessage(mentee, pair.threadId, input);
    const cases: [string, unknown][] = [
      ["NUL", { clientId: newClientId(), body: "before\u0000after" }],
      ["over-long", { clientId: newClientId(), body: "x".repeat(4001) }],
      ["empty", { clientId: newClientId(), body: "" }],
      ["blank", { clientId: newClientId(), body: " \n\t \n " }],
      ["no body", { clientId: newClientId() }],
      ["not text", { clientId: newClientId(), body: 42 }],
      ["short id", { clientId: "abc", body: "Hi" }],
      ["odd id", { clientId: "has spaces in it", body: "Hi" }],
      ["NUL id", { clientId: "abcdefgh\u0000", body: "Hi" }],
      ["no id", { body: "Hi" }],
      ["extra field", { clientId: newClientId(), body: "Hi", authorId: pair.mentor.user.id }],
    ];
    for (const [label, input] of cases) await expectRefused(send(input), "INVALID_INPUT", label);
    const { message } = await say(mentee, pair.threadId, "y".repeat(4000));
    expect(message.body).toHaveLength(4000);
    await expectRefused(() => editMessage(mentee, message.id, { body: "z\u0000" }), "INVALID_INPUT", "NUL in an edit");
    await expectRefused(
      () => editMessage(mentee, message.id, { body: "z".repeat(4001) }),
      "INVALID_INPUT",
      "over-long edit",
    );
  });
});
