/**
 * What delivering one chat message costs a stream (issue 18): the log's read (with the session's check) and one
 * read of the message with its reader check, whatever the thread; a user's tabs on one instance woken together
 * share those two, rather than two each.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sendMessage } from "@/lib/chat/send-message";
import { readBatch } from "@/lib/realtime/batch";
import "@/lib/wiring";
import { chatWorld, newClientId } from "../factories/chat";
import { countStatements } from "./support/home-world";

async function world() {
  const { pair, mentee, mentor } = await chatWorld(db);
  const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: mentor.id } });
  // The burst's first message notified the mentor: the next is a message event alone.
  await sendMessage(mentee, pair.threadId, { clientId: newClientId(), body: "Hello" });
  const last = await db.realtimeEvent.findFirst({ where: { userId: mentor.id }, orderBy: { seq: "desc" } });
  const cursor = last?.seq ?? 0n;
  await sendMessage(mentee, pair.threadId, { clientId: newClientId(), body: "Are you there?" });
  return { mentor, sessionVersion, cursor };
}

describe("a stream's delivery of a chat message", () => {
  it("reads twice for one tab, and twice for three tabs woken together, all sent the same frames", async () => {
    const { mentor, sessionVersion, cursor } = await world();
    const one = await countStatements(() => readBatch(mentor.id, sessionVersion, cursor, "en"));
    expect(one.statements).toBe(2);
    expect(one.result.frames.map((f) => f.split("\n")[1])).toEqual(["event: message"]);
    expect(one.result.frames[0]).toContain("Are you there?");

    const tabs = await countStatements(() =>
      Promise.all([1, 2, 3].map(() => readBatch(mentor.id, sessionVersion, cursor, "en"))),
    );
    expect(tabs.statements).toBe(2);
    for (const tab of tabs.result) expect(tab).toEqual(one.result);
  });

  it("is not shared with a tab whose session is older (it is closed), nor with another language", async () => {
    const { mentor, sessionVersion, cursor } = await world();
    const { result, statements } = await countStatements(() =>
      Promise.all([
        readBatch(mentor.id, sessionVersion, cursor, "en"),
        readBatch(mentor.id, sessionVersion - 1, cursor, "en"),
        readBatch(mentor.id, sessionVersion, cursor, "es"),
      ]),
    );
    const [current, stale, spanish] = result;
    // English and Spanish read the log and the message each; the stale session only the log.
    expect(statements).toBe(5);
    expect(current.revoked).toBe(false);
    expect(stale).toMatchObject({ revoked: true, frames: [] });
    // The same message either way: each language made its own read.
    expect(spanish.frames).toEqual(current.frames);
  });
});
