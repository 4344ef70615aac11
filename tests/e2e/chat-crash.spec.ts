/**
 * Issue 8, "no loss across a crash": two app instances (A and B) on one database; both participants of a pair have
 * a realtime stream open on each; messages flow at 20 a second, sent by both through both instances, and B is killed
 * with SIGKILL mid-flow. B's streams reconnect to A as EventSource does behind a load balancer (after the server's
 * `retry:`, with Last-Event-ID); a send that B never answered is sent again to A with the same client id (the
 * composer's Retry). Afterwards every stream holds exactly the thread's committed messages, in the thread's order:
 * none lost, none twice.
 */
import { encode } from "next-auth/jwt";
import type { PrismaClient } from "../../lib/db/generated/client";
import { test, expect } from "./fixtures";
import { addMember, createGroup } from "../factories/groups";
import { createApplication, createPairing, createProgram } from "../factories/mentorship";
import { answers, startInstance, type AppInstance } from "./support/instances";

// One at a time: each test runs two app instances of its own.
test.describe.configure({ mode: "default", timeout: 180_000 });

const PER_SECOND = 20;
const MAX_IN_FLIGHT = 8;
/** Messages started before B is killed (at least), and after. */
const BEFORE_KILL = 60;
const AFTER_KILL = 60;

type Person = { label: string; cookie: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function person(label: string, user: { id: string; sessionVersion: number }): Promise<Person> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: run the browser tests with npm run test:e2e.");
  const salt = "authjs.session-token";
  const token = await encode({ token: { uid: user.id, sv: user.sessionVersion, sub: user.id }, secret, salt });
  return { label, cookie: `${salt}=${token}` };
}

/** A running program with one active pair, its thread opened by the admins' introduction (as matching leaves it). */
async function world(db: PrismaClient, makeUser: () => Promise<{ id: string; sessionVersion: number }>) {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const [admin, mentor, mentee] = [await makeUser(), await makeUser(), await makeUser()];
  const group = await createGroup(db, admin, {
    name: `Crash Circle ${id}`,
    slug: `crash-${id}`,
    mentorshipEnabled: true,
  });
  for (const user of [mentor, mentee]) await addMember(db, group, user);
  const program = await createProgram(db, group, admin, { name: `Crash school ${id}`, state: "RUNNING" });
  const side = async (user: { id: string }, role: "MENTOR" | "MENTEE") => ({
    application: await createApplication(db, program, user, role, { state: "MATCHED" }),
    user,
  });
  const pairing = await createPairing(db, program, await side(mentor, "MENTOR"), await side(mentee, "MENTEE"), admin);
  const threadId = pairing.thread!.id;
  const intro = await db.message.findFirstOrThrow({ where: { threadId }, select: { seq: true } });
  const stored = () =>
    db.message.findMany({
      where: { threadId, seq: { gt: intro.seq } },
      orderBy: { seq: "asc" },
      select: { id: true, clientId: true },
    });
  return { threadId, stored, mentor: await person("mentor", mentor), mentee: await person("mentee", mentee) };
}

/**
 * A tab's realtime connection, read as EventSource reads `/api/v1/stream`: an event counts once its blank line has
 * arrived and its `id:` becomes the Last-Event-ID. It records the ids of `message` events in arrival order. When the
 * stream breaks it waits the server's `retry:` (or until `reconnectWhen` resolves) and reconnects to the surviving
 * instance with Last-Event-ID, if it has one.
 */
class StreamClient {
  readonly ids: string[] = [];
  lastEventId: string | null = null;
  reconnects = 0;
  idsAtFirstReconnect = -1;
  readonly connected: Promise<void>;
  private onConnected = () => {};
  private retryMs = 3000;

  constructor(
    readonly label: string,
    private readonly threadId: string,
    private readonly cookie: string,
    private base: string,
    private readonly survivor: string,
    private readonly stop: AbortSignal,
    private readonly reconnectWhen?: Promise<void>,
  ) {
    this.connected = new Promise((resolve) => (this.onConnected = resolve));
    void this.run();
  }

  private async run() {
    while (!this.stop.aborted) {
      try {
        const headers: Record<string, string> = { cookie: this.cookie, accept: "text/event-stream" };
        if (this.lastEventId !== null) headers["last-event-id"] = this.lastEventId;
        const res = await fetch(`${this.base}/api/v1/stream`, { headers, signal: this.stop });
        if (!res.ok || !res.body) throw new Error(`stream answered ${res.status}`);
        await this.read(res.body);
      } catch {
        // the instance is gone, or the test is over
      }
      if (this.stop.aborted) return;
      if (this.reconnects++ === 0) this.idsAtFirstReconnect = this.ids.length;
      this.base = this.survivor;
      await (this.reconnectWhen ?? sleep(this.retryMs));
    }
  }

  private async read(body: ReadableStream<Uint8Array>) {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      for (let cut = buffer.indexOf("\n\n"); cut >= 0; cut = buffer.indexOf("\n\n")) {
        this.dispatch(buffer.slice(0, cut).split("\n"));
        buffer = buffer.slice(cut + 2);
      }
    }
  }

  private dispatch(lines: string[]) {
    if (lines.includes(": connected")) this.onConnected();
    const field = (name: string) => lines.find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2);
    const [id, retry] = [field("id"), field("retry")];
    if (id !== undefined) this.lastEventId = id;
    if (retry && /^\d+$/.test(retry)) this.retryMs = Number(retry);
    if (field("event") !== "message") return;
    const data = JSON.parse(field("data") ?? "{}") as { threadId: string; message: { id: string } };
    // A message of another thread would be a leak; it is recorded so that the comparison shows it.
    this.ids.push(data.threadId === this.threadId ? data.message.id : `foreign:${data.message.id}`);
  }
}

type Send = {
  clientId: string;
  startedAt: number;
  ackedBy?: "A" | "B";
  messageId?: string;
  failures: { at: number; what: string }[];
};

/**
 * Posts a message. A send that gets no answer, or a 5xx (an overloaded machine can exhaust the connection pool), is
 * sent again with the same client id to the surviving instance, as the composer's Retry does.
 */
async function deliver(send: Send, threadId: string, author: Person, body: string, first: string, survivor: string) {
  let target = first;
  for (let attempt = 0; attempt < 6; attempt++) {
    const name = target === survivor ? "A" : "B";
    try {
      const res = await fetch(`${target}/api/v1/threads/${threadId}/messages`, {
        method: "POST",
        headers: { cookie: author.cookie, origin: target, "content-type": "application/json" },
        body: JSON.stringify({ clientId: send.clientId, body }),
        signal: AbortSignal.timeout(30_000),
      });
      if (res.ok) {
        send.messageId = ((await res.json()) as { id: string }).id;
        send.ackedBy = name;
        return;
      }
      send.failures.push({ at: Date.now(), what: `${name} answered ${res.status}: ${await res.text()}` });
      if (res.status < 500) return;
    } catch (error) {
      send.failures.push({ at: Date.now(), what: `${name}: no answer (${(error as Error).message})` });
    }
    target = survivor;
    await sleep(250);
  }
}

/** How what a client received differs from the thread, in a line. */
function difference(received: string[], expected: string[]): string {
  const seen = new Set<string>();
  const twice = received.filter((id) => seen.has(id) || !seen.add(id)).length;
  const missing = expected.filter((id) => !seen.has(id)).length;
  const unknown = [...seen].filter((id) => !expected.includes(id)).length;
  const at = received.findIndex((id, i) => id !== expected[i]);
  return `received ${received.length} of ${expected.length}: ${missing} missing, ${twice} twice, ${unknown} unknown, first difference at ${at}`;
}

/** Waits (bounded) until every client has at least `count` messages, then a little more for any late duplicate. */
async function caughtUp(clients: StreamClient[], count: number) {
  for (let t = 0; t < 300 && clients.some((c) => c.ids.length < count); t++) await sleep(100);
  await sleep(500);
}

test("no message is lost or doubled when an app instance is killed while both participants chat", async ({
  db,
  makeUser,
}) => {
  const w = await world(db, () => makeUser());
  let a: AppInstance | undefined;
  let b: AppInstance | undefined;
  const stop = new AbortController();
  try {
    [a, b] = await Promise.all([startInstance(), startInstance()]);
    const [A, B] = [a.url, b.url];

    // Each participant has a tab on each instance.
    const clients = [w.mentor, w.mentee].flatMap((p) =>
      [A, B].map(
        (base) =>
          new StreamClient(`${p.label} on ${base === A ? "A" : "B"}`, w.threadId, p.cookie, base, A, stop.signal),
      ),
    );
    const onB = clients.filter((c) => c.label.endsWith(" B"));
    await Promise.all(clients.map((c) => c.connected));

    // Both instances answer before the clock starts: a cold instance's first requests are slow on a busy machine,
    // and the flow below is about delivery across a crash, not start-up speed. Each participant sends once through
    // each instance (these messages count like any other below).
    const sends: Send[] = [];
    for (const author of [w.mentor, w.mentee])
      for (const [name, base] of [["A", A] as const, ["B", B] as const]) {
        const send: Send = {
          clientId: `warm-${name}-${author.label}-${Date.now().toString(36)}`,
          startedAt: 0,
          failures: [],
        };
        sends.push(send);
        await deliver(send, w.threadId, author, `Hello through ${name}`, base, A);
        expect(send.ackedBy, `a first message through ${name}: ${send.failures.map((f) => f.what).join("; ")}`).toBe(
          name,
        );
      }

    // Messages from a timer, at most 20 a second and at most 8 in flight, both authors through both instances (a busy
    // machine slows the flow down instead of piling requests up until they time out). B is killed just after a send
    // to it starts, once 60 messages have started and each instance has acknowledged 3 of them; 60 more follow.
    // Counted in messages, not seconds, so the test is the same on a slow machine.
    const deliveries: Promise<void>[] = [];
    const inFlight = new Set<Promise<void>>();
    const started = Date.now();
    let killedAt = 0;
    let killIndex = -1;
    for (let i = 0; killIndex < 0 || i <= killIndex + AFTER_KILL; i++) {
      await sleep(Math.max(0, started + (i * 1000) / PER_SECOND - Date.now()));
      while (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
      const acked = (by: "A" | "B") => sends.filter((s) => s.startedAt >= started && s.ackedBy === by).length;
      // A bound in messages, not seconds: with both instances warm, both acknowledge long before this.
      if (killIndex < 0 && i > 20 * BEFORE_KILL)
        throw new Error(
          `The flow did not get under way in ${i} messages: ${acked("A")} acknowledged by A, ${acked("B")} by B.`,
        );
      const author = i % 2 === 0 ? w.mentor : w.mentee;
      const target = i % 4 < 2 ? A : B;
      const send: Send = { clientId: `crash-${i}-${started.toString(36)}`, startedAt: Date.now(), failures: [] };
      sends.push(send);
      const delivery = deliver(send, w.threadId, author, `Message ${i} from the ${author.label}`, target, A);
      deliveries.push(delivery);
      inFlight.add(delivery);
      void delivery.finally(() => inFlight.delete(delivery));
      if (killIndex < 0 && target === B && i >= BEFORE_KILL && acked("A") >= 3 && acked("B") >= 3) {
        killedAt = Date.now();
        killIndex = i;
        await b.kill();
      }
    }
    await Promise.all(deliveries);
    expect(await answers(B), "B is down").toBe(false);

    // Every send was acknowledged in the end. Nothing was refused; B went unanswered only once it was killed, and
    // sends to it were retried on A.
    expect(
      sends.filter((s) => !s.messageId).map((s) => `${s.clientId}: ${s.failures.map((f) => f.what).join("; ")}`),
      "unacknowledged sends",
    ).toEqual([]);
    const failures = sends.flatMap((s) => s.failures);
    const unexpected = (f: Send["failures"][number]) =>
      /answered 4\d\d/.test(f.what) || (f.what.startsWith("B: no answer") && f.at < killedAt);
    expect(
      failures.filter(unexpected).map((f) => f.what),
      "refusals, or B unanswered before the kill",
    ).toEqual([]);
    expect(failures.filter((f) => f.what.startsWith("B: no answer")).length, "sends B never answered").toBeGreaterThan(
      0,
    );
    expect(sends.length - (sends.findIndex((s) => s.clientId.startsWith(`crash-${killIndex}-`)) + 1)).toBe(AFTER_KILL);

    // The database holds each sent message once, under the id its sender was given, and nothing that was not sent.
    const stored = await w.stored();
    expect(stored.map((m) => m.clientId).sort()).toEqual(sends.map((s) => s.clientId).sort());
    const idOf = new Map(stored.map((m) => [m.clientId, m.id]));
    expect(sends.filter((s) => idOf.get(s.clientId) !== s.messageId).map((s) => s.clientId)).toEqual([]);

    // Every client holds exactly the thread's messages, in the thread's order.
    const expected = stored.map((m) => m.id);
    await caughtUp(clients, expected.length);
    for (const c of clients) expect(c.ids, `${c.label}: ${difference(c.ids, expected)}`).toEqual(expected);

    // B's tabs lost their stream and caught up on A.
    for (const c of onB) {
      expect(c.reconnects, `${c.label} reconnected`).toBeGreaterThanOrEqual(1);
      expect(c.ids.length, `${c.label} received on A`).toBeGreaterThan(c.idsAtFirstReconnect);
    }

    const lost = (s: Send) => s.startedAt < killedAt && s.failures.some((f) => f.what.startsWith("B: no answer"));
    const overloaded = failures.filter((f) => !f.what.startsWith("B: no answer")).length;
    test.info().annotations.push({
      type: "crash",
      description: `${sends.length} messages; B killed at ${killedAt - started} ms (message ${killIndex}) with ${sends.filter(lost).length} sends unanswered; ${overloaded} attempts answered 5xx or timed out (retried)`,
    });
  } finally {
    stop.abort();
    await Promise.all([a?.stop(), b?.stop()]);
  }
});

test("a tab whose instance dies before its first event still gets what was sent while it reconnected", async ({
  db,
  makeUser,
}) => {
  const w = await world(db, () => makeUser());
  let a: AppInstance | undefined;
  let b: AppInstance | undefined;
  const stop = new AbortController();
  try {
    [a, b] = await Promise.all([startInstance(), startInstance()]);
    let reconnect = () => {};
    const tab = new StreamClient(
      "mentee on B",
      w.threadId,
      w.mentee.cookie,
      b.url,
      a.url,
      stop.signal,
      new Promise<void>((resolve) => (reconnect = resolve)),
    );
    await tab.connected;
    await b.kill();

    // While the tab waits to reconnect, the mentor writes through A.
    for (let i = 0; i < 3; i++) {
      const send: Send = { clientId: `quiet-${i}-${Date.now().toString(36)}`, startedAt: Date.now(), failures: [] };
      await deliver(send, w.threadId, w.mentor, `Are you there? (${i + 1})`, a.url, a.url);
      expect(send.failures).toEqual([]);
    }
    reconnect();

    const expected = (await w.stored()).map((m) => m.id);
    expect(expected).toHaveLength(3);
    await caughtUp([tab], expected.length);
    expect(tab.reconnects).toBe(1);
    expect(tab.ids, difference(tab.ids, expected)).toEqual(expected);
  } finally {
    stop.abort();
    await Promise.all([a?.stop(), b?.stop()]);
  }
});
