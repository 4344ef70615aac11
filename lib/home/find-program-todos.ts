import "server-only";
import { db } from "@/lib/db";
import type { ApplicationTodo, StalledPairTodo, TodoSection, WaitingMenteeTodo } from "./dto";
import { ITEMS_PER_KIND, toSection } from "./order";
import { moreHref, type ManagedGroups } from "./managed-groups";

/**
 * The admins' program work, one row per program (never one per applicant or pair, so a cohort of hundreds is one
 * row): applications to review, approved mentees waiting for a match, pairs gone quiet. Each kind is one statement
 * that returns at most one row more than is shown, with the totals beside it. Names, counts and dates only.
 */
export async function findProgramTodos(actorId: string, managed: ManagedGroups): Promise<(TodoSection | null)[]> {
  const [applications, waiting, stalled] = await Promise.all([
    findApplicationTodos(actorId, managed),
    findWaitingMenteeTodos(managed),
    findStalledPairTodos(managed),
  ]);
  return [applications, waiting, stalled];
}

type ProgramRow = {
  programId: string;
  programName: string;
  slug: string;
  groupName: string;
  count: number;
  since: Date;
  /** Rows and things in all, before the LIMIT. */
  rows: number;
  things: number;
};

const LIMIT = ITEMS_PER_KIND + 1;

const place = (r: ProgramRow) => ({
  program: { id: r.programId, name: r.programName },
  group: { slug: r.slug, name: r.groupName },
});
const programHref = (r: ProgramRow) => `/groups/${r.slug}/mentorship/${r.programId}`;

async function findApplicationTodos(actorId: string, managed: ManagedGroups) {
  const groups = managed["applications.review"];
  if (groups.length === 0) return null;
  const rows = await db.$queryRaw<(ProgramRow & { mentees: number; mentors: number })[]>`
    SELECT pr.id AS "programId", pr.name AS "programName", g.slug, g.name AS "groupName",
           count(*)::int AS count,
           (count(*) FILTER (WHERE a.role = 'MENTEE'))::int AS mentees,
           (count(*) FILTER (WHERE a.role = 'MENTOR'))::int AS mentors,
           min(COALESCE(a."submittedAt", a."createdAt")) AS since,
           (count(*) OVER ())::int AS rows, (sum(count(*)) OVER ())::int AS things
    FROM "Application" a
    JOIN "Program" pr ON pr.id = a."programId" AND pr."archivedAt" IS NULL
    JOIN "Group" g ON g.id = pr."groupId"
    -- Nobody decides their own application (decideApplications refuses it): it is never their to-do.
    WHERE a.state = 'PENDING' AND a."userId" <> ${actorId} AND g.id = ANY(${groups.map((g) => g.id)})
    GROUP BY pr.id, g.id
    ORDER BY since ASC, pr.id
    LIMIT ${LIMIT}`;
  const items = rows.map((r): ApplicationTodo => ({
    ...place(r),
    kind: "application",
    id: `application:${r.programId}`,
    // The queue opens on mentees; with only mentors waiting, it opens on them.
    href: `${programHref(r)}/applications${r.mentees === 0 ? "?role=MENTOR" : ""}`,
    urgency: "waiting",
    since: r.since.toISOString(),
    count: r.count,
    mentees: r.mentees,
    mentors: r.mentors,
  }));
  return toSection("application", items, {
    moreHref: moreHref(groups, "/mentorship"),
    total: rows[0]?.things ?? 0,
    totalItems: rows[0]?.rows ?? 0,
    thingsOf: (i) => i.count,
  });
}

async function findWaitingMenteeTodos(managed: ManagedGroups) {
  const groups = managed["pairings.manage"];
  if (groups.length === 0) return null;
  // As the matching board counts them: approved mentees, still active members, in a program that can match.
  const rows = await db.$queryRaw<ProgramRow[]>`
    SELECT pr.id AS "programId", pr.name AS "programName", g.slug, g.name AS "groupName",
           count(*)::int AS count, min(COALESCE(a."decidedAt", a."updatedAt")) AS since,
           (count(*) OVER ())::int AS rows, (sum(count(*)) OVER ())::int AS things
    FROM "Application" a
    JOIN "Program" pr ON pr.id = a."programId" AND pr."archivedAt" IS NULL AND pr.state IN ('OPEN', 'RUNNING')
    JOIN "Group" g ON g.id = pr."groupId" AND g."mentorshipEnabled"
    JOIN "Membership" m ON m."groupId" = g.id AND m."userId" = a."userId" AND m.status = 'ACTIVE'
    WHERE a.role = 'MENTEE' AND a.state = 'APPROVED' AND g.id = ANY(${groups.map((g) => g.id)})
    GROUP BY pr.id, g.id
    ORDER BY since ASC, pr.id
    LIMIT ${LIMIT}`;
  const items = rows.map((r): WaitingMenteeTodo => ({
    ...place(r),
    kind: "waitingMentee",
    id: `waitingMentee:${r.programId}`,
    href: `${programHref(r)}/matching`,
    urgency: "waiting",
    since: r.since.toISOString(),
    count: r.count,
  }));
  return toSection("waitingMentee", items, {
    moreHref: moreHref(groups, "/mentorship"),
    total: rows[0]?.things ?? 0,
    totalItems: rows[0]?.rows ?? 0,
    thingsOf: (i) => i.count,
  });
}

async function findStalledPairTodos(managed: ManagedGroups) {
  const groups = managed["pairings.progress"];
  if (groups.length === 0) return null;
  // Flagged by the worker (no check-in and no message for two weeks), as the progress dashboard shows them; the
  // quietest pair of each program gives the row its names.
  const rows = await db.$queryRaw<(ProgramRow & { mentor: string; mentee: string })[]>`
    SELECT s.*, (count(*) OVER ())::int AS rows, (sum(s.count) OVER ())::int AS things
    FROM (
      SELECT pr.id AS "programId", pr.name AS "programName", g.slug, g.name AS "groupName",
             mentor.name AS mentor, mentee.name AS mentee,
             GREATEST(p."lastActivityAt", t."lastMessageAt", p."startedAt", pr."startedAt") AS since,
             row_number() OVER (PARTITION BY pr.id
               ORDER BY GREATEST(p."lastActivityAt", t."lastMessageAt", p."startedAt", pr."startedAt"), p.id) AS "quietOrder",
             (count(*) OVER (PARTITION BY pr.id))::int AS count
      FROM "Pairing" p
      JOIN "Program" pr ON pr.id = p."programId" AND pr."archivedAt" IS NULL
      JOIN "Group" g ON g.id = pr."groupId"
      JOIN "User" mentor ON mentor.id = p."mentorId"
      JOIN "User" mentee ON mentee.id = p."menteeId"
      LEFT JOIN "Thread" t ON t."pairingId" = p.id
      -- Quiet since the pair's clock started at the earliest (decision 015; GREATEST skips NULLs): a pair matched
      -- weeks before the program started has not been quiet for all those weeks. No clock yet, never quiet.
      WHERE p.state = 'ACTIVE' AND p."stalledAt" IS NOT NULL AND pr."startedAt" IS NOT NULL
        AND g.id = ANY(${groups.map((g) => g.id)})
    ) s
    WHERE s."quietOrder" = 1
    ORDER BY s.since ASC, s."programId"
    LIMIT ${LIMIT}`;
  const items = rows.map((r): StalledPairTodo => ({
    ...place(r),
    kind: "stalledPair",
    id: `stalledPair:${r.programId}`,
    href: `${programHref(r)}/progress?stalled=true`,
    urgency: "waiting",
    since: r.since.toISOString(),
    count: r.count,
    quietest: { mentor: r.mentor, mentee: r.mentee },
  }));
  return toSection("stalledPair", items, {
    moreHref: moreHref(groups, "/mentorship"),
    total: rows[0]?.things ?? 0,
    totalItems: rows[0]?.rows ?? 0,
    thingsOf: (i) => i.count,
  });
}
