/**
 * The pair's messages through the realtime stream (lib/realtime/stream.ts), as a browser tab reads it: the
 * partner's new messages, edits, deletions and read marks arrive at once; a tab that reconnects with Last-Event-ID
 * gets exactly what it missed, in order, once; a participant removed from the group (or who left) receives nothing
 * more of the thread on a stream opened before; the group's admins never receive the pair's messages.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { openStream } from "@/lib/realtime/stream";
import { publish } from "@/lib/realtime/publish";
import { sendMessage } from "@/lib/chat/send-message";
import { deleteMessage, editMessage } from "@/lib/chat/change-message";
import { markThreadRead } from "@/lib/chat/mark-read";
import { reportMessage } from "@/lib/chat/report-message";
import { leaveGroup } from "@/lib/groups/leave-group";
import { removeMember } from "@/lib/groups/members/remove-member";
import { activePair } from "../factories/pairings";
import { chatWorld, newClientId } from "../factories/chat";
import { outcome } from "./support/world";
import { reader, type Frame } from "./support/sse";

type ChatData = { threadId: string; pairingId: string; message: { id: string; body: string | null } };
const CHAT_EVENTS = ["message", "message.updated", "thread.read"];

/** Opens a stream as the user's browser tab would (their session claims), optionally resuming after an event id. */
async function open(userId: string, lastEventId: bigint | null = null) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, sessionVersion: true } });
  const controller = new AbortController();
  const stream = await openStream({ uid: user.id, sv: user.sessionVersion }, lastEventId, controller.signal);
  expect(stream).not.toBeNull();
  return { ...reader(stream!), abort: () => controller.abort() };
}

const say = async (who: SessionUser, threadId: string, body: string) =>
  (await sendMessage(who, threadId, { clientId: newClientId(), body })).message;
const events = (frames: Frame[]) => frames.map((f) => f.event);
const ids = (frames: Frame[]) => frames.map((f) => BigInt(f.id!));
const increasing = (xs: bigint[]) => xs.every((x, i) => i === 0 || xs[i - 1]! < x);
const pause = (ms: number) => new Promise((res) => setTimeout(res, ms));

describe("a participant's open stream", () => {
  it("receives the partner's messages, edits, deletions and read marks at once", async () => {
    const { pair, mentee, mentor } = await chatWorld(db);
    const maxTab = await open(mentor.id);
    const miaTab = await open(mentee.id);

    const message = await say(mentee, pair.threadId, "Hi Max, free on Tuesday?");
    const [arrived, told] = await maxTab.take(2);
    expect(arrived).toMatchObject({ event: "message", data: { threadId: pair.threadId, pairingId: pair.id, message } });
    expect(told).toMatchObject({ event: "notification", data: { notification: { title: "Mia Mentee wrote to you" } } });
    // The author's other tabs show it too.
    expect(await miaTab.next()).toMatchObject({ event: "message", data: { message: { id: message.id } } });

    await editMessage(mentee, message.id, { body: "Hi Max, free on Wednesday?" });
    const edited = await maxTab.next();
    expect(edited).toMatchObject({
      event: "message.updated",
      data: { threadId: pair.threadId, message: { id: message.id, body: "Hi Max, free on Wednesday?" } },
    });
    expect((edited.data as { message: { editedAt: string | null } }).message.editedAt).not.toBeNull();
    expect(await miaTab.next()).toMatchObject({ event: "message.updated" });

    await markThreadRead(mentor, pair.threadId, { seq: message.seq });
    const seen = await miaTab.next();
    expect(seen).toMatchObject({ event: "thread.read", data: { threadId: pair.threadId, pairingId: pair.id } });
    expect((seen.data as { reads: unknown[] }).reads).toContainEqual({ userId: mentor.id, lastReadSeq: message.seq });
    expect(await maxTab.next()).toMatchObject({ event: "thread.read" });
    // Reading the thread also cleared Max's message notification: his other tabs' badge updates.
    expect(await maxTab.next()).toMatchObject({ event: "notification.read", data: { unread: 0 } });

    await deleteMessage(mentee, message.id);
    for (const tab of [maxTab, miaTab])
      expect(await tab.next()).toMatchObject({
        event: "message.updated",
        data: { message: { id: message.id, body: null, deletedAt: expect.any(String) } },
      });

    expect(await maxTab.quiet(300)).toBe(true);
    expect(await miaTab.quiet(0)).toBe(true);
    await Promise.all([maxTab.cancel(), miaTab.cancel()]);
  });

  it("clears the notification badge in the reader's other tabs when they read the thread", async () => {
    const { pair, mentee, mentor } = await chatWorld(db);
    const message = await say(mentee, pair.threadId, "Hello");
    const otherTab = await open(mentor.id);
    await markThreadRead(mentor, pair.threadId, { seq: message.seq });
    const frames: Frame[] = [];
    for (let i = 0; i < 20 && !frames.some((f) => f.event === "notification.read"); i++) {
      await pause(50);
      frames.push(...otherTab.frames.splice(0));
    }
    expect(frames).toContainEqual(expect.objectContaining({ event: "notification.read", data: { unread: 0 } }));
    await otherTab.cancel();
  });

  it("replays exactly what a reconnecting tab missed, in order, without duplicates", async () => {
    const { pair, mentee, mentor } = await chatWorld(db);
    const first = await open(mentor.id);
    const one = await say(mentee, pair.threadId, "One");
    const before = await first.take(2); // the message and the notification
    expect(events(before)).toEqual(["message", "notification"]);
    const lastSeen = BigInt(before[1]!.id!);
    first.abort();

    // While the tab is away: three messages and an edit.
    const two = await say(mentee, pair.threadId, "Two");
    const three = await say(mentee, pair.threadId, "Three");
    await editMessage(mentee, three.id, { body: "Three!" });
    const four = await say(mentee, pair.threadId, "Four");

    const again = await open(mentor.id, lastSeen);
    const missed = await again.take(4);
    expect(events(missed)).toEqual(["message", "message", "message.updated", "message"]);
    expect(missed.map((f) => (f.data as ChatData).message.id)).toEqual([two.id, three.id, three.id, four.id]);
    expect(ids(missed).every((id) => id > lastSeen)).toBe(true);
    expect(increasing(ids(missed))).toBe(true);
    expect(missed.map((f) => (f.data as ChatData).message.id)).not.toContain(one.id);
    expect(await again.quiet(400)).toBe(true);

    // Connected again: the next message arrives once.
    const five = await say(mentee, pair.threadId, "Five");
    expect(await again.next()).toMatchObject({ event: "message", data: { message: { id: five.id } } });
    expect(await again.quiet(400)).toBe(true);

    // A tab that resumes from the middle gets the rest, once each.
    const middle = await open(mentor.id, BigInt(missed[1]!.id!));
    const rest = await middle.take(3);
    expect(rest.map((f) => [f.event, (f.data as ChatData).message.id])).toEqual([
      ["message.updated", three.id],
      ["message", four.id],
      ["message", five.id],
    ]);
    expect(await middle.quiet(300)).toBe(true);
    await Promise.all([again.cancel(), middle.cancel()]);
  });

  it("delivers a message whose send commits after a later one (a mentor's two mentees writing at once)", async () => {
    const { w, pair, mentor, mentee } = await chatWorld(db);
    const second = await activePair(db, w, { mentor: "", mentee: "Noa Mentee" }, { mentor: pair.mentor });
    const tab = await open(mentor.id);

    // Mia's send has logged its events but not committed yet (a slow transaction) when Noa's send commits.
    let logged!: () => void;
    let release!: () => void;
    const isLogged = new Promise<void>((res) => (logged = res));
    const gate = new Promise<void>((res) => (release = res));
    const slow = db.$transaction(
      async (tx) => {
        const m = await tx.message.create({
          data: { threadId: pair.threadId, clientId: newClientId("slow"), authorId: mentee.id, body: "Slow one" },
        });
        await publish(tx, [
          { userId: mentor.id, type: "message", resourceId: m.id },
          { userId: mentee.id, type: "message", resourceId: m.id },
        ]);
        logged();
        await gate;
        return m;
      },
      { timeout: 10_000 },
    );
    await isLogged;
    // Noa's send starts while Mia's is still open: the mentor's log is written by one transaction at a time, so
    // Noa's waits for Mia's to commit and its events come after hers, in order.
    const fastSend = say(second.menteeCaller, second.threadId, "Fast one");
    await pause(300);
    release();
    const [late, fast] = await Promise.all([slow, fastSend]);
    const frames: Frame[] = [];
    for (let i = 0; i < 60 && frames.filter((f) => f.event === "message").length < 2; i++) {
      await pause(50);
      frames.push(...tab.frames.splice(0));
    }
    const delivered = frames.filter((f) => f.event === "message").map((f) => (f.data as ChatData).message.id);
    expect(delivered, "delivered live, in commit order").toEqual([late.id, fast.id]);
    const seqs = frames.map((f) => BigInt(f.id!));
    expect([...seqs].sort((a, b) => (a < b ? -1 : 1))).toEqual(seqs);

    // A tab reconnecting from before both gets both, once each.
    const first = frames.find((f) => f.event === "message")!;
    const again = await open(mentor.id, BigInt(first.id!) - 1n);
    await pause(500);
    expect(again.frames.filter((f) => f.event === "message").map((f) => (f.data as ChatData).message.id)).toEqual([
      late.id,
      fast.id,
    ]);
    await Promise.all([tab.cancel(), again.cancel()]);
  });

  it("delivers a thread's messages in the thread's order when both participants send at once", async () => {
    const { pair, mentor, mentee } = await chatWorld(db);
    const tabs = [await open(mentor.id), await open(mentee.id)];
    const sent = await Promise.all(
      Array.from({ length: 16 }, (_, i) => say(i % 2 ? mentor : mentee, pair.threadId, `At once ${i}`)),
    );
    const stored = await db.message.findMany({
      where: { threadId: pair.threadId, kind: "TEXT" },
      orderBy: { seq: "asc" },
      select: { id: true },
    });
    expect(stored.map((m) => m.id).sort()).toEqual(sent.map((m) => m.id).sort());
    for (const tab of tabs) {
      const arrived: Frame[] = [];
      while (arrived.length < 16) {
        const frame = await tab.next();
        if (frame.event === "message") arrived.push(frame);
      }
      // Arrival order is the order of seq: what a reader's "after the newest" catch-up and read marks rely on.
      expect(arrived.map((f) => (f.data as ChatData).message.id)).toEqual(stored.map((m) => m.id));
      await tab.cancel();
    }
  });
});

describe.each(["removed", "left"] as const)("a participant who %s the group", (how) => {
  it("receives nothing more of the thread on a stream opened before, while the partner's stream does", async () => {
    const { w, pair, mentee, mentor } = await chatWorld(db);
    const goneTab = await open(mentee.id);
    const staysTab = await open(mentor.id);
    await say(mentor, pair.threadId, "Before");
    expect(events(await goneTab.take(2))).toEqual(["message", "notification"]);
    expect(events(await staysTab.take(1))).toEqual(["message"]);

    if (how === "removed") await removeMember(w.owner, pair.mentee.membershipId!);
    else await leaveGroup(mentee, w.group.slug);
    // The one who stays is told the pairing ended; the thread is now read-only for them.
    expect(await staysTab.next()).toMatchObject({ event: "notification" });
    expect((await outcome(say(mentor, pair.threadId, "Are you there?"))).code).toBe("CONFLICT");

    // A message committed at the very moment of the departure (its send passed the check just before), logged for
    // both, and the partner reading the thread, which tells both.
    const raced = await db.$transaction(async (tx) => {
      const m = await tx.message.create({
        data: { threadId: pair.threadId, clientId: newClientId("race"), authorId: mentor.id, body: "In flight" },
      });
      await publish(tx, [
        { userId: mentor.id, type: "message", resourceId: m.id },
        { userId: mentee.id, type: "message", resourceId: m.id },
      ]);
      return m;
    });
    await markThreadRead(mentor, pair.threadId, { seq: raced.seq.toString() });
    // Both are in the departed participant's log: it is the check at delivery that holds them back.
    expect(
      await db.realtimeEvent.findMany({
        where: { userId: mentee.id, type: { in: CHAT_EVENTS }, resourceId: { in: [raced.id, pair.threadId] } },
        select: { type: true },
        orderBy: { seq: "asc" },
      }),
    ).toEqual([{ type: "message" }, { type: "thread.read" }]);

    const stays = await staysTab.take(2);
    expect(events(stays)).toEqual(["message", "thread.read"]);
    expect((stays[0]!.data as ChatData).message).toMatchObject({ id: raced.id, body: "In flight" });
    await pause(500);
    expect(goneTab.frames.filter((f) => CHAT_EVENTS.includes(f.event!))).toEqual([]);
    expect(JSON.stringify(goneTab.frames)).not.toContain("In flight");
    expect(goneTab.isDone()).toBe(false); // still signed in: other notifications keep coming

    // Reconnecting from the very start replays nothing of the thread either.
    const replay = await open(mentee.id, 0n);
    await pause(500);
    expect(replay.frames.filter((f) => CHAT_EVENTS.includes(f.event!))).toEqual([]);
    expect(JSON.stringify(replay.frames)).not.toContain("Before");
    await Promise.all([goneTab.cancel(), staysTab.cancel(), replay.cancel()]);
  });
});

describe("the group's admins and everyone else", () => {
  it("never receive the pair's messages; the admins get a report's notice without its words", async () => {
    const { w, pair, mentee, mentor } = await chatWorld(db);
    const other = await activePair(db, w, { mentor: "Oz Mentor", mentee: "Ola Mentee" });
    const tabs = {
      owner: await open(w.owner.id),
      admin: await open(w.admin.id),
      otherMentee: await open(other.mentee.user.id),
    };

    const hello = await say(mentee, pair.threadId, "PRIVATE-hello");
    const rude = await say(mentor, pair.threadId, "PRIVATE-rude");
    await editMessage(mentee, hello.id, { body: "PRIVATE-hello again" });
    await markThreadRead(mentee, pair.threadId, { seq: rude.seq });
    const gone = await say(mentee, pair.threadId, "PRIVATE-gone");
    await deleteMessage(mentee, gone.id);
    await pause(600);
    for (const [who, tab] of Object.entries(tabs)) expect(tab.frames, who).toEqual([]);

    await reportMessage(mentee, rude.id, { reason: "HARASSMENT", note: "PRIVATE-note" });
    for (const tab of [tabs.owner, tabs.admin]) {
      const notice = await tab.next();
      expect(notice).toMatchObject({
        event: "notification",
        data: { notification: { title: "A message in a mentorship was reported" } },
      });
      expect(JSON.stringify(notice)).not.toContain("PRIVATE");
      expect(await tab.quiet(200)).toBe(true);
    }
    expect(await tabs.otherMentee.quiet(0)).toBe(true);
    await Promise.all(Object.values(tabs).map((t) => t.cancel()));
  });
});
