/**
 * What one chat send costs the database (issue 18): the SQL statements of `sendMessage`, counted at the driver,
 * are few and do not grow with the thread or the partner's history. A message in a live conversation is BEGIN, the
 * thread's authorization, one write, the realtime events and COMMIT; the first message of a burst (which notifies
 * the partner) adds their preferences and the notification. Every behaviour is the service's own suite's.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sendMessage } from "@/lib/chat/send-message";
import { markThreadRead } from "@/lib/chat/mark-read";
import { chatWorld, newClientId, seedMessages } from "../factories/chat";
import { countStatements } from "./support/home-world";

/** A conversation's typical send, and the burst's first (notifying) send. */
const LIVE_SEND = 5;
const NOTIFYING_SEND = 7;

const say = (who: SessionUser, threadId: string, body = "Hello there") =>
  countStatements(() => sendMessage(who, threadId, { clientId: newClientId(), body }));

async function costs(history: number) {
  const { pair, mentee, mentor } = await chatWorld(db);
  if (history) {
    await seedMessages(db, pair.threadId, [mentee, mentor], history);
    // The partner's unread notifications pile up in another thread's name too: the pending check stays one lookup.
    await db.notification.createMany({
      data: Array.from({ length: history / 10 }, (_, i) => ({
        userId: mentor.id,
        kind: "message.received",
        title: "Someone wrote",
        url: `/pairings/other-${i}/thread`,
      })),
    });
  }
  // The mentor has not read the thread for a while: the first message notifies them.
  const first = await say(mentee, pair.threadId);
  expect(first.result.created).toBe(true);
  // Their notification is still unread: the next messages of the burst notify nobody.
  const second = await say(mentee, pair.threadId);
  // The mentor is in the conversation (read just now): no notification either.
  const last = BigInt(second.result.message.seq);
  await markThreadRead(mentor, pair.threadId, { seq: last.toString() });
  const reply = await say(mentor, pair.threadId);
  // A retry of a stored message finds it.
  const retry = await countStatements(() =>
    sendMessage(mentor, pair.threadId, { clientId: reply.result.message.clientId, body: "Hello there" }),
  );
  expect(retry.result.created).toBe(false);
  const notified = await db.notification.count({
    where: { kind: "message.received", url: `/pairings/${pair.id}/thread` },
  });
  return {
    first: first.statements,
    second: second.statements,
    reply: reply.statements,
    retry: retry.statements,
    notified,
  };
}

describe("a chat send's statements", () => {
  it("are at most 7 (5 in a live conversation), the same for a new thread and one with 2,000 messages", async () => {
    const small = await costs(0);
    const large = await costs(2000);
    expect(small).toEqual({ first: NOTIFYING_SEND, second: LIVE_SEND, reply: LIVE_SEND, retry: 5, notified: 1 });
    expect(large).toEqual(small);
  });
});
