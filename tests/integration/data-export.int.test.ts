import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requestDataExport } from "@/lib/accounts/export/request-export";
import { WRONG_EMAIL, WRONG_PASSWORD } from "@/lib/accounts/confirm-identity";
import { LIMITS } from "@/lib/auth/rate-limit";
import { buildDataExport, expireDataExports } from "@/lib/accounts/export/build-export";
import { getDataExport, getDataExportFile } from "@/lib/accounts/export/find-exports";
import { setStorageForTests } from "@/lib/storage";
import { LocalDiskStorage } from "@/lib/storage/local-disk";
import { chatWorld, newClientId } from "../factories/chat";
import { createComment, createPost } from "../factories/feed";
import { addMember } from "../factories/groups";
import { createCheckIn } from "../factories/mentorship";
import { createUser, DEFAULT_PASSWORD } from "../factories/users";

const DAY = 24 * 60 * 60 * 1000;
/** The member's own password: asking for an archive needs it. */
const ME = { confirmation: DEFAULT_PASSWORD };

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError, but it succeeded");
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "kinship-export-"));
});
afterAll(async () => {
  setStorageForTests(undefined);
  await rm(root, { recursive: true, force: true });
});
beforeEach(() => setStorageForTests(new LocalDiskStorage(root)));

/** Mia's words carry MIA-* markers; her partner Max's and a stranger's carry markers that must never be exported. */
async function markedWorld() {
  const { w, pair, mentor, mentee } = await chatWorld(db);
  const stranger = await createUser(db, { name: "Sol Stranger" });
  await addMember(db, w.group, stranger);
  await db.membership.updateMany({
    where: { groupId: w.group.id, userId: mentee.id },
    data: { answers: [{ questionId: "q", prompt: "Why join?", answer: "MIA-MEMBERSHIP-ANSWER" }] },
  });
  await db.application.update({ where: { id: pair.mentee.application.id }, data: { goals: "MIA-APPLICATION-GOAL" } });
  await db.application.update({ where: { id: pair.mentor.application.id }, data: { experience: "MAX-APPLICATION" } });
  const post = await createPost(db, w.group, mentee, { body: "MIA-POST" });
  await createComment(db, post, mentee, { body: "MIA-COMMENT" });
  await createComment(db, post, stranger, { body: "SOL-COMMENT" });
  await createPost(db, w.group, stranger, { body: "SOL-POST" });
  const message = (authorId: string, body: string) =>
    db.message.create({ data: { threadId: pair.threadId, clientId: newClientId(), authorId, body } });
  await message(mentee.id, "MIA-MESSAGE");
  await message(mentor.id, "MAX-MESSAGE");
  await createCheckIn(db, { id: pair.id }, w.steps[0]!, mentee, { reflection: "MIA-CHECKIN" });
  await createCheckIn(db, { id: pair.id }, w.steps[0]!, mentor, { reflection: "MAX-CHECKIN" });
  await db.feedback.create({
    data: { pairingId: pair.id, userId: mentee.id, rating: 5, recommend: 9, comment: "MIA-FEEDBACK" },
  });
  await db.feedback.create({
    data: { pairingId: pair.id, userId: mentor.id, rating: 4, recommend: 8, comment: "MAX-FEEDBACK" },
  });
  await db.pairing.update({ where: { id: pair.id }, data: { goal: "PAIR-GOAL" } });
  await db.notification.create({
    data: { userId: mentee.id, kind: "post.comment", title: "MIA-NOTIFICATION", url: "/" },
  });
  await db.notification.create({
    data: { userId: mentor.id, kind: "post.comment", title: "MAX-NOTIFICATION", url: "/" },
  });
  return { w, pair, mentor, mentee, stranger };
}

async function built(user: { id: string; name: string; email: string; timeZone: string }) {
  // Factory applicants sign in through a provider only: they confirm with their address.
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  const { id } = await requestDataExport(user, passwordHash ? ME : { confirmation: user.email });
  expect(await buildDataExport(id)).toBe("built");
  return id;
}

function unzip(body: Buffer): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(new Uint8Array(body))).map(([name, data]) => [name, strFromU8(data)]),
  );
}

describe("download my data", () => {
  it("holds everything the member wrote, and none of a partner's or anyone else's words", async () => {
    const { mentee } = await markedWorld();
    const id = await built(mentee);
    const file = await getDataExportFile(mentee, id);
    expect(file.contentType).toBe("application/zip");
    const entries = unzip(file.body);
    expect(Object.keys(entries).sort()).toEqual([
      "README.txt",
      "applications.json",
      "check-ins.json",
      "comments.json",
      "feedback.json",
      "memberships.json",
      "messages.json",
      "notifications.json",
      "pairings.json",
      "posts.json",
      "profile.json",
    ]);
    for (const [name, text] of Object.entries(entries))
      if (name.endsWith(".json")) expect(() => JSON.parse(text)).not.toThrow();
    expect(JSON.parse(entries["profile.json"]!)).toMatchObject({ name: mentee.name, email: mentee.email });
    const all = Object.values(entries).join("\n");
    for (const mine of [
      "MIA-MEMBERSHIP-ANSWER",
      "MIA-APPLICATION-GOAL",
      "MIA-POST",
      "MIA-COMMENT",
      "MIA-MESSAGE",
      "MIA-CHECKIN",
      "MIA-FEEDBACK",
      "MIA-NOTIFICATION",
    ])
      expect(all, mine).toContain(mine);
    for (const theirs of [
      "MAX-MESSAGE",
      "MAX-CHECKIN",
      "MAX-FEEDBACK",
      "MAX-APPLICATION",
      "MAX-NOTIFICATION",
      "SOL-COMMENT",
      "SOL-POST",
      "PAIR-GOAL",
    ])
      expect(all, theirs).not.toContain(theirs);
    expect(JSON.parse(entries["messages.json"]!)).toHaveLength(1);
  });

  it("is emailed as a link to its page, and the file is served to its owner only", async () => {
    const { mentee, mentor, stranger } = await markedWorld();
    const id = await built(mentee);
    const email = await db.email.findFirstOrThrow({ where: { userId: mentee.id, kind: "account.data_export_ready" } });
    expect(email.text).toContain(`/settings/privacy/exports/${id}`);
    expect((await getDataExport(mentee, id)).status).toBe("ready");
    for (const other of [mentor, stranger]) {
      expect((await errorOf(getDataExportFile(other, id))).code).toBe("NOT_FOUND");
      expect((await errorOf(getDataExport(other, id))).code).toBe("NOT_FOUND");
    }
  });

  it("an id with a NUL or another impossible shape is not found, never a 500", async () => {
    const mia = await createUser(db);
    for (const id of ["abc\0def", "../exports", "x".repeat(101), ""]) {
      expect((await errorOf(getDataExport(mia, id))).code).toBe("NOT_FOUND");
      expect((await errorOf(getDataExportFile(mia, id))).code).toBe("NOT_FOUND");
    }
  });

  it("expires after 7 days: the file is deleted and the link says so", async () => {
    const mia = await createUser(db);
    const id = await built(mia);
    const row = await db.dataExport.findUniqueOrThrow({ where: { id } });
    expect(row.expiresAt!.getTime() - row.readyAt!.getTime()).toBeGreaterThanOrEqual(7 * DAY - 1000);
    expect(await expireDataExports(new Date(Date.now() + 6 * DAY))).toBe(0);
    const later = new Date(Date.now() + 7 * DAY + 60_000);
    expect((await getDataExport(mia, id, later)).status).toBe("expired");
    expect((await errorOf(getDataExportFile(mia, id, later))).code).toBe("NOT_FOUND");
    expect(await expireDataExports(later)).toBe(1);
    expect(await new LocalDiskStorage(root).get(row.fileKey!)).toBeNull();
    expect((await getDataExport(mia, id)).status).toBe("expired");
    expect((await errorOf(getDataExportFile(mia, id))).code).toBe("NOT_FOUND");
  });

  it("needs the password (or, without one, the address typed out): a stolen session cannot take a copy", async () => {
    const mia = await createUser(db);
    const wrong = await errorOf(requestDataExport(mia, { confirmation: "a guess" }));
    expect(wrong.code).toBe("INVALID_INPUT");
    expect(wrong.fields?.confirmation).toEqual([WRONG_PASSWORD]);
    expect(await db.dataExport.count({ where: { userId: mia.id } })).toBe(0);
    // Guesses here count against the session's password re-check limit for the account.
    for (let i = 0; i < LIMITS.passwordCheckPerAccount.points; i++)
      await requestDataExport(mia, { confirmation: `guess ${i}` }).catch(() => undefined);
    expect((await errorOf(requestDataExport(mia, ME))).code).toBe("RATE_LIMITED");

    const gh = await createUser(db, { password: null });
    expect((await errorOf(requestDataExport(gh, { confirmation: "someone@else.test" }))).fields?.confirmation).toEqual([
      WRONG_EMAIL,
    ]);
    expect(await requestDataExport(gh, { confirmation: ` ${gh.email.toUpperCase()} ` })).toHaveProperty("id");
  });

  it("is one at a time and a few a day", async () => {
    const mia = await createUser(db);
    const { id } = await requestDataExport(mia, ME);
    expect((await errorOf(requestDataExport(mia, ME))).code).toBe("CONFLICT");
    // Two clicks at the same moment: one archive.
    await buildDataExport(id);
    const racing = await Promise.allSettled([requestDataExport(mia, ME), requestDataExport(mia, ME)]);
    expect(racing.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    await buildDataExport((await db.dataExport.findFirstOrThrow({ where: { userId: mia.id, status: "PENDING" } })).id);
    await built(mia);
    expect((await errorOf(requestDataExport(mia, ME))).code).toBe("RATE_LIMITED");
    expect(await requestDataExport(mia, ME, new Date(Date.now() + DAY + 60_000))).toHaveProperty("id");
  });

  it("is not built for a member who asked to delete their account, even when they ask during the build", async () => {
    const mia = await createUser(db);
    const { id } = await requestDataExport(mia, ME);
    await db.user.update({ where: { id: mia.id }, data: { deletionRequestedAt: new Date() } });
    expect(await buildDataExport(id)).toBe("skipped");
    expect((await db.dataExport.findUniqueOrThrow({ where: { id } })).status).toBe("FAILED");

    // The deletion is asked for while the zip is being stored: the archive is not kept, nor its file.
    const ana = await createUser(db);
    const { id: racing } = await requestDataExport(ana, ME);
    const stored: string[] = [];
    setStorageForTests(
      new (class extends LocalDiskStorage {
        override async put(key: string, body: Buffer, type: string): Promise<void> {
          await super.put(key, body, type);
          stored.push(key);
          await db.user.update({ where: { id: ana.id }, data: { deletionRequestedAt: new Date() } });
        }
      })(root),
    );
    expect(await buildDataExport(racing)).toBe("skipped");
    expect(stored).toHaveLength(1);
    expect(await new LocalDiskStorage(root).get(stored[0]!)).toBeNull();
    expect((await db.dataExport.findUniqueOrThrow({ where: { id: racing } })).status).toBe("FAILED");
    expect(await db.email.count({ where: { userId: ana.id, kind: "account.data_export_ready" } })).toBe(0);
  });

  it("is built once, even when two workers pick the same request", async () => {
    const mia = await createUser(db);
    const { id } = await requestDataExport(mia, ME);
    const results = await Promise.all([buildDataExport(id), buildDataExport(id)]);
    expect(results.sort()).toEqual(["built", "skipped"]);
    expect(await db.email.count({ where: { userId: mia.id, kind: "account.data_export_ready" } })).toBe(1);
  });

  it("pages through a member with thousands of messages", async () => {
    const { pair, mentee, mentor } = await chatWorld(db);
    await db.message.createMany({
      data: Array.from({ length: 2500 }, (_, i) => ({
        threadId: pair.threadId,
        clientId: newClientId("bulk"),
        authorId: i % 5 === 0 ? mentor.id : mentee.id,
        body: `${i % 5 === 0 ? "MAX" : "MIA"}-BULK-${i}`,
      })),
    });
    const id = await built(mentee);
    const messages = JSON.parse(unzip((await getDataExportFile(mentee, id)).body)["messages.json"]!) as {
      body: string;
    }[];
    expect(messages).toHaveLength(2000);
    expect(new Set(messages.map((m) => m.body)).size).toBe(2000);
    expect(messages.every((m) => m.body.startsWith("MIA-"))).toBe(true);
  });
});
