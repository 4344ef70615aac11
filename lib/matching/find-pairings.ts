import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/policy";
import { Prisma } from "@/lib/db/generated/client";
import { decodeCursor, encodeCursor } from "@/lib/groups/feed/cursor";
import { authorize } from "@/lib/auth/authorize";
import type { PairingListDto, PairingRowDto, PairingState } from "./dto";
import { PAIRING_STATES, ZPairingsQuery } from "./schemas";
import { avatarPhoto } from "@/lib/photos/url";

type Row = {
  id: string;
  state: PairingState;
  startedAt: Date;
  endedAt: Date | null;
  completedAt: Date | null;
  endReason: string | null;
  lastActivityAt: Date;
  mentorApplicationId: string;
  menteeApplicationId: string;
  mentorId: string;
  menteeId: string;
  mentorName: string;
  mentorImage: string | null;
  mentorPhotoVersion: string | null;
  menteeName: string;
  menteeImage: string | null;
  menteePhotoVersion: string | null;
  total: number;
  done: number;
};

/**
 * Every pairing of a program for its admins, newest first, with state, dates and progress: steps on which both
 * participants have checked in, out of the program's current steps. Never the pair's words (no goal, no check-in
 * text, no messages); the early-end reason is the admins' own note.
 */
export async function findPairings(actor: Actor, programId: string, raw: unknown): Promise<PairingListDto> {
  const query = ZPairingsQuery.parse(raw ?? {});
  const { program } = await authorize(actor, "pairings.progress", { programId });
  const cursor = decodeCursor(query.cursor);
  const conditions = [Prisma.sql`p."programId" = ${program.id}`];
  if (query.state) conditions.push(Prisma.sql`p.state = ${query.state}::"PairingState"`);
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(Prisma.sql`(mu.name ILIKE ${pattern} OR eu.name ILIKE ${pattern})`);
  }
  if (cursor) conditions.push(Prisma.sql`(p."startedAt", p.id) < (${cursor.createdAt}, ${cursor.id})`);
  const [rows, counts] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT p.id, p.state::text AS state, p."startedAt", p."endedAt", p."completedAt", p."endReason",
        p."lastActivityAt", p."mentorApplicationId", p."menteeApplicationId", p."mentorId", p."menteeId",
        mu.name AS "mentorName", mu.image AS "mentorImage", mu."photoVersion" AS "mentorPhotoVersion",
        eu.name AS "menteeName", eu.image AS "menteeImage", eu."photoVersion" AS "menteePhotoVersion",
        (SELECT count(*)::int FROM "ProgramStep" s WHERE s."programId" = p."programId" AND s."removedAt" IS NULL)
          AS total,
        (SELECT count(*)::int FROM (
           SELECT c."stepId" FROM "CheckIn" c
           JOIN "ProgramStep" s ON s.id = c."stepId" AND s."removedAt" IS NULL
           WHERE c."pairingId" = p.id
           GROUP BY c."stepId" HAVING count(DISTINCT c."userId") >= 2) both_in) AS done
      FROM "Pairing" p
      JOIN "User" mu ON mu.id = p."mentorId"
      JOIN "User" eu ON eu.id = p."menteeId"
      WHERE ${Prisma.join(conditions, " AND ")}
      ORDER BY p."startedAt" DESC, p.id DESC
      LIMIT ${query.limit + 1}`,
    db.pairing.groupBy({ by: ["state"], where: { programId: program.id }, _count: { _all: true } }),
  ]);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const tally = Object.fromEntries(PAIRING_STATES.map((s) => [s, 0])) as Record<PairingState, number>;
  for (const c of counts) tally[c.state] = c._count._all;
  return {
    items: page.map(toRow),
    counts: tally,
    nextCursor: rows.length > query.limit && last ? encodeCursor({ createdAt: last.startedAt, id: last.id }) : null,
  };
}

function toRow(r: Row): PairingRowDto {
  return {
    id: r.id,
    state: r.state,
    mentor: {
      applicationId: r.mentorApplicationId,
      userId: r.mentorId,
      name: r.mentorName,
      image: r.mentorImage,
      photo: avatarPhoto({ id: r.mentorId, photoVersion: r.mentorPhotoVersion }),
    },
    mentee: {
      applicationId: r.menteeApplicationId,
      userId: r.menteeId,
      name: r.menteeName,
      image: r.menteeImage,
      photo: avatarPhoto({ id: r.menteeId, photoVersion: r.menteePhotoVersion }),
    },
    startedAt: r.startedAt.toISOString(),
    endedAt: r.endedAt?.toISOString() ?? null,
    completedAt: r.completedAt?.toISOString() ?? null,
    endReason: r.endReason,
    progress: { done: r.done, total: r.total },
    lastActivityAt: r.lastActivityAt.toISOString(),
  };
}
