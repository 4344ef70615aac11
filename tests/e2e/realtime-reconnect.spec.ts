/**
 * A tab's realtime stream survives a refusal. Browsers stop retrying an EventSource after any answer but a 200 (a
 * proxy's 503 during a deploy, a crashed instance); the tab's realtime bus then reopens it with backoff, resuming
 * after the last event id it saw, so what was published meanwhile arrives once and what follows arrives live.
 *
 * Both people's tabs reach the app through a small reverse proxy, as behind a load balancer: the test cuts their open
 * streams (the browser retries by itself) and answers 503 to every stream request for a while (the browser gives up).
 */
import http from "node:http";
import type { Socket } from "node:net";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { freePort } from "./support/instances";
import { bubble, world } from "./support/chat-world";
import { newClientId } from "../factories/chat";

test.describe.configure({ timeout: 120_000 });

type StreamRecord = { url: string; status: number; text: string };

/** The ids a stream sent, in order, and the frames of its `message` events. */
const idsOf = (s: StreamRecord) => [...s.text.matchAll(/^id: (\d+)$/gm)].map((m) => m[1]);
const messageFrames = (s: StreamRecord, messageId: string) =>
  s.text.split("\n\n").filter((f) => f.includes("event: message\n") && f.includes(`"id":"${messageId}"`));

/** A reverse proxy in front of the app that can cut the open streams and refuse new ones with 503, as during a deploy. */
async function startProxy(upstream: string) {
  const target = new URL(upstream);
  const streams: StreamRecord[] = [];
  const sockets = new Set<Socket>();
  let refusing = false;
  let refused = 0;
  let lastIdsAtCut = new Set<string | undefined>();
  const server = http.createServer((req, res) => {
    const isStream = req.url?.startsWith("/api/v1/stream") ?? false;
    if (isStream && refusing) {
      refused++;
      res.writeHead(503, { "content-type": "application/json", "retry-after": "5" });
      res.end(JSON.stringify({ error: { code: "UNAVAILABLE", message: "Deploying." } }));
      return;
    }
    const up = http.request(
      { hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        if (isStream) {
          const record: StreamRecord = { url: req.url!, status: answer.statusCode ?? 0, text: "" };
          streams.push(record);
          sockets.add(req.socket);
          answer.on("data", (chunk: Buffer) => (record.text += chunk.toString("utf8")));
        }
        answer.pipe(res);
      },
    );
    up.on("error", () => res.destroy());
    res.on("close", () => up.destroy());
    req.pipe(up);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    streams,
    refused: () => refused,
    /** The last event id each stream had sent when the connections were cut. */
    lastIdsAtCut: () => lastIdsAtCut,
    /** Drops every open stream's connection (the browser retries by itself) and answers 503 to new ones. */
    refuse() {
      refusing = true;
      lastIdsAtCut = new Set(streams.map((s) => idsOf(s).at(-1)));
      for (const socket of sockets) socket.destroy();
      sockets.clear();
    },
    accept() {
      refusing = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Waits until the streams have sent nothing new for a second (a read mark may follow a message). */
async function settled(streams: StreamRecord[]) {
  let seen = "";
  for (let i = 0; i < 10; i++) {
    const now = streams.map((s) => idsOf(s).join()).join("|");
    if (now === seen) return;
    seen = now;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Uncaught errors in a page (a realtime listener that throws, say): the test expects none. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

test("a tab whose stream was refused with 503 reconnects by itself, gets what it missed once, then live events", async ({
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  const w = await world(db, makeUser);
  const app = test.info().project.use.baseURL ?? process.env.E2E_BASE_URL!;
  const proxy = await startProxy(app);
  try {
    // The mentor is on My mentorships; the mentee has the thread open (and writes from another device: the API).
    const mentor = await (await browser.newContext({ timezoneId: "America/Mexico_City" })).newPage();
    const mentee = await (await browser.newContext({ timezoneId: "Europe/Lisbon" })).newPage();
    const errors = [mentor, mentee].map(pageErrors);
    await loginAs(mentor, w.mentor);
    await loginAs(mentee, w.mentee);
    await mentor.goto(`${proxy.url}/mentorships`);
    await expect(mentor.getByRole("heading", { name: "My mentorships" })).toBeVisible();
    await mentee.goto(`${proxy.url}${w.url}`);
    await expect(mentee.getByTestId("introduction")).toBeVisible();
    const nav = mentor.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Mentorships/ });
    await expect(nav).toHaveAccessibleName("Mentorships");

    const write = async (body: string) => {
      const res = await mentee.request.post(`${app}/api/v1/threads/${w.threadId}/messages`, {
        data: { clientId: newClientId("rc"), body },
        headers: { origin: app },
      });
      expect(res.status()).toBe(201);
      return ((await res.json()) as { id: string }).id;
    };

    // Live before the outage.
    await expect.poll(() => proxy.streams.filter((s) => s.status === 200).length).toBe(2);
    await write("Before the deploy");
    await expect(bubble(mentee, "Before the deploy")).toHaveCount(1);
    await expect(nav).toHaveAccessibleName("Mentorships 1 unread message");
    await expect(mentor.getByRole("button", { name: "Notifications, 1 unread" })).toBeVisible();
    await settled(proxy.streams);

    // The deploy: the open streams drop, the browsers' own retries get 503 and give up; the tabs keep trying.
    proxy.refuse();
    const before = proxy.streams.length;
    await expect
      .poll(proxy.refused, { timeout: 20_000, message: "the tabs try again after the browser gave up" })
      .toBeGreaterThanOrEqual(4);
    const missed = await write("Sent during the deploy");

    // Back: each tab resumes after the last event it had; the missed message arrives once, on the stream.
    proxy.accept();
    await expect(nav).toHaveAccessibleName("Mentorships 2 unread messages", { timeout: 20_000 });
    await expect(bubble(mentee, "Sent during the deploy")).toHaveCount(1);
    const after = proxy.streams.slice(before);
    expect(after.map((s) => s.status)).toEqual([200, 200]);
    expect(proxy.lastIdsAtCut().size).toBe(2);
    expect(new Set(after.map((s) => new URL(s.url, app).searchParams.get("lastEventId")))).toEqual(
      proxy.lastIdsAtCut(),
    );
    for (const s of after) expect(messageFrames(s, missed)).toHaveLength(1);

    // And live again.
    await write("After the deploy");
    await expect(bubble(mentee, "After the deploy")).toHaveCount(1);
    await expect(nav).toHaveAccessibleName("Mentorships 3 unread messages");
    await expect(mentor.getByRole("button", { name: "Notifications, 1 unread" })).toBeVisible();
    // Reconnecting is silent.
    for (const page of [mentor, mentee])
      await expect(page.locator("[data-sonner-toast]").filter({ hasText: /connect|offline|live/i })).toHaveCount(0);
    expect(errors.flat()).toEqual([]);
  } finally {
    await proxy.close();
  }
});

test("the stream refuses an event id it never sent, and anyone signed out", async ({ request }) => {
  for (const id of ["abc", "-1", "12345678901234567890", "9223372036854775808"]) {
    const res = await request.get(`/api/v1/stream?lastEventId=${encodeURIComponent(id)}`);
    expect(res.status(), id).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("INVALID_INPUT");
  }
  const res = await request.get("/api/v1/stream?lastEventId=5");
  expect(res.status()).toBe(401);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe("UNAUTHENTICATED");
});
