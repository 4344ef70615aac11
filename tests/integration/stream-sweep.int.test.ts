/**
 * What open realtime streams cost the database while nothing happens (issue 18): nothing between periods (events
 * are read on a NOTIFY wake-up, not polled per stream), and one statement a period for all of an instance's
 * streams (the batched session check), however many are open. That check closes a revoked session's stream within
 * one period even when nothing is sent to it, and wakes a stream whose NOTIFY was lost.
 */
import { afterEach, describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { REALTIME_CHANNEL } from "@/lib/realtime/publish";
import { HEARTBEAT_MS, openStream, streamSweep } from "@/lib/realtime/stream";
import { createUser } from "../factories/users";
import { countStatements } from "./support/home-world";
import { reader } from "./support/sse";

const pause = (ms: number) => new Promise((res) => setTimeout(res, ms));

async function open(user: { id: string; sessionVersion: number }) {
  const controller = new AbortController();
  const stream = await openStream({ uid: user.id, sv: user.sessionVersion }, null, controller.signal);
  expect(stream).not.toBeNull();
  return reader(stream!);
}

/** `n` users with one open stream each, settled (their first read done). */
async function idleStreams(n: number) {
  const users = await Promise.all(Array.from({ length: n }, () => createUser(db)));
  const streams = await Promise.all(users.map(open));
  await pause(300);
  return { users, streams };
}

afterEach(() => streamSweep().setPeriod(HEARTBEAT_MS));

describe("idle realtime streams", () => {
  it("read nothing between periods, and cost one statement a period for 3 streams as for 12", async () => {
    const costs: { between: number; sweep: number }[] = [];
    for (const n of [3, 12]) {
      const { streams } = await idleStreams(n);
      expect(streamSweep().size).toBe(n);
      const between = await countStatements(() => pause(1000));
      const sweep = await countStatements(() => streamSweep().sweep());
      costs.push({ between: between.statements, sweep: sweep.statements });
      // The period woke nobody: every stream is up to date and its session still counts.
      expect(streams.every((s) => !s.isDone() && s.frames.length === 0)).toBe(true);
      await Promise.all(streams.map((s) => s.cancel()));
    }
    expect(costs).toEqual([
      { between: 0, sweep: 1 },
      { between: 0, sweep: 1 },
    ]);
    expect(streamSweep().size).toBe(0);
  });

  it("close within one period when the session is revoked, though nothing is sent to them", async () => {
    streamSweep().setPeriod(400);
    const { users, streams } = await idleStreams(2);
    const [revoked, kept] = users as [(typeof users)[0], (typeof users)[0]];
    await db.user.update({ where: { id: revoked.id }, data: { sessionVersion: { increment: 1 } } });
    for (let i = 0; i < 40 && !streams[0]!.isDone(); i++) await pause(50);
    expect(streams[0]!.isDone()).toBe(true);
    // The other user's stream stays open.
    expect(streams[1]!.isDone()).toBe(false);
    expect(kept.id).not.toBe(revoked.id);
    await streams[1]!.cancel();
  });

  it("deliver an event whose wake-up never came, at the next period", async () => {
    const { users, streams } = await idleStreams(1);
    const user = users[0]!;
    // Written without NOTIFY (as if the instance's listener missed it): no stream is woken.
    const note = await db.notification.create({
      data: { userId: user.id, kind: "group.role_changed", title: "Missed wake-up", url: "/" },
    });
    await db.realtimeEvent.create({ data: { userId: user.id, type: "notification", resourceId: note.id } });
    expect(await streams[0]!.quiet(300)).toBe(true);
    await streamSweep().sweep();
    expect(await streams[0]!.next()).toMatchObject({
      event: "notification",
      data: { notification: { title: "Missed wake-up" } },
    });
    await streams[0]!.cancel();
  });
});

describe("the streams' own pool", () => {
  it("opens and delivers while every connection of the app's pool is busy (sends cannot starve the streams)", async () => {
    const { users, streams } = await idleStreams(1);
    const user = users[0]!;
    const late = await createUser(db);
    // The app's pool (10 connections) is taken for 3 s by slow statements.
    const busy = Array.from({ length: 12 }, () => db.$queryRaw`SELECT 1 AS slept FROM pg_sleep(3)`);
    await pause(200);
    // An event committed from elsewhere (another instance's send), with its NOTIFY.
    const other = new pg.Client({ connectionString: env().DATABASE_URL });
    await other.connect();
    const started = Date.now();
    try {
      const note = await other.query<{ id: string }>(
        `INSERT INTO "Notification"(id, "userId", kind, title, url) VALUES ('n-busy-' || md5(random()::text), $1,
           'group.role_changed', 'While busy', '/') RETURNING id`,
        [user.id],
      );
      await other.query(`INSERT INTO "RealtimeEvent"("userId", type, "resourceId") VALUES ($1, 'notification', $2)`, [
        user.id,
        note.rows[0]!.id,
      ]);
      await other.query(`SELECT pg_notify($1, $2)`, [REALTIME_CHANNEL, user.id]);
      expect(await streams[0]!.next(2500)).toMatchObject({ data: { notification: { title: "While busy" } } });
      // A tab that opens its stream now is served too.
      const opened = await open(late);
      // Delivered and opened before the app's pool had a connection free.
      expect(Date.now() - started).toBeLessThan(2500);
      await opened.cancel();
    } finally {
      await other.end();
      await Promise.all(busy);
      await streams[0]!.cancel();
    }
  });
});
