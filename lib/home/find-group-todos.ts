import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { JoinRequestTodo, ReportTodo, TodoSection } from "./dto";
import { ITEMS_PER_KIND, toSection } from "./order";
import { moreHref, type ManagedGroups } from "./managed-groups";

type GroupRow = { id: string; slug: string; name: string; count: number; since: Date; rows: number; things: number };

const LIMIT = ITEMS_PER_KIND + 1;

/**
 * The moderators' and admins' group work, one row per group: open reports and join requests. One statement per
 * kind, at most one row more than is shown, with the totals beside it.
 */
export async function findGroupTodos(actor: SessionUser, managed: ManagedGroups): Promise<(TodoSection | null)[]> {
  const [reports, requests] = await Promise.all([findReportTodos(actor, managed), findJoinRequestTodos(managed)]);
  return [reports, requests];
}

async function findReportTodos(actor: SessionUser, managed: ManagedGroups) {
  const content = managed["reports.review"];
  const messages = managed["pairings.manage"];
  if (content.length === 0) return null;
  // As the group's Reports tab counts them: posts and comments for those who review reports; reported messages
  // for owners and admins only, and never one about a conversation the reader is part of. Only the count leaves.
  const rows = await db.$queryRaw<GroupRow[]>`
    SELECT g.id, g.slug, g.name, count(*)::int AS count, min(r."createdAt") AS since,
           (count(*) OVER ())::int AS rows, (sum(count(*)) OVER ())::int AS things
    FROM "Report" r
    JOIN "Group" g ON g.id = r."groupId"
    LEFT JOIN "Message" msg ON msg.id = r."messageId"
    LEFT JOIN "Thread" t ON t.id = msg."threadId"
    LEFT JOIN "Pairing" p ON p.id = t."pairingId"
    WHERE r.status = 'OPEN' AND g.id = ANY(${content.map((g) => g.id)})
      AND (r."messageId" IS NULL
        OR (g.id = ANY(${messages.map((g) => g.id)}) AND p."mentorId" <> ${actor.id} AND p."menteeId" <> ${actor.id}))
    GROUP BY g.id
    ORDER BY since ASC, g.id
    LIMIT ${LIMIT}`;
  return groupSection("report", rows, content, "/reports");
}

async function findJoinRequestTodos(managed: ManagedGroups) {
  const groups = managed["members.approve"];
  if (groups.length === 0) return null;
  const rows = await db.$queryRaw<GroupRow[]>`
    SELECT g.id, g.slug, g.name, count(*)::int AS count, min(m."requestedAt") AS since,
           (count(*) OVER ())::int AS rows, (sum(count(*)) OVER ())::int AS things
    FROM "Membership" m JOIN "Group" g ON g.id = m."groupId"
    WHERE m.status = 'PENDING' AND g.id = ANY(${groups.map((g) => g.id)})
    GROUP BY g.id
    ORDER BY since ASC, g.id
    LIMIT ${LIMIT}`;
  return groupSection("joinRequest", rows, groups, "/requests");
}

/** One row per group, linking to the group's page where the work is done; totals from the statement's window. */
function groupSection<K extends "report" | "joinRequest">(
  kind: K,
  rows: GroupRow[],
  groups: ManagedGroups[keyof ManagedGroups],
  path: "/reports" | "/requests",
) {
  const items = rows.map((r) => ({
    kind,
    id: `${kind}:${r.id}`,
    href: `/groups/${r.slug}${path}`,
    urgency: "waiting" as const,
    since: r.since.toISOString(),
    group: { slug: r.slug, name: r.name },
    count: r.count,
  })) as Extract<ReportTodo | JoinRequestTodo, { kind: K }>[];
  return toSection(kind, items, {
    moreHref: moreHref(groups, path),
    total: rows[0]?.things ?? 0,
    totalItems: rows[0]?.rows ?? 0,
    thingsOf: (i) => (i as ReportTodo | JoinRequestTodo).count,
  });
}
