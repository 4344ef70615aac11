import "server-only";
import { db } from "@/lib/db";
import { type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { decodeCursor, encodeCursor, ZAuditQuery } from "./schemas";
import { describeAuditEvent } from "@/lib/audit/describe";
import { auditMessage } from "@/lib/audit/message";
import type { AuditPageDto } from "./dto";

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The person an event is about, if any: a member's user id, or a post's or comment's author. */
function subjectId(data: Record<string, unknown>): string | null {
  for (const key of ["userId", "authorId"]) {
    const v = data[key];
    if (typeof v === "string" && v) return v;
  }
  return null;
}

/**
 * The group's activity for its owners and admins: who did what to whom, newest first, by keyset cursor. People's
 * names are read in one query per page (current names, falling back to the name recorded with the event).
 */
export async function findAuditLog(actor: Actor, slug: string, raw: unknown = {}): Promise<AuditPageDto> {
  const query = ZAuditQuery.parse(raw);
  const { group } = await authorize(actor, "audit.read", { groupSlug: slug });

  const cursor = decodeCursor(query.cursor, ["t", "i"] as const);
  const before = cursor && !Number.isNaN(Date.parse(cursor.t)) ? { at: new Date(cursor.t), id: cursor.i } : null;
  const rows = await db.auditEvent.findMany({
    where: {
      groupId: group.id,
      ...(before ? { OR: [{ createdAt: { lt: before.at } }, { createdAt: before.at, id: { lt: before.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    select: { id: true, action: true, data: true, createdAt: true, actor: { select: { name: true } } },
  });
  const page = rows.slice(0, query.limit);
  const ids = [...new Set(page.map((r) => subjectId(asRecord(r.data))).filter((id): id is string => id !== null))];
  const people = ids.length
    ? new Map(
        (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => [
          u.id,
          u.name,
        ]),
      )
    : new Map<string, string>();
  const last = page.at(-1);
  return {
    nextCursor:
      rows.length > query.limit && last ? encodeCursor({ t: last.createdAt.toISOString(), i: last.id }) : null,
    entries: page.map((r) => {
      const data = asRecord(r.data);
      const subject = subjectId(data);
      const event = { action: r.action, data, targetName: subject ? (people.get(subject) ?? null) : null };
      return {
        id: r.id,
        action: r.action,
        actorName: r.actor?.name ?? null,
        text: describeAuditEvent(event),
        message: auditMessage(event),
        createdAt: r.createdAt.toISOString(),
      };
    }),
  };
}
