/**
 * The group pages at scale (issue 18): one render of the feed reads the same number of SQL statements for a member,
 * a moderator, the owner and a visitor at two sizes of group (a moderator's approval queue rides with the posts); the feed holds a bounded number of comments per post and
 * "View all" (findComments) pages through the rest; the counters the pages read (members, comments) stay right
 * through joins, leaves, removals, bans, comments, removals and deletions.
 */
import { describe, expect, it, vi } from "vitest";
import type * as React from "react";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/policy";
import { getGroup } from "@/lib/groups/get-group";
import { pendingCounts } from "@/lib/badges/pending-counts";
import { findFeed } from "@/lib/groups/feed/find-feed";
import { FEED_WEB_PAGE_SIZE } from "@/lib/groups/feed/schemas";
import { MAX_PINNED } from "@/lib/groups/feed/pin-post";
import { findComments } from "@/lib/groups/feed/find-comments";
import { FEED_COMMENTS, FEED_REPLIES } from "@/lib/groups/feed/hydrate";
import { createComment as writeComment } from "@/lib/groups/feed/create-comment";
import { removeComment } from "@/lib/groups/feed/remove-comment";
import { deleteComment } from "@/lib/groups/feed/delete-comment";
import { joinGroup } from "@/lib/groups/join-group";
import { leaveGroup } from "@/lib/groups/leave-group";
import { removeMember } from "@/lib/groups/members/remove-member";
import { banMember } from "@/lib/groups/members/ban-member";
import { createUser } from "../factories/users";
import { addMember, createGroup } from "../factories/groups";
import { createComment, createPost, react } from "../factories/feed";
import { countStatements } from "./support/home-world";

// React's `cache` is per request inside a server render; here one "request" is one call of `render` below.
const request = vi.hoisted(() => ({ memos: [] as Map<string, unknown>[] }));
vi.mock("react", async (importOriginal) => {
  const react = await importOriginal<typeof React>();
  return {
    ...react,
    cache: <A extends unknown[], R>(fn: (...args: A) => R) => {
      const memo = new Map<string, unknown>();
      request.memos.push(memo);
      return (...args: A): R => {
        const key = JSON.stringify(args);
        if (!memo.has(key)) memo.set(key, fn(...args));
        return memo.get(key) as R;
      };
    },
  };
});

/**
 * What one render of /groups/[slug] loads: the layout (group, tab badges), then the page (group, then its page of
 * posts, which brings a moderator's approval queue along).
 */
async function render(actor: Actor, slug: string) {
  for (const memo of request.memos) memo.clear();
  return countStatements(async () => {
    const group = await getGroup(actor, slug);
    await pendingCounts(group.id, group.viewer.can, actor?.id ?? null);
    await getGroup(actor, slug);
    return findFeed(actor, { slug }, { limit: FEED_WEB_PAGE_SIZE }, undefined, { withPending: true });
  });
}

const session = (u: { id: string; name: string; email: string; timeZone: string }) => ({
  id: u.id,
  name: u.name,
  email: u.email,
  timeZone: u.timeZone,
});

async function world() {
  const owner = await createUser(db, { name: "Olga Owner" });
  const group = await createGroup(db, owner, {});
  const moderator = await createUser(db, { name: "Mo Moderator" });
  const member = await createUser(db, { name: "Mia Member" });
  await addMember(db, group, moderator, { role: "MODERATOR" });
  await addMember(db, group, member);
  return { owner, group, moderator, member };
}

/** `n` posts, each with 6 comments (one with 4 replies) and reactions, and one post waiting for approval. */
async function grow(w: Awaited<ReturnType<typeof world>>, n: number, waiting = 1) {
  for (let i = 0; i < n; i++) {
    const post = await createPost(db, w.group, i % 2 ? w.member : w.owner, { body: `Post ${i}` });
    await react(db, w.moderator, { postId: post.id }, "LOVE");
    for (let c = 0; c < 6; c++) {
      const comment = await createComment(db, post, w.moderator, { body: `Comment ${c}` });
      if (c === 0)
        for (let r = 0; r < 4; r++)
          await createComment(db, post, w.member, { body: `Reply ${r}`, parentId: comment.id });
    }
  }
  for (let i = 0; i < waiting; i++)
    await createPost(db, w.group, w.member, { body: `Waiting ${i}`, status: "PENDING_APPROVAL" });
}

describe("the group feed at scale", () => {
  it("reads the same few statements per render for a member, a moderator, the owner and a visitor at two sizes", async () => {
    const w = await world();
    const viewers: [string, Actor][] = [
      ["member", w.member],
      ["moderator", w.moderator],
      ["owner", w.owner],
      ["visitor", null],
    ];
    await grow(w, 2);
    const small = new Map<string, number>();
    for (const [name, actor] of viewers) small.set(name, (await render(actor, w.group.slug)).statements);
    await grow(w, 30, 60);
    for (const [name, actor] of viewers) {
      const { statements, result } = await render(actor, w.group.slug);
      expect(result.posts.length, name).toBe(FEED_WEB_PAGE_SIZE);
      expect(result.nextCursor, name).not.toBeNull();
      expect(statements, name).toBe(small.get(name));
    }
    // The group (with membership, invitation, rules, questions) once, posts, comments; moderators add the tab
    // badges, and their approval queue rides with the posts. The session check and the header's unread count make
    // two more per page: 6 at most.
    expect(small.get("member")).toBe(3);
    expect(small.get("visitor")).toBe(3);
    expect(small.get("moderator")).toBe(4);
    expect(small.get("owner")).toBe(4);
  });

  it("gives a moderator the oldest posts waiting for approval and how many wait, and nobody else", async () => {
    const w = await world();
    await grow(w, 1, 0);
    const t0 = Date.now() - 60 * 60_000;
    for (let i = 0; i < 53; i++)
      await createPost(db, w.group, w.member, {
        body: `Waiting ${i}`,
        status: "PENDING_APPROVAL",
        createdAt: new Date(t0 + i * 1000),
      });
    const feed = (actor: Actor, query: Record<string, unknown> = {}) =>
      findFeed(actor, { slug: w.group.slug }, query, undefined, { withPending: true });
    const mine = await feed(w.moderator);
    expect(mine.pending!.total).toBe(53);
    expect(mine.pending!.posts).toHaveLength(50);
    expect(mine.pending!.posts.slice(0, 2).map((p) => [p.body, p.author.name])).toEqual([
      ["Waiting 0", "Mia Member"],
      ["Waiting 1", "Mia Member"],
    ]);
    // The queue is not in the feed itself, and not on later pages, nor for a member (the author sees their own).
    expect(mine.posts.map((p) => p.body)).toEqual(["Post 0"]);
    expect((await feed(w.member)).pending).toBeUndefined();
    expect((await feed(w.member)).posts.some((p) => p.status === "PENDING_APPROVAL")).toBe(true);
    expect((await feed(null)).pending).toBeUndefined();
    expect((await findFeed(w.moderator, { slug: w.group.slug }, {})).pending).toBeUndefined();
  });

  it("bounds the first page: N posts (and the pinned), 3 comments each with 2 replies, whatever the data", async () => {
    const w = await world();
    await grow(w, 14, 0);
    const { posts } = await findFeed(w.member, { slug: w.group.slug }, { limit: FEED_WEB_PAGE_SIZE });
    expect(posts.length).toBeLessThanOrEqual(FEED_WEB_PAGE_SIZE + MAX_PINNED);
    expect(posts).toHaveLength(FEED_WEB_PAGE_SIZE);
    for (const post of posts) {
      expect(post.comments).toHaveLength(FEED_COMMENTS);
      expect(post.comments[0]!.replies).toHaveLength(FEED_REPLIES);
      expect(post.commentCount).toBe(10);
      expect(post.commentsTruncated).toBe(true);
    }
  });

  it("shows the first few comments per post and 'View all' pages through every one", async () => {
    const w = await world();
    const post = await createPost(db, w.group, w.owner, { body: "Lots to say" });
    const t0 = Date.now() - 60 * 60_000;
    const at = (m: number) => new Date(t0 + m * 1000);
    for (let c = 0; c < 12; c++) {
      const comment = await createComment(db, post, w.moderator, { body: `Comment ${c}`, createdAt: at(c * 10) });
      for (let r = 0; r < 4; r++)
        await createComment(db, post, w.member, {
          body: `Reply ${c}.${r}`,
          parentId: comment.id,
          createdAt: at(c * 10 + r + 1),
        });
    }
    const shown = (await findFeed(w.member, { slug: w.group.slug }, {})).posts[0]!;
    expect(shown.comments.map((c) => c.body)).toEqual(["Comment 0", "Comment 1", "Comment 2"]);
    expect(shown.comments.every((c) => c.replies.length === FEED_REPLIES)).toBe(true);
    expect(shown.comments).toHaveLength(FEED_COMMENTS);
    expect(shown.commentCount).toBe(60);
    expect(shown.commentsTruncated).toBe(true);

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await findComments(w.member, post.id, cursor ? { cursor, limit: 5 } : { limit: 5 });
      expect(page.comments.length).toBeLessThanOrEqual(5);
      for (const c of page.comments) seen.push(c.body, ...c.replies.map((r) => r.body));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(60);
    expect(seen.slice(0, 5)).toEqual(["Comment 0", "Reply 0.0", "Reply 0.1", "Reply 0.2", "Reply 0.3"]);
    expect(seen.at(-1)).toBe("Reply 11.3");
  });

  it("keeps the member and comment counters right through joins, leaves, removals, bans and comment changes", async () => {
    const w = await world();
    const count = async () => (await db.group.findUniqueOrThrow({ where: { id: w.group.id } })).memberCount;
    const shown = async () => (await getGroup(null, w.group.slug)).memberCount;
    expect(await count()).toBe(3);
    const joiner = await createUser(db);
    await joinGroup(session(joiner), w.group.slug, {});
    expect(await count()).toBe(4);
    await leaveGroup(session(joiner), w.group.slug);
    expect(await count()).toBe(3);
    const a = await createUser(db);
    const b = await createUser(db);
    const ma = await addMember(db, w.group, a);
    const mb = await addMember(db, w.group, b);
    await addMember(db, w.group, await createUser(db), { status: "PENDING" });
    expect(await count()).toBe(5);
    await removeMember(session(w.owner), ma.id);
    await banMember(session(w.owner), mb.id);
    expect(await count()).toBe(3);
    expect(await shown()).toBe(3);
    const directory = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Membership" WHERE "groupId" = ${w.group.id} AND status = 'ACTIVE'`;
    expect(directory[0]!.n).toBe(3);

    const post = await createPost(db, w.group, w.owner, { body: "Counted" });
    const comments = async () => (await db.post.findUniqueOrThrow({ where: { id: post.id } })).commentCount;
    const parent = await writeComment(w.member, post.id, { body: "Parent" });
    await writeComment(w.moderator, post.id, { body: "Reply", parentId: parent.id });
    const other = await writeComment(w.moderator, post.id, { body: "Other" });
    expect(await comments()).toBe(3);
    // A removed comment hides its replies from everyone else.
    await removeComment(w.moderator, parent.id, { reason: "Off topic" });
    expect(await comments()).toBe(1);
    const feed = async (who: Actor) => (await findFeed(who, { slug: w.group.slug }, {})).posts[0]!.commentCount;
    expect(await feed(w.owner)).toBe(1);
    // Its author still sees it (with the reason) and the reply under it: counted for them.
    expect(await feed(w.member)).toBe(3);
    await deleteComment(w.moderator, other.id);
    expect(await comments()).toBe(0);
  });
});
