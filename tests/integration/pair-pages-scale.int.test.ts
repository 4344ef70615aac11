/**
 * The pair's pages at scale (issue 18): the thread page, the pair space and My mentorships run the same few SQL
 * statements for a new pair and for one with hundreds of messages, check-ins and other pairings around it, and the
 * thread page sends one page of messages whatever the thread's length (older ones page in by cursor). Together with
 * the session check and the header's unread count (one statement each) every page stays within six.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { getThreadPage } from "@/lib/chat/get-thread-page";
import { findMessages } from "@/lib/chat/find-messages";
import { unreadByThread } from "@/lib/chat/mark-read";
import { sendMessage } from "@/lib/chat/send-message";
import { getPairSpace } from "@/lib/pairings/get-pair-space";
import { findMyPairings } from "@/lib/pairings/find-my-pairings";
import { activePair } from "../factories/pairings";
import { createCheckIn } from "../factories/mentorship";
import { chatWorld, newClientId, seedMessages } from "../factories/chat";
import { countStatements } from "./support/home-world";
import { expectRefused } from "./support/world";

type World = Awaited<ReturnType<typeof chatWorld>>;

async function statementsOfPages(world: World) {
  const { pair, mentee } = world;
  const thread = await countStatements(() => getThreadPage(mentee, pair.id));
  const space = await countStatements(() => getPairSpace(mentee, pair.id));
  const mine = await countStatements(() => findMyPairings(mentee as SessionUser));
  const header = await countStatements(() => unreadByThread(mentee.id));
  return {
    counts: {
      thread: thread.statements,
      space: space.statements,
      mine: mine.statements,
      header: header.statements,
    },
    thread: thread.result,
  };
}

describe("the pair's pages at scale", () => {
  it("run the same statements for a new pair and a long-running one, and show one page of the thread", async () => {
    const world = await chatWorld(db);
    const { w, pair, mentor, mentee } = world;
    const small = await statementsOfPages(world);
    // Authorization (the thread or pairing with its whole scope) and one read of what the page shows.
    expect(small.counts).toEqual({ thread: 2, space: 2, mine: 1, header: 1 });
    expect(small.thread.page.messages.map((m) => m.kind)).toEqual(["INTRODUCTION"]);

    // The pair grows: 600 messages, check-ins on every step, and many more pairs and threads around it.
    await seedMessages(db, pair.threadId, [pair.mentor.user, pair.mentee.user], 600);
    for (const step of w.steps) {
      await createCheckIn(db, pair, step, pair.mentor.user);
      await createCheckIn(db, pair, step, pair.mentee.user);
    }
    for (let i = 0; i < 4; i++) {
      const other = await activePair(db, w, { mentor: `Mentor ${i}`, mentee: `Mentee ${i}` });
      await seedMessages(db, other.threadId, [other.mentor.user, other.mentee.user], 50, `Other ${i}`);
    }
    await sendMessage(mentor, pair.threadId, { clientId: newClientId(), body: "The newest" });
    const large = await statementsOfPages(world);
    expect(large.counts).toEqual(small.counts);

    // One page of 50, the newest last; the rest pages in upward by cursor, without gaps.
    const page = large.thread.page;
    expect(page.messages).toHaveLength(50);
    expect(page.messages.at(-1)?.body).toBe("The newest");
    expect(page.hasOlder).toBe(true);
    const older = await findMessages(mentee, pair.threadId, { before: page.messages[0]!.seq });
    expect(older.messages).toHaveLength(50);
    expect(older.messages.at(-1)?.body).toBe("Message 551");
    expect(BigInt(older.messages.at(-1)!.seq)).toBeLessThan(BigInt(page.messages[0]!.seq));
    expect(large.thread.header).toMatchObject({ side: "MENTEE", state: "ACTIVE", partner: { name: "Max Mentor" } });
  });

  it("lets only the two participants open the thread page; the group's admins get NOT_FOUND", async () => {
    const { w, pair, mentor } = await chatWorld(db);
    await expect(getThreadPage(mentor, pair.id)).resolves.toMatchObject({ header: { side: "MENTOR" } });
    await expectRefused(() => getThreadPage(w.admin, pair.id), "NOT_FOUND");
    await expectRefused(() => getThreadPage(w.owner, pair.id), "NOT_FOUND");
    await expectRefused(() => getThreadPage(mentor, "cl0000000000000000000000"), "NOT_FOUND");
  });
});
