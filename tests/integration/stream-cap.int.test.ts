/**
 * The realtime stream cap on a real database: a user's eleventh stream closes their oldest with a hint to come back
 * in a minute (and leaves other users' alone); an instance at its configured cap answers 429 with Retry-After.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { openStream } from "@/lib/realtime/stream";
import { createUser } from "../factories/users";

const claims: { current: { uid?: string; sv?: number } } = { current: {} };
vi.mock("@/lib/auth/session", () => ({ getSessionClaims: async () => claims.current }));

type Opened = { text: () => string; done: () => boolean; abort: () => void };
const controllers: AbortController[] = [];

/** Opens a stream and reads it raw in the background (retry lines and comments included). */
function read(stream: ReadableStream<Uint8Array>, controller: AbortController): Opened {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let done = false;
  void (async () => {
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (chunk.done) return void (done = true);
      text += decoder.decode(chunk.value, { stream: true });
    }
  })();
  return { text: () => text, done: () => done, abort: () => controller.abort() };
}

async function open(user: { id: string; sessionVersion: number }): Promise<Opened> {
  const controller = new AbortController();
  controllers.push(controller);
  const stream = await openStream({ uid: user.id, sv: user.sessionVersion }, null, controller.signal);
  expect(stream).not.toBeNull();
  return read(stream!, controller);
}

const settle = () => new Promise((r) => setTimeout(r, 100));

afterEach(async () => {
  for (const c of controllers.splice(0)) c.abort();
  await settle();
});

describe("the realtime stream cap", () => {
  it("closes a user's oldest stream when they open an eleventh, with a one-minute retry hint", async () => {
    const [alice, bob] = await Promise.all([createUser(db), createUser(db)]);
    const bobs = await open(bob);
    const streams: Opened[] = [];
    for (let i = 0; i < 10; i++) streams.push(await open(alice));
    await settle();
    expect(streams.filter((s) => s.done())).toHaveLength(0);

    streams.push(await open(alice));
    await settle();
    expect(streams[0]!.done()).toBe(true);
    expect(streams[0]!.text()).toContain("retry: 60000\n");
    expect(streams.slice(1).filter((s) => s.done())).toHaveLength(0);
    expect(bobs.done()).toBe(false);

    // A closed tab frees its place: the next stream closes nobody.
    streams[5]!.abort();
    await settle();
    streams.push(await open(alice));
    await settle();
    expect(streams.filter((s) => s.done())).toHaveLength(2);
    expect(streams[1]!.done()).toBe(false);
  });

  it("answers 429 with Retry-After once the instance holds REALTIME_MAX_STREAMS streams", async () => {
    const users = await Promise.all([createUser(db), createUser(db), createUser(db)]);
    // Load the route on a fresh module graph that reads the lowered cap.
    const g = globalThis as { kinshipStreamCap?: unknown };
    const saved = g.kinshipStreamCap;
    delete g.kinshipStreamCap;
    process.env.REALTIME_MAX_STREAMS = "2";
    vi.resetModules();
    try {
      const { GET } = await import("@/app/api/v1/stream/route");
      const ask = async (user: { id: string; sessionVersion: number }) => {
        claims.current = { uid: user.id, sv: user.sessionVersion };
        const controller = new AbortController();
        controllers.push(controller);
        return GET(new NextRequest("http://localhost:3000/api/v1/stream", { signal: controller.signal }));
      };
      const first = await ask(users[0]!);
      const second = await ask(users[1]!);
      expect([first.status, second.status]).toEqual([200, 200]);
      const refused = await ask(users[2]!);
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toBe("30");
      expect(await refused.json()).toEqual({
        error: { code: "RATE_LIMITED", message: expect.stringMatching(/too many live connections/i) },
      });
      void first.body?.cancel();
      await settle();
      expect((await ask(users[2]!)).status).toBe(200);
    } finally {
      delete process.env.REALTIME_MAX_STREAMS;
      g.kinshipStreamCap = saved;
    }
  });
});
