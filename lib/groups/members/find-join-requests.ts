import "server-only";
import { db } from "@/lib/db";
import { type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { decodeCursor, encodeCursor, ZRequestsQuery } from "./schemas";
import { readAnswers, type JoinRequestsPageDto } from "./dto";
import { avatarPhoto } from "@/lib/photos/url";

/** The join-requests queue: PENDING requests with their answers and agreement to the rules, oldest first. */
export async function findJoinRequests(actor: Actor, slug: string, raw: unknown = {}): Promise<JoinRequestsPageDto> {
  const query = ZRequestsQuery.parse(raw);
  const { group } = await authorize(actor, "members.approve", { groupSlug: slug });

  const cursor = decodeCursor(query.cursor, ["t", "i"] as const);
  const after = cursor && !Number.isNaN(Date.parse(cursor.t)) ? { at: new Date(cursor.t), id: cursor.i } : null;
  const where = { groupId: group.id, status: "PENDING" as const };
  const [rows, total] = await Promise.all([
    db.membership.findMany({
      where: after
        ? {
            ...where,
            OR: [{ requestedAt: { gt: after.at } }, { requestedAt: after.at, id: { gt: after.id } }],
          }
        : where,
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      take: query.limit + 1,
      select: {
        id: true,
        userId: true,
        requestedAt: true,
        answers: true,
        rulesAcceptedAt: true,
        user: { select: { name: true, bio: true, photoVersion: true } },
      },
    }),
    db.membership.count({ where }),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    total,
    nextCursor:
      rows.length > query.limit && last ? encodeCursor({ t: last.requestedAt.toISOString(), i: last.id }) : null,
    requests: page.map((r) => ({
      membershipId: r.id,
      userId: r.userId,
      name: r.user.name,
      photo: avatarPhoto({ id: r.userId, photoVersion: r.user.photoVersion }),
      bio: r.user.bio.slice(0, 160),
      requestedAt: r.requestedAt.toISOString(),
      answers: readAnswers(r.answers),
      rulesAccepted: r.rulesAcceptedAt !== null,
    })),
  };
}
