import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/notify";
import { authorize } from "@/lib/auth/authorize";
import { ZDecideRequestsInput, type Decision } from "./schemas";
import { publicContentChanged } from "@/lib/http/public-cache";

export type DecideResult = { decision: Decision; decided: number; slug: string };

/**
 * Approve or decline one or many join requests. Only PENDING rows of this group are touched, whatever ids the
 * caller sends: an id of another group's request, or one already decided, changes nothing. The rows are locked,
 * so two moderators clicking at once decide each request once, and each decision is audited once.
 */
export async function decideJoinRequests(actor: SessionUser, slug: string, raw: unknown): Promise<DecideResult> {
  const input = ZDecideRequestsInput.parse(raw);
  const ids = [...new Set(input.ids)];
  return db.$transaction(async (tx) => {
    const { group } = await authorize(actor, "members.approve", { groupSlug: slug }, { tx });
    const rows = await tx.$queryRaw<{ id: string; userId: string; name: string }[]>`
      SELECT m.id, m."userId", u.name
      FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      WHERE m.id = ANY(${ids}) AND m."groupId" = ${group.id} AND m.status = 'PENDING'
      ORDER BY m.id
      FOR UPDATE OF m`;
    if (rows.length === 0) return { decision: input.decision, decided: 0, slug: group.slug };

    const now = new Date();
    const approve = input.decision === "approve";
    await tx.membership.updateMany({
      where: { id: { in: rows.map((r) => r.id) }, groupId: group.id, status: "PENDING" },
      data: approve
        ? { status: "ACTIVE", role: "MEMBER", joinedAt: now, decidedById: actor.id, decidedAt: now }
        : { status: "DECLINED", decidedById: actor.id, decidedAt: now },
    });
    for (const row of rows) {
      await recordAudit(tx, {
        groupId: group.id,
        actorId: actor.id,
        action: approve ? "membership.approve" : "membership.decline",
        targetType: "membership",
        targetId: row.id,
        data: { userId: row.userId, name: row.name },
      });
    }
    await notify(tx, {
      recipients: rows.map((r) => r.userId),
      kind: "group.request_decided",
      groupId: group.id,
      message: { key: approve ? "requestApproved" : "requestDeclined", values: { group: group.name } },
      url: approve ? `/groups/${group.slug}` : "/groups",
      dedupeKey: `request-decided:${group.id}:${now.getTime()}:${input.decision}`,
    });
    if (approve) publicContentChanged({ groupSlug: group.slug, directory: true });
    return { decision: input.decision, decided: rows.length, slug: group.slug };
  });
}
