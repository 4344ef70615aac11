import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { notify, type NotifyInput } from "@/lib/notifications/notify";
import { updatePreferences, unsubscribe } from "@/lib/notifications/preferences";
import { findNotifications } from "@/lib/notifications/find-notifications";
import { markRead } from "@/lib/notifications/mark-read";
import { openNotification } from "@/lib/notifications/open-notification";
import { sendEmail, MAX_ATTEMPTS } from "@/lib/jobs/send-email";
import { buildDigests } from "@/lib/jobs/digest";
import { prune } from "@/lib/jobs/prune";
import { setTransportForTests } from "@/lib/email/transport";
import { readUnsubscribeToken } from "@/lib/email/unsubscribe-token";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import { createUser } from "../factories/users";

const actor = (u: { id: string; name: string; email: string; timeZone: string }) => ({
  id: u.id,
  name: u.name,
  email: u.email,
  timeZone: u.timeZone,
});

/** A join request's message: "<name> asks to join Soap Makers". */
const asks = (name: string) => ({ key: "joinRequested" as const, values: { name, group: "Soap Makers" } });

function input(recipients: string[], over: Partial<NotifyInput> = {}): NotifyInput {
  return {
    recipients,
    kind: "group.join_requested",
    message: asks("Sam"),
    url: "/groups/soap/requests",
    dedupeKey: `t:${Math.random()}`,
    ...over,
  };
}

type Sent = { to: string; subject: string; headers?: Record<string, string> };
function fakeTransport(behaviour: { failFirst?: number } = {}) {
  const sent: Sent[] = [];
  let calls = 0;
  const transport = {
    sendMail: async (mail: Sent) => {
      calls += 1;
      if (calls <= (behaviour.failFirst ?? 0)) throw new Error("SMTP 451 try again later");
      await new Promise((r) => setTimeout(r, 20));
      sent.push(mail);
      return {};
    },
  };
  setTransportForTests(transport as never);
  return { sent, calls: () => calls };
}

afterEach(() => setTransportForTests(undefined));

describe("notify", () => {
  it("creates the notification, its realtime event and its email in the caller's transaction", async () => {
    const u = await createUser(db, { name: "Amara" });
    await db.$transaction((tx) => notify(tx, input([u.id])));
    expect(await db.notification.count({ where: { userId: u.id } })).toBe(1);
    expect(await db.realtimeEvent.count({ where: { userId: u.id, type: "notification" } })).toBe(1);
    const email = await db.email.findFirstOrThrow({ where: { userId: u.id } });
    expect(email).toMatchObject({ to: u.email, status: "PENDING", subject: "Sam asks to join Soap Makers" });
    expect(email.text).toContain("Hi Amara,");
    expect(email.text).toMatch(/Don't want these emails\? http:\/\/localhost:3000\/unsubscribe\?token=/);
  });

  it("leaves nothing behind when the transaction rolls back", async () => {
    const u = await createUser(db);
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, input([u.id]));
        throw new Error("the event failed");
      }),
    ).rejects.toThrow("the event failed");
    expect(await db.notification.count()).toBe(0);
    expect(await db.realtimeEvent.count()).toBe(0);
    expect(await db.email.count()).toBe(0);
  });

  it("follows each person's preferences, and always emails security notices", async () => {
    const [quiet, noEmail, digest] = [await createUser(db), await createUser(db), await createUser(db)];
    await updatePreferences(actor(quiet), { "group.join_requested.email": "on" });
    await updatePreferences(actor(noEmail), { "group.join_requested.inApp": "on" });
    await updatePreferences(actor(digest), {
      "group.join_requested.inApp": "on",
      "group.join_requested.email": "on",
      digest: "on",
    });
    await db.$transaction((tx) => notify(tx, input([quiet.id, noEmail.id, digest.id])));
    expect((await db.notification.findMany()).map((n) => n.userId).sort()).toEqual([noEmail.id, digest.id].sort());
    expect((await db.email.findMany()).map((e) => e.userId)).toEqual([quiet.id]);

    await updatePreferences(actor(noEmail), {});
    await signOutEverywhere(actor(noEmail));
    const security = await db.email.findFirstOrThrow({
      where: { userId: noEmail.id, kind: "account.sessions_revoked" },
    });
    expect(security.text).toContain("You receive this security notice");
  });

  it("rejects unknown kinds in the preferences form", async () => {
    const u = await createUser(db);
    await expect(updatePreferences(actor(u), { "made.up.inApp": "on" })).rejects.toThrow();
  });

  it("emails once per event and person, however often it is notified", async () => {
    const u = await createUser(db);
    const same = input([u.id], { dedupeKey: "join:abc" });
    await db.$transaction((tx) => notify(tx, same));
    await db.$transaction((tx) => notify(tx, same));
    expect(await db.email.count()).toBe(1);
  });

  it("escapes what people wrote in the HTML email", async () => {
    const u = await createUser(db, { name: "<b>Eve</b>" });
    await db.$transaction((tx) => notify(tx, input([u.id], { message: asks("<script>alert(1)</script>") })));
    const email = await db.email.findFirstOrThrow();
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("&lt;script&gt;");
    expect(email.html).toContain("Hi &lt;b&gt;Eve&lt;/b&gt;");
  });
});

describe("reading notifications", () => {
  it("lists only your own, newest first, pages by cursor and marks read", async () => {
    const [me, other] = [await createUser(db), await createUser(db)];
    for (let i = 0; i < 5; i++)
      await db.$transaction((tx) => notify(tx, input([me.id, other.id], { message: asks(`Item ${i}`) })));
    const first = await findNotifications(actor(me), { limit: 3 });
    expect(first.notifications.map((n) => n.title.replace(" asks to join Soap Makers", ""))).toEqual([
      "Item 4",
      "Item 3",
      "Item 2",
    ]);
    expect(first.unread).toBe(5);
    const second = await findNotifications(actor(me), { limit: 3, cursor: first.nextCursor });
    expect(second.notifications.map((n) => n.title.replace(" asks to join Soap Makers", ""))).toEqual([
      "Item 1",
      "Item 0",
    ]);
    expect(second.nextCursor).toBeNull();

    // Marking someone else's notification read by id changes nothing.
    const theirs = await db.notification.findFirstOrThrow({ where: { userId: other.id } });
    expect((await markRead(actor(me), { ids: [theirs.id] })).unread).toBe(5);
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();

    expect((await markRead(actor(me), { ids: [first.notifications[0]!.id] })).unread).toBe(4);
    expect((await markRead(actor(me), { all: true })).unread).toBe(0);
    expect(await db.notification.count({ where: { userId: other.id, readAt: null } })).toBe(5);
  });
});

describe("opening a notification", () => {
  it("marks your own read and leads to it; someone else's does not exist for you", async () => {
    const [me, other] = [await createUser(db), await createUser(db)];
    await db.$transaction((tx) => notify(tx, input([me.id, other.id])));
    const mine = await db.notification.findFirstOrThrow({ where: { userId: me.id } });
    const theirs = await db.notification.findFirstOrThrow({ where: { userId: other.id } });
    expect(await openNotification(actor(me), mine.id)).toEqual({ url: "/groups/soap/requests" });
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).not.toBeNull();
    await expect(openNotification(actor(me), theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
  });
});

describe("sending email", () => {
  it("retries a failed send and sends it once", async () => {
    const fake = fakeTransport({ failFirst: 1 });
    const u = await createUser(db);
    await db.$transaction((tx) => notify(tx, input([u.id])));
    const { id } = await db.email.findFirstOrThrow();
    await expect(sendEmail(id)).rejects.toThrow("SMTP 451");
    expect(await db.email.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastError: "SMTP 451 try again later",
    });
    expect(await sendEmail(id)).toBe("sent");
    expect(await sendEmail(id)).toBe("skipped");
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]!.headers?.["List-Unsubscribe"]).toMatch(/\/api\/v1\/unsubscribe\?token=/);
    expect(await db.email.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("sends once when the same email is queued twice at the same moment", async () => {
    const fake = fakeTransport();
    const u = await createUser(db);
    await db.$transaction((tx) => notify(tx, input([u.id])));
    const { id } = await db.email.findFirstOrThrow();
    const results = await Promise.all([sendEmail(id), sendEmail(id), sendEmail(id)]);
    expect(results.filter((r) => r === "sent")).toHaveLength(1);
    expect(fake.sent).toHaveLength(1);
  });

  it("gives up after the last attempt", async () => {
    fakeTransport({ failFirst: 100 });
    const u = await createUser(db);
    await db.$transaction((tx) => notify(tx, input([u.id])));
    const { id } = await db.email.findFirstOrThrow();
    for (let i = 0; i < MAX_ATTEMPTS; i++) await sendEmail(id).catch(() => undefined);
    expect((await db.email.findUniqueOrThrow({ where: { id } })).status).toBe("FAILED");
  });

  it("one-click unsubscribe stops that kind of email only", async () => {
    const u = await createUser(db);
    await db.$transaction((tx) => notify(tx, input([u.id])));
    const token = (await db.email.findFirstOrThrow()).text.match(/token=([\w.-]+)/)![1]!;
    const parsed = readUnsubscribeToken(token)!;
    expect(parsed).toEqual({ userId: u.id, kind: "group.join_requested" });
    expect(readUnsubscribeToken(`${token.slice(0, -2)}xx`)).toBeNull();
    await unsubscribe(parsed.userId, parsed.kind);
    await db.$transaction((tx) => notify(tx, input([u.id])));
    await db.$transaction((tx) => notify(tx, input([u.id], { kind: "group.invited" })));
    expect((await db.email.findMany({ select: { kind: true } })).map((e) => e.kind).sort()).toEqual([
      "group.invited",
      "group.join_requested",
    ]);
  });
});

describe("the daily digest", () => {
  it("groups yesterday's notifications into one email per reader, once", async () => {
    const [reader, other] = [await createUser(db, { name: "Reader" }), await createUser(db)];
    await updatePreferences(actor(reader), {
      "group.join_requested.inApp": "on",
      "group.join_requested.email": "on",
      digest: "on",
    });
    for (const title of ["First", "Second", "Third"])
      await db.$transaction((tx) => notify(tx, input([reader.id, other.id], { message: asks(title) })));
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000);
    yesterday.setUTCHours(9, 0, 0, 0);
    for (const [i, title] of ["First", "Second", "Third"].entries()) {
      await db.notification.updateMany({
        where: { title: `${title} asks to join Soap Makers` },
        data: { createdAt: new Date(yesterday.getTime() + i * 60_000) },
      });
    }
    await db.email.deleteMany({ where: { userId: other.id } });

    expect(await buildDigests()).toBe(1);
    expect(await buildDigests()).toBe(0);
    const digest = await db.email.findFirstOrThrow({ where: { kind: "digest" } });
    expect(digest.userId).toBe(reader.id);
    expect(digest.subject).toBe("Your Kinship digest: 3 updates");
    expect(digest.text).toMatch(
      /• First asks to join Soap Makers\n• Second asks to join Soap Makers\n• Third asks to join Soap Makers/,
    );
  });
});

describe("housekeeping", () => {
  it("prunes old realtime events, expired rate limits and old sent emails, and keeps the rest", async () => {
    const u = await createUser(db);
    await db.$transaction((tx) => notify(tx, input([u.id])));
    await db.$transaction((tx) => notify(tx, input([u.id])));
    const [old] = await db.realtimeEvent.findMany({ orderBy: { seq: "asc" }, take: 1 });
    await db.realtimeEvent.update({
      where: { seq: old!.seq },
      data: { createdAt: new Date(Date.now() - 8 * 24 * 60 * 60 * 1000) },
    });
    await db.rateLimit.createMany({
      data: [
        { key: "gone", points: 3, expire: BigInt(Date.now() - 1000) },
        { key: "live", points: 1, expire: BigInt(Date.now() + 60_000) },
      ],
    });
    const [email] = await db.email.findMany({ take: 1 });
    await db.email.update({
      where: { id: email!.id },
      data: { status: "SENT", sentAt: new Date(Date.now() - 91 * 24 * 60 * 60 * 1000) },
    });

    expect(await prune()).toEqual({ realtimeEvents: 1, rateLimits: 1, emails: 1 });
    expect(await db.realtimeEvent.count()).toBe(1);
    expect((await db.rateLimit.findMany()).map((r) => r.key)).toEqual(["live"]);
    expect(await db.email.count()).toBe(1);
    expect(await db.notification.count()).toBe(2);
  });
});
