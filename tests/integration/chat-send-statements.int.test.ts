/**
 * What one chat send costs the database (issue 18, goal: at most 8 statements): the SQL statements of a POST's
 * database work (the session check every API request makes, then `sendMessage`), counted at the driver, are few
 * and do not grow with the thread or the partner's history. Any send is the session, the thread's authorization
 * and one write (message, activity, read mark, the partner's notification when due, realtime events, NOTIFY: no
 * BEGIN or COMMIT); a retry of a stored message adds its read. Every behaviour is the service's own suite's.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sendMessage } from "@/lib/chat/send-message";
import { markThreadRead } from "@/lib/chat/mark-read";
import { resolveSessionUser } from "@/lib/auth/session-user";
import { chatWorld, newClientId, seedMessages } from "../factories/chat";
import { countStatements } from "./support/home-world";

/** Issue 18's ceiling for a send's statements. */
const CEILING = 8;
/** What a send costs now, notifying or not; a retry of a stored message reads it too. */
const SEND = 3;
const RETRY = 4;

/** The request's session check (as `getCurrentUser` makes it for an API route), then the send. */
async function request(who: SessionUser, send: () => ReturnType<typeof sendMessage>) {
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: who.id } });
  return countStatements(async () => {
    const user = await resolveSessionUser({ uid: who.id, sv: sessionVersion });
    if (!user) throw new Error("The session did not resolve.");
    return send();
  });
}

const say = (who: SessionUser, threadId: string, body = "Hello there") =>
  request(who, () => sendMessage(who, threadId, { clientId: newClientId(), body }));

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
  const retry = await request(mentor, () =>
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
  it("are 3 with the session check (at most 8), the same for a new thread and one with 2,000 messages", async () => {
    const small = await costs(0);
    const large = await costs(2000);
    for (const [send, statements] of Object.entries({ ...small, notified: undefined }))
      if (statements !== undefined && statements > CEILING)
        throw new Error(`A chat send (${send}) made ${statements} statements: issue 18 allows ${CEILING}.`);
    expect(small).toEqual({ first: SEND, second: SEND, reply: SEND, retry: RETRY, notified: 1 });
    expect(large).toEqual(small);
  });
});
