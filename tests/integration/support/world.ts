/**
 * The "world" the access, tampering and mass-assignment tables run in: three groups, one of each privacy
 * (PUBLIC, PRIVATE visible, PRIVATE hidden), all owned by the same person, in which the same users hold the same
 * role; plus another group ("elsewhere") with its own admin (`otherAdmin`) and moderator (`otherModerator`), and
 * `insider`, an admin there who is a plain member of the three groups. Every group holds the same content:
 * published posts, a post waiting for approval, a removed post, a comment, an open report, a join request and a
 * personal invitation, so that a list that leaks shows up as an extra row.
 *
 * Tables are emptied before each test (tests/integration/setup.ts), so each test builds its world; it takes a
 * handful of round trips (rows are written in bulk).
 */
import { expect } from "vitest";
import { db } from "@/lib/db";
import { type AppError, toAppError } from "@/lib/errors";
import { createUser } from "../../factories/users";
import { createGroup } from "../../factories/groups";

export const PRIVACIES = ["PUBLIC", "PRIVATE", "HIDDEN"] as const;
export type Privacy = (typeof PRIVACIES)[number];

/** The people of the access table, in its order. */
export const ROLES = [
  "anonymous",
  "nonMember",
  "pending",
  "invitee",
  "member",
  "moderator",
  "admin",
  "owner",
  "banned",
  "otherAdmin",
] as const;
export type Role = (typeof ROLES)[number];

/** What the services take as a signed-in caller. */
export type SessionActor = { id: string; name: string; email: string; timeZone: string };

const asActor = (u: SessionActor): SessionActor => ({ id: u.id, name: u.name, email: u.email, timeZone: u.timeZone });

/** The rows of one group that the tables act on. */
export type GroupFixture = {
  id: string;
  slug: string;
  name: string;
  privacy: Privacy;
  /** Published, by the owner: commented on and reacted to. */
  postId: string;
  /** Published, by `target`: the one moderators remove. */
  victimPostId: string;
  /** Waiting for approval / removed, by `target`: in nobody's feed but its author's. */
  pendingPostId: string;
  removedPostId: string;
  /** Every published post, which is what any reader's feed holds. */
  publishedPostIds: string[];
  /** A published comment by `member` on `postId`. */
  commentId: string;
  /** An open report by `member` on `victimPostId`. */
  reportId: string;
  /** `target`'s membership (a plain MEMBER): the one that gets promoted, muted, removed, banned. */
  targetMembershipId: string;
  /** `pending`'s join request. */
  requestId: string;
  /** The owner's personal invitation to `invitee`. */
  invitationId: string;
  /** Every ACTIVE member, and the owners and admins only. */
  activeUserIds: string[];
  staffUserIds: string[];
};

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** Builds the world; `actorOf(role)` gives the caller for a role (null when signed out). */
export async function buildWorld() {
  const names = [
    "nonMember",
    "pending",
    "invitee",
    "member",
    "moderator",
    "admin",
    "owner",
    "banned",
    "otherAdmin",
    "otherModerator",
    "insider",
    "target",
  ] as const;
  const created = await Promise.all(names.map((n) => createUser(db, { name: `The ${n}` })));
  const users = Object.fromEntries(names.map((n, i) => [n, asActor(created[i]!)])) as Record<
    (typeof names)[number],
    SessionActor
  >;

  const shape: Record<Privacy, { privacy: "PUBLIC" | "PRIVATE"; visibility: "VISIBLE" | "HIDDEN" }> = {
    PUBLIC: { privacy: "PUBLIC", visibility: "VISIBLE" },
    PRIVATE: { privacy: "PRIVATE", visibility: "VISIBLE" },
    HIDDEN: { privacy: "PRIVATE", visibility: "HIDDEN" },
  };
  const [publicGroup, privateGroup, hiddenGroup, elsewhere] = await Promise.all([
    ...PRIVACIES.map((p) =>
      createGroup(db, users.owner, { name: `${p} group`, description: `The ${p} one`, ...shape[p] }),
    ),
    // Another group, where `otherAdmin` and `insider` are admins and `otherModerator` a moderator (its owner,
    // `target`, is of no interest).
    createGroup(db, users.target, { name: "Elsewhere" }),
  ]);
  const byPrivacy = { PUBLIC: publicGroup!, PRIVATE: privateGroup!, HIDDEN: hiddenGroup! };
  const elsewhereGroup = elsewhere!;

  const now = new Date();
  const memberships = await db.membership.createManyAndReturn({
    data: [
      ...PRIVACIES.flatMap((p) => {
        const groupId = byPrivacy[p].id;
        return [
          { groupId, userId: users.admin.id, role: "ADMIN" as const, status: "ACTIVE" as const, joinedAt: now },
          { groupId, userId: users.moderator.id, role: "MODERATOR" as const, status: "ACTIVE" as const, joinedAt: now },
          { groupId, userId: users.member.id, role: "MEMBER" as const, status: "ACTIVE" as const, joinedAt: now },
          { groupId, userId: users.target.id, role: "MEMBER" as const, status: "ACTIVE" as const, joinedAt: now },
          { groupId, userId: users.insider.id, role: "MEMBER" as const, status: "ACTIVE" as const, joinedAt: now },
          { groupId, userId: users.pending.id, role: "MEMBER" as const, status: "PENDING" as const },
          { groupId, userId: users.banned.id, role: "MEMBER" as const, status: "BANNED" as const },
        ];
      }),
      { groupId: elsewhereGroup.id, userId: users.otherAdmin.id, role: "ADMIN", status: "ACTIVE", joinedAt: now },
      {
        groupId: elsewhereGroup.id,
        userId: users.otherModerator.id,
        role: "MODERATOR",
        status: "ACTIVE",
        joinedAt: now,
      },
      { groupId: elsewhereGroup.id, userId: users.insider.id, role: "ADMIN", status: "ACTIVE", joinedAt: now },
    ],
    select: { id: true, groupId: true, userId: true },
  });
  const membershipId = (groupId: string, userId: string) =>
    memberships.find((m) => m.groupId === groupId && m.userId === userId)!.id;

  const invitations = await db.invitation.createManyAndReturn({
    data: PRIVACIES.map((p) => ({
      groupId: byPrivacy[p].id,
      invitedById: users.owner.id,
      inviteeId: users.invitee.id,
    })),
    select: { id: true, groupId: true },
  });

  const posts = await db.post.createManyAndReturn({
    data: PRIVACIES.flatMap((p) => {
      const groupId = byPrivacy[p].id;
      return [
        { groupId, authorId: users.owner.id, body: `${p} post`, status: "PUBLISHED" as const },
        { groupId, authorId: users.target.id, body: `${p} victim`, status: "PUBLISHED" as const },
        { groupId, authorId: users.target.id, body: `${p} pending`, status: "PENDING_APPROVAL" as const },
        {
          groupId,
          authorId: users.target.id,
          body: `${p} removed`,
          status: "REMOVED" as const,
          removedReason: "Spam",
          removedById: users.moderator.id,
          removedAt: now,
        },
      ];
    }),
    select: { id: true, groupId: true, body: true },
  });
  const postOf = (p: Privacy, kind: "post" | "victim" | "pending" | "removed") =>
    posts.find((x) => x.body === `${p} ${kind}`)!.id;

  const comments = await db.comment.createManyAndReturn({
    data: PRIVACIES.map((p) => ({ postId: postOf(p, "post"), authorId: users.member.id, body: `${p} comment` })),
    select: { id: true, body: true },
  });
  const reports = await db.report.createManyAndReturn({
    data: PRIVACIES.map((p) => ({
      groupId: byPrivacy[p].id,
      reporterId: users.member.id,
      postId: postOf(p, "victim"),
      reason: "SPAM",
    })),
    select: { id: true, groupId: true },
  });

  const fixture = (p: Privacy): GroupFixture => {
    const g = byPrivacy[p];
    return {
      id: g.id,
      slug: g.slug,
      name: g.name,
      privacy: p,
      postId: postOf(p, "post"),
      victimPostId: postOf(p, "victim"),
      pendingPostId: postOf(p, "pending"),
      removedPostId: postOf(p, "removed"),
      publishedPostIds: [postOf(p, "post"), postOf(p, "victim")],
      commentId: comments.find((c) => c.body === `${p} comment`)!.id,
      reportId: reports.find((r) => r.groupId === g.id)!.id,
      targetMembershipId: membershipId(g.id, users.target.id),
      requestId: membershipId(g.id, users.pending.id),
      invitationId: invitations.find((i) => i.groupId === g.id)!.id,
      activeUserIds: [
        users.owner.id,
        users.admin.id,
        users.moderator.id,
        users.member.id,
        users.target.id,
        users.insider.id,
      ],
      staffUserIds: [users.owner.id, users.admin.id],
    };
  };

  return {
    users,
    groups: { PUBLIC: fixture("PUBLIC"), PRIVATE: fixture("PRIVATE"), HIDDEN: fixture("HIDDEN") },
    elsewhere: { id: elsewhereGroup.id, slug: elsewhereGroup.slug },
    actorOf(role: Role): SessionActor | null {
      return role === "anonymous" ? null : users[role];
    },
  };
}

let tableList: Promise<string[]> | undefined;

/**
 * A fingerprint of every row of every table: equal fingerprints before and after a call mean the call wrote
 * nothing at all (no row, no audit event, no notification, no changed timestamp).
 */
export async function fingerprint(): Promise<Record<string, string>> {
  tableList ??= db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
      ORDER BY tablename`.then((rows) => rows.map((r) => r.tablename));
  const tables = await tableList;
  const sql = tables
    .map((t) => `SELECT '${t}' AS t, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${t}" x`)
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ t: string; h: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

/** What a call came to: "ok" with its value, or the code of the AppError it threw (others become INTERNAL). */
export type Outcome<T> = { code: "ok"; value: T } | { code: AppError["code"]; error: AppError };

export async function outcome<T>(promise: Promise<T>): Promise<Outcome<T>> {
  try {
    return { code: "ok", value: await promise };
  } catch (error) {
    const e = toAppError(error);
    return { code: e.code, error: e };
  }
}

/**
 * Runs a write that must be refused with `code`, and proves the database did not change at all. Soft assertions
 * named by `label`, so a table row reports every failing cell, not only its first.
 */
export async function expectRefused(run: () => Promise<unknown>, code: string, label = ""): Promise<Outcome<unknown>> {
  const before = await fingerprint();
  const result = await outcome(run());
  const detail =
    "error" in result ? `${result.error.code}: ${String(result.error.cause ?? result.error.message)}` : "ok";
  expect.soft(result.code, `${label} (${detail})`).toBe(code);
  expect.soft(await fingerprint(), `${label}: the database changed`).toEqual(before);
  return result;
}

/**
 * A table of calls that must each be refused and change nothing: like expectRefused for every cell, with one
 * fingerprint per cell instead of two (a refused call leaves the state as it found it, so the state after one cell
 * is the state before the next). After a cell that did change something, later cells compare against the new state,
 * so each leak is reported once, by its own label.
 */
export async function expectEachRefused(cells: [label: string, run: () => Promise<unknown>, code: string][]) {
  let before = await fingerprint();
  for (const [label, run, code] of cells) {
    const result = await outcome(run());
    const detail =
      "error" in result ? `${result.error.code}: ${String(result.error.cause ?? result.error.message)}` : "ok";
    expect.soft(result.code, `${label} (${detail})`).toBe(code);
    const after = await fingerprint();
    expect.soft(after, `${label}: the database changed`).toEqual(before);
    before = after;
  }
}
