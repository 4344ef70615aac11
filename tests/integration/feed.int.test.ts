/**
 * The group feed on a real database: posts, comments, reactions, moderation, pre-approval, reports, and the
 * promises the issue makes about them (no cross-group tampering, no mass assignment, inert payloads, no N+1).
 */
import { describe, expect, it, onTestFinished } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/db/generated/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/policy";
import { createPost } from "@/lib/groups/feed/create-post";
import { updatePost } from "@/lib/groups/feed/update-post";
import { deletePost } from "@/lib/groups/feed/delete-post";
import { removePost } from "@/lib/groups/feed/remove-post";
import { approvePost } from "@/lib/groups/feed/approve-post";
import { pinPost } from "@/lib/groups/feed/pin-post";
import { createComment } from "@/lib/groups/feed/create-comment";
import { updateComment } from "@/lib/groups/feed/update-comment";
import { deleteComment } from "@/lib/groups/feed/delete-comment";
import { removeComment } from "@/lib/groups/feed/remove-comment";
import { setReaction } from "@/lib/groups/feed/set-reaction";
import { reportContent } from "@/lib/groups/feed/report-content";
import { resolveReport } from "@/lib/groups/feed/resolve-report";
import { findFeed } from "@/lib/groups/feed/find-feed";
import { findReports } from "@/lib/groups/feed/find-reports";
import { getPost } from "@/lib/groups/feed/get-post";
import { findComments } from "@/lib/groups/feed/find-comments";
import { LinkifiedText } from "@/components/linkified-text";
import { createUser } from "../factories/users";
import { addMember, createGroup } from "../factories/groups";

/** The approval queue as the group page gets it: with a moderator's first page of posts. */
const queueOf = async (actor: Actor, at: { slug: string } | { id: string }) =>
  (await findFeed(actor, at, {}, undefined, { withPending: true })).pending;

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError, but it succeeded");
}

const DAY = 24 * 60 * 60 * 1000;

/** A group with one person in every role, and a signed-in outsider. */
async function world(options: { privacy?: "PUBLIC" | "PRIVATE" } = {}) {
  const owner = await createUser(db, { name: "Olga Owner" });
  const group = await createGroup(db, owner, { privacy: options.privacy ?? "PUBLIC" });
  const admin = await createUser(db, { name: "Ada Admin" });
  const moderator = await createUser(db, { name: "Mo Moderator" });
  const member = await createUser(db, { name: "Mia Member" });
  const other = await createUser(db, { name: "Otto Other" });
  const outsider = await createUser(db, { name: "Una Outsider" });
  await addMember(db, group, admin, { role: "ADMIN" });
  await addMember(db, group, moderator, { role: "MODERATOR" });
  await addMember(db, group, member);
  await addMember(db, group, other);
  return { group, owner, admin, moderator, member, other, outsider, at: { slug: group.slug } };
}

const feedOf = (actor: Actor, slug: string, query: Record<string, unknown> = {}) => findFeed(actor, { slug }, query);

describe("posts", () => {
  it("a member writes, edits and deletes their own post", async () => {
    const w = await world();
    const post = await createPost(w.member, w.at, { body: "  Hello, circle!  " });
    expect(post).toMatchObject({
      body: "Hello, circle!",
      status: "PUBLISHED",
      own: true,
      author: { name: "Mia Member" },
    });
    expect(post.author).not.toHaveProperty("email");

    const edited = await updatePost(w.member, post.id, { body: "Hello, soap makers!" });
    expect(edited.body).toBe("Hello, soap makers!");
    const feed = await feedOf(w.other, w.group.slug);
    expect(feed.posts.map((p) => p.body)).toEqual(["Hello, soap makers!"]);
    expect(feed.posts[0]!.editedAt).not.toBeNull();
    expect(feed.posts[0]!.own).toBe(false);

    await createComment(w.other, post.id, { body: "Welcome" });
    await setReaction(w.other, { postId: post.id }, { kind: "LOVE" });
    await deletePost(w.member, post.id);
    expect(await db.post.count()).toBe(0);
    expect(await db.comment.count()).toBe(0);
    expect(await db.reaction.count()).toBe(0);
  });

  it("nobody else edits or deletes it, and the database is unchanged", async () => {
    const w = await world();
    const post = await createPost(w.member, w.at, { body: "Mine" });
    for (const actor of [w.other, w.moderator, w.owner]) {
      expect((await errorOf(updatePost(actor, post.id, { body: "Hijacked" }))).code).toBe("FORBIDDEN");
      expect((await errorOf(deletePost(actor, post.id))).code).toBe("FORBIDDEN");
    }
    expect((await errorOf(updatePost(null, post.id, { body: "Hijacked" }))).code).toBe("FORBIDDEN");
    expect((await errorOf(deletePost(w.outsider, post.id))).code).toBe("FORBIDDEN");
    expect((await errorOf(updatePost(w.member, "no-such-post", { body: "x" }))).code).toBe("NOT_FOUND");
    const row = await db.post.findUniqueOrThrow({ where: { id: post.id } });
    expect(row).toMatchObject({ body: "Mine", editedAt: null, status: "PUBLISHED" });
  });

  it("in a private group, a non-member's edit or delete answers NOT_FOUND", async () => {
    const w = await world({ privacy: "PRIVATE" });
    const post = await createPost(w.member, w.at, { body: "Members only" });
    expect((await errorOf(updatePost(w.outsider, post.id, { body: "x" }))).code).toBe("NOT_FOUND");
    expect((await errorOf(deletePost(w.outsider, post.id))).code).toBe("NOT_FOUND");
    expect(await db.post.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({ body: "Members only" });
  });

  it("a muted member cannot post or comment but can still react and read", async () => {
    const w = await world();
    const post = await createPost(w.other, w.at, { body: "Hi" });
    await db.membership.updateMany({
      where: { groupId: w.group.id, userId: w.member.id },
      data: { mutedUntil: new Date(Date.now() + DAY) },
    });
    expect((await errorOf(createPost(w.member, w.at, { body: "Let me speak" }))).code).toBe("FORBIDDEN");
    expect((await errorOf(createComment(w.member, post.id, { body: "And here" }))).code).toBe("FORBIDDEN");
    await expect(setReaction(w.member, { postId: post.id }, { kind: "LIKE" })).resolves.toMatchObject({ total: 1 });
    expect((await feedOf(w.member, w.group.slug)).posts).toHaveLength(1);
    expect(await db.post.count()).toBe(1);
    expect(await db.comment.count()).toBe(0);
  });

  it("visitors read a public group's feed but cannot post", async () => {
    const w = await world();
    await createPost(w.member, w.at, { body: "Open to all" });
    expect((await feedOf(null, w.group.slug)).posts.map((p) => p.body)).toEqual(["Open to all"]);
    expect((await feedOf(w.outsider, w.group.slug)).posts).toHaveLength(1);
    expect((await errorOf(createPost(null, w.at, { body: "Anon" }))).code).toBe("UNAUTHENTICATED");
    expect((await errorOf(createPost(w.outsider, w.at, { body: "Drive-by" }))).code).toBe("FORBIDDEN");
    expect(await db.post.count()).toBe(1);
  });

  it("a private group's feed and posts answer NOT_FOUND to non-members", async () => {
    const w = await world({ privacy: "PRIVATE" });
    const post = await createPost(w.member, w.at, { body: "Secret" });
    for (const actor of [null, w.outsider]) {
      expect((await errorOf(feedOf(actor, w.group.slug))).code).toBe("NOT_FOUND");
      expect((await errorOf(getPost(actor, post.id))).code).toBe("NOT_FOUND");
      expect((await errorOf(findComments(actor, post.id))).code).toBe("NOT_FOUND");
      expect((await errorOf(setReaction(actor, { postId: post.id }, { kind: "LIKE" }))).code).toBe("NOT_FOUND");
      expect((await errorOf(createComment(actor, post.id, { body: "psst" }))).code).toBe("NOT_FOUND");
    }
    expect((await getPost(w.other, post.id)).body).toBe("Secret");
  });

  it("refuses extra fields (mass assignment) and stores nothing", async () => {
    const w = await world();
    const b = await createGroup(db, w.owner);
    const attempts = [
      { body: "x", authorId: w.owner.id },
      { body: "x", groupId: b.id },
      { body: "x", status: "PUBLISHED" },
      { body: "x", pinnedAt: new Date().toISOString() },
      { body: "x", role: "OWNER" },
    ];
    for (const input of attempts) {
      const error = await errorOf(createPost(w.member, w.at, input));
      expect(error.code).toBe("INVALID_INPUT");
    }
    expect(await db.post.count()).toBe(0);

    const post = await createPost(w.member, w.at, { body: "Original" });
    expect((await errorOf(updatePost(w.member, post.id, { body: "x", status: "PUBLISHED" }))).code).toBe(
      "INVALID_INPUT",
    );
    expect((await errorOf(createComment(w.member, post.id, { body: "x", authorId: w.owner.id }))).code).toBe(
      "INVALID_INPUT",
    );
    expect((await errorOf(createComment(w.member, post.id, { body: "x", postId: "elsewhere" }))).code).toBe(
      "INVALID_INPUT",
    );
    expect((await errorOf(reportContent(w.other, { postId: post.id }, { reason: "SPAM", groupId: b.id }))).code).toBe(
      "INVALID_INPUT",
    );
    expect(await db.post.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      body: "Original",
      authorId: w.member.id,
      groupId: w.group.id,
    });
    expect(await db.comment.count()).toBe(0);
    expect(await db.report.count()).toBe(0);
  });

  it("validates the body: trimmed, not empty, at most 5000 characters", async () => {
    const w = await world();
    expect((await errorOf(createPost(w.member, w.at, { body: "   " }))).fields?.body).toBeTruthy();
    expect((await errorOf(createPost(w.member, w.at, { body: "x".repeat(5001) }))).fields?.body).toBeTruthy();
    await expect(createPost(w.member, w.at, { body: "x".repeat(5000) })).resolves.toBeTruthy();
  });

  it("stores payloads as text, returns them verbatim, and renders them inert", async () => {
    const w = await world();
    const payload = `<script>alert(1)</script><img src=x onerror=alert(2)> javascript:alert(3) https://ok.example/a?b=1&c=<i>`;
    const post = await createPost(w.member, w.at, { body: payload });
    await createComment(w.other, post.id, { body: `<svg onload=alert(4)> data:text/html,<script>x</script>` });
    const [shown] = (await feedOf(w.other, w.group.slug)).posts;
    expect(shown!.body).toBe(payload);
    const html = renderToStaticMarkup(createElement(LinkifiedText, { text: shown!.body }));
    expect(html).not.toMatch(/<script|<img|<svg|href="javascript:|href="data:/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain('href="https://ok.example/a?b=1&amp;c="');
    expect(html).toContain('rel="noopener noreferrer nofollow ugc"');
    const commentHtml = renderToStaticMarkup(createElement(LinkifiedText, { text: shown!.comments[0]!.body }));
    expect(commentHtml).not.toMatch(/<svg|<script|href=/i);
  });
});

describe("the feed", () => {
  it("lists newest first, with a keyset cursor that neither skips nor repeats", async () => {
    const w = await world();
    const start = Date.now() - 60 * 60 * 1000;
    // Two posts share a timestamp, so the id breaks the tie.
    await db.post.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        groupId: w.group.id,
        authorId: w.member.id,
        body: `Post ${i}`,
        createdAt: new Date(start + Math.min(i, 23) * 1000),
      })),
    });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await feedOf(w.other, w.group.slug, { limit: 10, ...(cursor ? { cursor } : {}) });
      seen.push(...page.posts.map((p) => p.body));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    expect(seen[0]).toMatch(/^Post 2[34]$/);
    expect(seen.at(-1)).toBe("Post 0");
    expect((await errorOf(feedOf(w.other, w.group.slug, { cursor: "garbage" }))).code).toBe("INVALID_INPUT");
  });

  it("shows pinned announcements first, on the first page only; only admins pin; audited", async () => {
    const w = await world();
    const announcement = await createPost(w.admin, w.at, { body: "Read the rules" });
    for (let i = 0; i < 3; i++) await createPost(w.member, w.at, { body: `Chat ${i}` });

    expect((await errorOf(pinPost(w.moderator, announcement.id, true))).code).toBe("FORBIDDEN");
    expect((await errorOf(pinPost(w.member, announcement.id, true))).code).toBe("FORBIDDEN");
    await pinPost(w.admin, announcement.id, true);

    const first = await feedOf(w.member, w.group.slug, { limit: 2 });
    expect(first.posts.map((p) => [p.body, p.pinned])).toEqual([
      ["Read the rules", true],
      ["Chat 2", false],
      ["Chat 1", false],
    ]);
    const second = await feedOf(w.member, w.group.slug, { limit: 2, cursor: first.nextCursor! });
    expect(second.posts.map((p) => p.body)).toEqual(["Chat 0"]);

    await pinPost(w.owner, announcement.id, false);
    expect((await feedOf(w.member, w.group.slug)).posts[0]!.body).toBe("Chat 2");
    const audit = await db.auditEvent.findMany({ where: { targetId: announcement.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["post.pin", w.admin.id],
      ["post.unpin", w.owner.id],
    ]);
  });

  it("keeps at most five pinned posts, even when admins pin at the same moment", async () => {
    const w = await world();
    const posts = [];
    for (let i = 0; i < 7; i++) posts.push(await createPost(w.member, w.at, { body: `Notice ${i}` }));
    const results = await Promise.allSettled(posts.map((p, i) => pinPost(i % 2 ? w.admin : w.owner, p.id, true)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect(((r as PromiseRejectedResult).reason as AppError).code).toBe("CONFLICT");
    expect(await db.post.count({ where: { pinnedAt: { not: null } } })).toBe(5);
    // Every post still shows: five pinned on top, the rest below.
    expect((await feedOf(w.member, w.group.slug)).posts).toHaveLength(7);
  });

  it("does not grow the number of queries with the number of posts shown (no N+1)", async () => {
    const w = await world();
    const counting = new PrismaClient({
      adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }),
      log: [{ emit: "event", level: "query" }],
    });
    onTestFinished(() => counting.$disconnect());
    let queries = 0;
    counting.$on("query", () => {
      queries += 1;
    });

    async function seed(n: number) {
      for (let i = 0; i < n; i++) {
        const post = await createPost(i % 2 ? w.member : w.other, w.at, { body: `Post ${i}` });
        const comment = await createComment(w.admin, post.id, { body: "A comment" });
        await createComment(w.member, post.id, { body: "A reply", parentId: comment.id });
        await setReaction(w.member, { postId: post.id }, { kind: "LIKE" });
        await setReaction(w.other, { postId: post.id }, { kind: "WOW" });
        await setReaction(w.other, { commentId: comment.id }, { kind: "CARE" });
      }
      await pinPost(w.admin, (await db.post.findFirstOrThrow({ where: { groupId: w.group.id } })).id, true).catch(
        () => undefined,
      );
    }

    async function count(limit: number) {
      queries = 0;
      const page = await findFeed(w.member, { slug: w.group.slug }, { limit }, counting);
      return { queries, shown: page.posts.length, page };
    }

    await seed(3);
    const small = await count(50);
    expect(small.shown).toBe(3);
    await seed(27);
    const large = await count(50);
    expect(large.shown).toBe(30);
    // Every post came with its comments, replies and reactions, so the data was really loaded.
    for (const post of large.page.posts) {
      expect(post.comments).toHaveLength(1);
      expect(post.comments[0]!.replies).toHaveLength(1);
      expect(post.reactions.total).toBe(2);
      expect(post.reactions.mine).toBe("LIKE");
      expect(post.comments[0]!.reactions.counts.CARE).toBe(1);
    }
    // The counter really counts (a silent one would make the comparison vacuous), and the count is fixed.
    // Three: the group with the member's standing, the posts with authors, counters and reactions, their comments.
    expect(small.queries).toBe(3);
    expect(large.queries).toBe(small.queries);
    console.info(`feed queries: ${small.queries} for 3 posts, ${large.queries} for 30 posts`);
  });
});

describe("pre-approval of posts by new members", () => {
  async function approvalWorld() {
    const w = await world();
    await db.group.update({ where: { id: w.group.id }, data: { postApprovalRequired: true } });
    const veteran = await createUser(db, { name: "Vera Veteran" });
    await addMember(db, w.group, veteran);
    await db.membership.updateMany({
      where: { groupId: w.group.id, userId: veteran.id },
      data: { joinedAt: new Date(Date.now() - 30 * DAY) },
    });
    return { ...w, veteran };
  }

  it("holds a new member's post for the moderators; approval publishes it", async () => {
    const w = await approvalWorld();
    const post = await createPost(w.member, w.at, { body: "My first post" });
    expect(post.status).toBe("PENDING_APPROVAL");
    expect((await createPost(w.veteran, w.at, { body: "Old hand" })).status).toBe("PUBLISHED");
    expect((await createPost(w.moderator, w.at, { body: "Mod" })).status).toBe("PUBLISHED");

    // The author sees it, waiting; other members and visitors do not.
    const mine = await feedOf(w.member, w.group.slug);
    expect(mine.posts.find((p) => p.id === post.id)?.status).toBe("PENDING_APPROVAL");
    expect((await feedOf(w.other, w.group.slug)).posts.map((p) => p.id)).not.toContain(post.id);
    expect((await feedOf(null, w.group.slug)).posts.map((p) => p.id)).not.toContain(post.id);
    expect((await errorOf(getPost(w.other, post.id))).code).toBe("NOT_FOUND");
    expect((await errorOf(setReaction(w.other, { postId: post.id }, { kind: "LIKE" }))).code).toBe("NOT_FOUND");
    expect((await getPost(w.moderator, post.id)).status).toBe("PENDING_APPROVAL");

    const queue = await queueOf(w.moderator, w.at);
    expect(queue!.posts.map((p) => [p.body, p.author.name])).toEqual([["My first post", "Mia Member"]]);
    expect(queue!.total).toBe(1);
    expect(await queueOf(w.member, w.at)).toBeUndefined();
    expect((await errorOf(approvePost(w.member, post.id))).code).toBe("FORBIDDEN");

    await approvePost(w.moderator, post.id);
    expect((await feedOf(w.other, w.group.slug)).posts[0]!.id).toBe(post.id);
    expect((await errorOf(approvePost(w.moderator, post.id))).code).toBe("CONFLICT");
    expect(await db.auditEvent.count({ where: { action: "post.approve", targetId: post.id } })).toBe(1);
  });

  it("declining a waiting post removes it with a reason its author sees", async () => {
    const w = await approvalWorld();
    const post = await createPost(w.member, w.at, { body: "Buy my soap" });
    await removePost(w.moderator, post.id, { reason: "No selling, please." });
    expect((await queueOf(w.moderator, w.at))!.total).toBe(0);
    const mine = (await feedOf(w.member, w.group.slug)).posts.find((p) => p.id === post.id);
    expect(mine).toMatchObject({ status: "REMOVED", removedReason: "No selling, please." });
  });
});

describe("moderation", () => {
  it("a moderator removes a post with a reason: the author sees it, other members don't; audited", async () => {
    const w = await world();
    const post = await createPost(w.member, w.at, { body: "Off-topic rant" });
    expect((await errorOf(removePost(w.other, post.id, { reason: "I don't like it" }))).code).toBe("FORBIDDEN");
    expect((await errorOf(removePost(w.moderator, post.id, { reason: "no" }))).code).toBe("INVALID_INPUT");

    await removePost(w.moderator, post.id, { reason: "Please keep to soap making." });
    const authorView = await feedOf(w.member, w.group.slug);
    expect(authorView.posts).toHaveLength(1);
    expect(authorView.posts[0]).toMatchObject({ status: "REMOVED", removedReason: "Please keep to soap making." });
    expect((await feedOf(w.other, w.group.slug)).posts).toHaveLength(0);
    expect((await feedOf(null, w.group.slug)).posts).toHaveLength(0);
    expect((await errorOf(getPost(w.other, post.id))).code).toBe("NOT_FOUND");
    expect((await errorOf(updatePost(w.member, post.id, { body: "Edited away" }))).code).toBe("CONFLICT");
    expect((await errorOf(removePost(w.moderator, post.id, { reason: "Again" }))).code).toBe("CONFLICT");

    const row = await db.post.findUniqueOrThrow({ where: { id: post.id } });
    expect(row).toMatchObject({ status: "REMOVED", removedById: w.moderator.id, body: "Off-topic rant" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "post.remove", targetId: post.id } });
    expect(audit).toMatchObject({ groupId: w.group.id, actorId: w.moderator.id, targetType: "post" });
    expect(audit.data).toEqual({ reason: "Please keep to soap making.", authorId: w.member.id });
    // The author is told why, in the app and by email.
    const told = await db.notification.findFirstOrThrow({ where: { userId: w.member.id, kind: "post.removed" } });
    expect(told.body).toBe("Reason: Please keep to soap making.");
  });

  it("a moderator removes a comment; its author sees the reason, others don't; audited", async () => {
    const w = await world();
    const post = await createPost(w.member, w.at, { body: "Question" });
    const comment = await createComment(w.other, post.id, { body: "Rude answer" });
    await createComment(w.member, post.id, { body: "Reply to rude", parentId: comment.id });
    await createComment(w.member, post.id, { body: "Kind answer" });
    await removeComment(w.moderator, comment.id, { reason: "Be kind." });

    const authorView = (await feedOf(w.other, w.group.slug)).posts[0]!;
    expect(authorView.comments[0]).toMatchObject({ body: "Rude answer", status: "REMOVED", removedReason: "Be kind." });
    const memberView = (await feedOf(w.member, w.group.slug)).posts[0]!;
    expect(memberView.comments.map((c) => c.body)).toEqual(["Kind answer"]);
    expect(memberView.commentCount).toBe(1);
    expect((await errorOf(updateComment(w.other, comment.id, { body: "Sorry" }))).code).toBe("CONFLICT");
    expect(await db.auditEvent.count({ where: { action: "comment.remove", targetId: comment.id } })).toBe(1);
  });

  it("a moderator or admin of group A cannot act on group B's content by id, and nothing changes in B", async () => {
    const a = await world();
    const bOwner = await createUser(db, { name: "Bea" });
    for (const privacy of ["PUBLIC", "PRIVATE"] as const) {
      const b = await createGroup(db, bOwner, { privacy });
      const bMember = await createUser(db);
      const bReporter = await createUser(db);
      await addMember(db, b, bMember);
      await addMember(db, b, bReporter);
      const post = await createPost(bMember, { id: b.id }, { body: "B's post" });
      const comment = await createComment(bMember, post.id, { body: "B's comment" });
      const report = await reportContent(bReporter, { postId: post.id }, { reason: "SPAM" });
      await db.post.update({ where: { id: post.id }, data: { status: "PENDING_APPROVAL" } });

      for (const actor of [a.admin, a.moderator, a.owner]) {
        const codes = [
          (await errorOf(removePost(actor, post.id, { reason: "Tampering" }))).code,
          (await errorOf(approvePost(actor, post.id))).code,
          (await errorOf(pinPost(actor, post.id, true))).code,
          (await errorOf(removeComment(actor, comment.id, { reason: "Tampering" }))).code,
          (await errorOf(resolveReport(actor, report.reportId, { outcome: "remove", reason: "Tampering" }))).code,
          (await errorOf(resolveReport(actor, report.reportId, { outcome: "dismiss" }))).code,
        ];
        for (const code of codes) expect(["NOT_FOUND", "FORBIDDEN"]).toContain(code);
        // Reports are the moderators' business only: never even FORBIDDEN.
        expect(codes.slice(4)).toEqual(["NOT_FOUND", "NOT_FOUND"]);
        if (privacy === "PRIVATE") expect(new Set(codes)).toEqual(new Set(["NOT_FOUND"]));
      }
      expect(await db.post.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
        status: "PENDING_APPROVAL",
        pinnedAt: null,
        removedAt: null,
      });
      expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({ status: "PUBLISHED" });
      expect(await db.report.findUniqueOrThrow({ where: { id: report.reportId } })).toMatchObject({ status: "OPEN" });
      expect(await db.auditEvent.count({ where: { groupId: b.id } })).toBe(0);
    }
  });
});

describe("comments", () => {
  it("replies go one level deep, and only to a comment on the same post", async () => {
    const w = await world();
    const post = await createPost(w.member, w.at, { body: "Recipes?" });
    const elsewhere = await createPost(w.member, w.at, { body: "Other thread" });
    const top = await createComment(w.other, post.id, { body: "Lye first" });
    const reply = await createComment(w.member, post.id, { body: "Thanks!", parentId: top.id });
    const foreign = await createComment(w.other, elsewhere.id, { body: "Elsewhere" });

    const deep = await errorOf(createComment(w.other, post.id, { body: "Deeper", parentId: reply.id }));
    expect(deep.code).toBe("INVALID_INPUT");
    expect(deep.fields?.parentId?.[0]).toMatch(/one level/);
    const cross = await errorOf(createComment(w.other, post.id, { body: "Cross", parentId: foreign.id }));
    expect(cross.code).toBe("INVALID_INPUT");
    expect((await errorOf(createComment(w.other, post.id, { body: "Ghost", parentId: "nope" }))).code).toBe(
      "INVALID_INPUT",
    );
    expect(await db.comment.count()).toBe(3);

    const shown = (await feedOf(w.outsider, w.group.slug)).posts.find((p) => p.id === post.id)!;
    expect(shown.commentCount).toBe(2);
    expect(shown.comments).toHaveLength(1);
    expect(shown.comments[0]).toMatchObject({ body: "Lye first", replies: [{ body: "Thanks!", parentId: top.id }] });
  });

  it("authors edit and delete their own comments; others cannot", async () => {
    const w = await world();
    const post = await createPost(w.member, w.at, { body: "Post" });
    const comment = await createComment(w.other, post.id, { body: "Frist" });
    await createComment(w.member, post.id, { body: "Reply", parentId: comment.id });
    expect((await errorOf(updateComment(w.member, comment.id, { body: "Hijack" }))).code).toBe("FORBIDDEN");
    expect((await errorOf(deleteComment(w.moderator, comment.id))).code).toBe("FORBIDDEN");
    await updateComment(w.other, comment.id, { body: "First" });
    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({ body: "First" });
    await deleteComment(w.other, comment.id);
    expect(await db.comment.count()).toBe(0);
  });

  it("comments open only once the post is published", async () => {
    const w = await world();
    const post = await createPost(w.member, w.at, { body: "Waiting" });
    await db.post.update({ where: { id: post.id }, data: { status: "PENDING_APPROVAL" } });
    expect((await errorOf(createComment(w.member, post.id, { body: "Self-comment" }))).code).toBe("CONFLICT");
  });
});

describe("reactions", () => {
  it("one per person: set, change, clear, with the right counts", async () => {
    const w = await world();
    const post = await createPost(w.member, w.at, { body: "React to me" });
    expect(await setReaction(w.member, { postId: post.id }, { kind: "LIKE" })).toEqual({
      counts: { LIKE: 1 },
      total: 1,
      mine: "LIKE",
    });
    await setReaction(w.other, { postId: post.id }, { kind: "LIKE" });
    expect(await setReaction(w.member, { postId: post.id }, { kind: "HAHA" })).toEqual({
      counts: { LIKE: 1, HAHA: 1 },
      total: 2,
      mine: "HAHA",
    });
    expect(await setReaction(w.member, { postId: post.id }, null)).toEqual({
      counts: { LIKE: 1 },
      total: 1,
      mine: null,
    });
    expect(await db.reaction.count({ where: { postId: post.id, userId: w.member.id } })).toBe(0);

    // A double click stores one reaction.
    await Promise.all([1, 2, 3, 4].map(() => setReaction(w.moderator, { postId: post.id }, { kind: "WOW" })));
    expect(await db.reaction.count({ where: { postId: post.id, userId: w.moderator.id } })).toBe(1);

    const viewed = (await feedOf(w.other, w.group.slug)).posts[0]!;
    expect(viewed.reactions).toEqual({ counts: { LIKE: 1, WOW: 1 }, total: 2, mine: "LIKE" });
    expect((await feedOf(null, w.group.slug)).posts[0]!.reactions.mine).toBeNull();

    expect((await errorOf(setReaction(w.outsider, { postId: post.id }, { kind: "LIKE" }))).code).toBe("FORBIDDEN");
    expect((await errorOf(setReaction(null, { postId: post.id }, { kind: "LIKE" }))).code).toBe("UNAUTHENTICATED");
    expect((await errorOf(setReaction(w.member, { postId: post.id }, { kind: "ANGRY" }))).code).toBe("INVALID_INPUT");
  });

  it("reacts to comments too, separately from the post", async () => {
    const w = await world();
    const post = await createPost(w.member, w.at, { body: "Post" });
    const comment = await createComment(w.other, post.id, { body: "Comment" });
    await setReaction(w.member, { postId: post.id }, { kind: "LOVE" });
    await setReaction(w.member, { commentId: comment.id }, { kind: "CARE" });
    const viewed = (await feedOf(w.member, w.group.slug)).posts[0]!;
    expect(viewed.reactions).toMatchObject({ total: 1, mine: "LOVE" });
    expect(viewed.comments[0]!.reactions).toEqual({ counts: { CARE: 1 }, total: 1, mine: "CARE" });
  });
});

describe("reports", () => {
  it("a member reports once; a second report changes nothing and says so", async () => {
    const w = await world();
    const post = await createPost(w.member, w.at, { body: "Spammy" });
    const first = await reportContent(w.other, { postId: post.id }, { reason: "SPAM", note: "Links to a shop" });
    expect(first.alreadyReported).toBe(false);
    const second = await reportContent(w.other, { postId: post.id }, { reason: "HATE" });
    expect(second).toEqual({ reportId: first.reportId, alreadyReported: true });
    const twice = await Promise.all(
      [1, 2, 3].map(() => reportContent(w.admin, { postId: post.id }, { reason: "SPAM" })),
    );
    expect(twice.filter((r) => !r.alreadyReported)).toHaveLength(1);
    expect(await db.report.count()).toBe(2);
    expect(await db.report.findUniqueOrThrow({ where: { id: first.reportId } })).toMatchObject({
      reason: "SPAM",
      note: "Links to a shop",
      groupId: w.group.id,
    });

    expect((await errorOf(reportContent(w.member, { postId: post.id }, { reason: "SPAM" }))).code).toBe("CONFLICT");
    expect((await errorOf(reportContent(w.outsider, { postId: post.id }, { reason: "SPAM" }))).code).toBe("FORBIDDEN");
    expect((await errorOf(reportContent(null, { postId: post.id }, { reason: "SPAM" }))).code).toBe("UNAUTHENTICATED");
    expect((await errorOf(reportContent(w.other, { postId: post.id }, { reason: "BORING" }))).code).toBe(
      "INVALID_INPUT",
    );
  });

  it("the queue lists only this group's open reports, for its moderators", async () => {
    const w = await world();
    const b = await createGroup(db, w.outsider);
    const bMember = await createUser(db);
    await addMember(db, b, bMember);
    const post = await createPost(w.member, w.at, { body: "Reported post" });
    const comment = await createComment(w.member, post.id, { body: "Reported comment" });
    const bPost = await createPost(bMember, { id: b.id }, { body: "Elsewhere" });
    await reportContent(w.other, { postId: post.id }, { reason: "SPAM" });
    await reportContent(w.other, { commentId: comment.id }, { reason: "HARASSMENT", note: "Aimed at me" });
    await reportContent(w.outsider, { postId: bPost.id }, { reason: "SPAM" });

    const queue = await findReports(w.moderator, w.at);
    expect(queue.total).toBe(2);
    expect(queue.reports.map((r) => [r.target.type, r.target.body, r.reporter.name, r.reason])).toEqual([
      ["post", "Reported post", "Otto Other", "SPAM"],
      ["comment", "Reported comment", "Otto Other", "HARASSMENT"],
    ]);
    expect(queue.reports[1]!.note).toBe("Aimed at me");
    expect(JSON.stringify(queue)).not.toMatch(/@example\.test/);
    expect((await errorOf(findReports(w.member, w.at))).code).toBe("FORBIDDEN");
    expect((await errorOf(findReports(w.outsider, w.at))).code).toBe("FORBIDDEN");
    expect((await findReports(w.outsider, { id: b.id })).reports.map((r) => r.target.body)).toEqual(["Elsewhere"]);
  });

  it("resolving with removal removes the content in the same step and audits both; dismissing leaves it", async () => {
    const w = await world();
    const post = await createPost(w.member, w.at, { body: "Nasty" });
    const fine = await createPost(w.member, w.at, { body: "Fine" });
    const r1 = await reportContent(w.other, { postId: post.id }, { reason: "HARASSMENT" });
    const r2 = await reportContent(w.admin, { postId: post.id }, { reason: "HATE" });
    const r3 = await reportContent(w.other, { postId: fine.id }, { reason: "OFF_TOPIC" });

    expect((await errorOf(resolveReport(w.member, r1.reportId, { outcome: "dismiss" }))).code).toBe("NOT_FOUND");
    expect((await errorOf(resolveReport(w.moderator, r1.reportId, { outcome: "remove" }))).code).toBe("INVALID_INPUT");
    await resolveReport(w.moderator, r1.reportId, { outcome: "remove", reason: "Harassment isn't allowed." });
    expect(await db.post.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      status: "REMOVED",
      removedReason: "Harassment isn't allowed.",
      removedById: w.moderator.id,
    });
    // The other open report on the same post is settled with it.
    expect(await db.report.findUniqueOrThrow({ where: { id: r2.reportId } })).toMatchObject({ status: "RESOLVED" });
    expect(await db.report.findUniqueOrThrow({ where: { id: r1.reportId } })).toMatchObject({
      status: "RESOLVED",
      resolvedById: w.moderator.id,
    });
    expect(
      (await db.auditEvent.findMany({ where: { groupId: w.group.id }, orderBy: { action: "asc" } })).map(
        (a) => a.action,
      ),
    ).toEqual(["post.remove", "report.resolve"]);
    expect((await errorOf(resolveReport(w.moderator, r1.reportId, { outcome: "dismiss" }))).code).toBe("CONFLICT");

    await resolveReport(w.moderator, r3.reportId, { outcome: "dismiss" });
    expect(await db.post.findUniqueOrThrow({ where: { id: fine.id } })).toMatchObject({ status: "PUBLISHED" });
    expect(await db.report.findUniqueOrThrow({ where: { id: r3.reportId } })).toMatchObject({ status: "DISMISSED" });
    expect(await db.auditEvent.count({ where: { action: "report.dismiss", targetId: r3.reportId } })).toBe(1);
    expect((await findReports(w.moderator, w.at)).total).toBe(0);
  });

  it("resolving a comment report removes the comment", async () => {
    const w = await world();
    const post = await createPost(w.member, w.at, { body: "Post" });
    const comment = await createComment(w.other, post.id, { body: "Mean" });
    const r = await reportContent(w.member, { commentId: comment.id }, { reason: "HARASSMENT" });
    await resolveReport(w.admin, r.reportId, { outcome: "remove", reason: "Be kind to each other." });
    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
      status: "REMOVED",
      removedReason: "Be kind to each other.",
    });
    expect(await db.auditEvent.count({ where: { action: "comment.remove", targetId: comment.id } })).toBe(1);
  });
});
