import "server-only";
import { db } from "@/lib/db";
import { AppError, conflict, msg } from "@/lib/errors";
import { Prisma } from "@/lib/db/generated/client";
import type { SessionUser } from "@/lib/auth/session-user";
import { confirmIdentity } from "../confirm-identity";
import { EXPORT_CHANNEL, EXPORT_LEASE_MS, EXPORTS_PER_DAY } from "./constants";

const IN_PROGRESS = msg("errors.accounts.exportInProgress");

/**
 * Asks for a new archive: one at a time, a few a day. The member confirms it is them as for a deletion (a stolen
 * session must not be able to take a copy of everything). The worker is woken at once and builds it.
 */
export async function requestDataExport(
  actor: SessionUser,
  raw: unknown,
  now: Date = new Date(),
): Promise<{ id: string }> {
  await confirmIdentity(actor, raw);
  try {
    return await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${actor.id} FOR UPDATE`;
      if (await tx.dataExport.count({ where: { userId: actor.id, status: "PENDING" } })) throw conflict(IN_PROGRESS);
      const today = await tx.dataExport.count({
        where: { userId: actor.id, createdAt: { gt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } },
      });
      if (today >= EXPORTS_PER_DAY)
        throw new AppError("RATE_LIMITED", msg("errors.accounts.exportsPerDay", { max: EXPORTS_PER_DAY }));
      const row = await tx.dataExport.create({ data: { userId: actor.id }, select: { id: true } });
      await tx.$executeRaw`SELECT pg_notify(${EXPORT_CHANNEL}, ${row.id})`;
      return row;
    });
  } catch (error) {
    // The partial unique index: a second click that raced the first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw conflict(IN_PROGRESS);
    throw error;
  }
}

/** Exports waiting for a worker (asked for, or whose builder died), for the sweep. */
export async function pendingExportIds(now: Date = new Date()): Promise<string[]> {
  const rows = await db.dataExport.findMany({
    where: {
      status: "PENDING",
      OR: [{ startedAt: null }, { startedAt: { lt: new Date(now.getTime() - EXPORT_LEASE_MS) } }],
    },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: 20,
  });
  return rows.map((r) => r.id);
}
