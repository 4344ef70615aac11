import "server-only";
import { db } from "@/lib/db";
import { assertPlausibleKey, notFound } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { storage, type StoredFile } from "@/lib/storage";

export type DataExportDto = {
  id: string;
  /** "expired" once its 7 days have passed, even before the sweep deletes the file. */
  status: "pending" | "ready" | "failed" | "expired";
  createdAt: string;
  expiresAt: string | null;
  size: number | null;
};

type Row = { id: string; status: string; createdAt: Date; expiresAt: Date | null; size: number | null };

function toDto(row: Row, now: Date): DataExportDto {
  const expired =
    row.status === "EXPIRED" || (row.status === "READY" && row.expiresAt !== null && row.expiresAt <= now);
  return {
    id: row.id,
    status: expired ? "expired" : (row.status.toLowerCase() as DataExportDto["status"]),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    size: row.size,
  };
}

const SELECT = { id: true, status: true, createdAt: true, expiresAt: true, size: true } as const;

/** The member's latest archives, newest first. */
export async function findDataExports(actor: SessionUser, now: Date = new Date()): Promise<DataExportDto[]> {
  const rows = await db.dataExport.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    take: 5,
    select: SELECT,
  });
  return rows.map((r) => toDto(r, now));
}

/** One of the member's own archives; anyone else's does not exist (404). */
export async function getDataExport(actor: SessionUser, id: string, now: Date = new Date()): Promise<DataExportDto> {
  assertPlausibleKey(id); // a NUL or a mangled id names nothing: 404, never a database error
  const row = await db.dataExport.findFirst({ where: { id, userId: actor.id }, select: SELECT });
  if (!row) throw notFound();
  return toDto(row, now);
}

/** The zip itself, for its owner only, while it has not expired; 404 in every other case. */
export async function getDataExportFile(
  actor: SessionUser,
  id: string,
  now: Date = new Date(),
): Promise<StoredFile & { filename: string }> {
  assertPlausibleKey(id);
  const row = await db.dataExport.findFirst({
    where: { id, userId: actor.id, status: "READY", expiresAt: { gt: now } },
    select: { fileKey: true, createdAt: true },
  });
  const file = row?.fileKey ? await storage().get(row.fileKey) : null;
  if (!row || !file) throw notFound();
  return { ...file, filename: `kinship-data-${row.createdAt.toISOString().slice(0, 10)}.zip` };
}
