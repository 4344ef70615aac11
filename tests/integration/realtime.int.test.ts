import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { openStream } from "@/lib/realtime/stream";
import { startWorker } from "@/lib/jobs/worker";
import { createUser } from "../factories/users";
import { reader } from "./support/sse";

/** A notification whose English title is "<who> asks to join Soap Makers". */
const note = (userId: string, who: string) =>
  db.$transaction((tx) =>
    notify(tx, {
      recipients: [userId],
      kind: "group.role_changed",
      message: { key: "joinRequested", values: { name: who, group: "Soap Makers" } },
      url: "/",
      dedupeKey: `${who}:${Math.random()}`,
    }),
  );

async function open(user: { id: string; sessionVersion: number }, lastEventId: bigint | null = null) {
  const controller = new AbortController();
  const stream = await openStream({ uid: user.id, sv: user.sessionVersion }, lastEventId, controller.signal);
  expect(stream).not.toBeNull();
  return { ...reader(stream!), abort: () => controller.abort() };
}

describe("the realtime stream", () => {
  it("refuses a token that is not (or no longer) valid", async () => {
    const u = await createUser(db);
    expect(await openStream({ uid: u.id, sv: 1 }, null, new AbortController().signal)).toBeNull();
    expect(await openStream({}, null, new AbortController().signal)).toBeNull();
  });

  it("delivers a committed notification to the connected user, and nothing for a rollback", async () => {
    const u = await createUser(db);
    const s = await open(u);
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, {
          recipients: [u.id],
          kind: "group.role_changed",
          message: { key: "joinRequested", values: { name: "Rolled back", group: "Soap Makers" } },
          url: "/",
          dedupeKey: "rb",
        });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    expect(await s.quiet(400)).toBe(true);

    await note(u.id, "You're a moderator now");
    const frame = await s.next();
    expect(frame.event).toBe("notification");
    expect(frame.data).toMatchObject({
      notification: { title: "You're a moderator now asks to join Soap Makers", read: false },
      unread: 1,
    });
    await s.cancel();
  });

  it("never delivers another user's events", async () => {
    const [me, other] = [await createUser(db), await createUser(db)];
    const s = await open(me);
    await note(other.id, "Private to other");
    expect(await s.quiet(500)).toBe(true);
    await s.cancel();
  });

  it("replays what a reconnecting client missed, in order and without duplicates", async () => {
    const u = await createUser(db);
    const first = await open(u);
    await note(u.id, "One");
    const seen = await first.next();
    first.abort();
    await note(u.id, "Two");
    await note(u.id, "Three");

    const again = await open(u, BigInt(seen.id!));
    const titles = [(await again.next()).data, (await again.next()).data].map(
      (d) => (d as { notification: { title: string } }).notification.title,
    );
    expect(titles).toEqual(["Two asks to join Soap Makers", "Three asks to join Soap Makers"]);
    expect(await again.quiet(300)).toBe(true);
    await again.cancel();
  });

  it("stops delivering the moment the session is revoked", async () => {
    const u = await createUser(db);
    const s = await open(u);
    await db.user.update({ where: { id: u.id }, data: { sessionVersion: { increment: 1 } } });
    await note(u.id, "After revocation");
    for (let i = 0; i < 50 && !s.isDone(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(s.isDone()).toBe(true);
    expect(s.frames).toEqual([]);
  });
});

describe("the background worker", () => {
  it("sends a committed email through the queue, once", async () => {
    const worker = await startWorker();
    try {
      const u = await createUser(db);
      await note(u.id, "Queued");
      await db.$transaction((tx) =>
        notify(tx, {
          recipients: [u.id],
          kind: "group.invited",
          message: { key: "invited", values: { name: "Amara", group: "Soap Makers" } },
          url: "/",
          dedupeKey: "invite-1",
        }),
      );
      let status = "PENDING";
      for (let i = 0; i < 100 && status !== "SENT"; i++) {
        await new Promise((r) => setTimeout(r, 100));
        status = (await db.email.findFirstOrThrow({ where: { kind: "group.invited" } })).status;
      }
      expect(status).toBe("SENT");
      expect(await db.email.count({ where: { kind: "group.invited" } })).toBe(1);
    } finally {
      await worker.stop();
    }
  });
});
