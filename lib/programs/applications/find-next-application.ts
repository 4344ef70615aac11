import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { ZApplicationsQuery } from "../schemas";
import { queueFilter } from "./queue-filter";

/**
 * The application after `currentId` in a view of the review queue (same filters, same order: oldest first), for
 * "Decide and next" and "Skip". Past the end it starts again from the top, so applications skipped earlier come
 * back until the view is empty; `null` then. The caller's own applications are left out, since another admin
 * decides on them. Reviewers only: NOT_FOUND for everyone else.
 */
export async function findNextApplication(
  actor: Actor,
  programId: string,
  currentId: string,
  raw: unknown,
): Promise<string | null> {
  const { cursor: _ignored, ...query } = ZApplicationsQuery.parse(raw ?? {});
  const { program } = await authorize(actor, "applications.read", { programId });
  const [where, current] = await Promise.all([
    queueFilter(program.id, query),
    db.application.findFirst({
      where: { id: currentId, programId: program.id },
      select: { id: true, createdAt: true },
    }),
  ]);
  const base = { AND: [where, { id: { not: currentId } }, ...(actor ? [{ userId: { not: actor.id } }] : [])] };
  const orderBy = [{ createdAt: "asc" as const }, { id: "asc" as const }];
  if (current) {
    const after = await db.application.findFirst({
      where: {
        AND: [
          base,
          {
            OR: [{ createdAt: { gt: current.createdAt } }, { createdAt: current.createdAt, id: { gt: current.id } }],
          },
        ],
      },
      orderBy,
      select: { id: true },
    });
    if (after) return after.id;
  }
  return (await db.application.findFirst({ where: base, orderBy, select: { id: true } }))?.id ?? null;
}
