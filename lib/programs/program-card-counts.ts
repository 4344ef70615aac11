import "server-only";
import type { Tx } from "@/lib/db";

/** What waits for a program's admins, as its card shows it. */
export type ProgramCardCounts = {
  /** Applications waiting for a decision. */
  pending: number;
  /** Approved mentees without a mentor (still active members): the matching board's left column. */
  waitingMentees: number;
  /** Places left with approved mentors (still active members): their capacity less their active pairs. */
  openPlaces: number;
  activePairings: number;
};

const NONE: ProgramCardCounts = { pending: 0, waitingMentees: 0, openPlaces: 0, activePairings: 0 };

/**
 * The admin counts of every card on a page in one grouped statement, whatever the number of programs. Waiting
 * mentees and open places are counted as the matching board lists them (loadCandidates), so "Match 30 waiting
 * mentees" on a card is the board's 30.
 */
export async function countForCards(
  tx: Tx,
  programIds: string[],
  /** The admin reading the cards: their own application is not theirs to review. */
  actorId: string,
): Promise<Map<string, ProgramCardCounts>> {
  if (programIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<({ programId: string } & ProgramCardCounts)[]>`
    SELECT p.id AS "programId",
      COALESCE(a.pending, 0)::int AS pending,
      COALESCE(a."waitingMentees", 0)::int AS "waitingMentees",
      COALESCE(a."openPlaces", 0)::int AS "openPlaces",
      COALESCE(x.active, 0)::int AS "activePairings"
    FROM "Program" p
    LEFT JOIN (
      SELECT a."programId",
        count(*) FILTER (WHERE a.state = 'PENDING' AND a."userId" <> ${actorId}) AS pending,
        count(*) FILTER (WHERE a.role = 'MENTEE' AND a.state = 'APPROVED' AND m.id IS NOT NULL) AS "waitingMentees",
        sum(GREATEST(0, COALESCE(a.capacity, pr."defaultMentorCapacity") - COALESCE(mine.active, 0)))
          FILTER (WHERE a.role = 'MENTOR' AND a.state IN ('APPROVED', 'MATCHED') AND m.id IS NOT NULL) AS "openPlaces"
      FROM "Application" a
      JOIN "Program" pr ON pr.id = a."programId"
      LEFT JOIN "Membership" m ON m."groupId" = pr."groupId" AND m."userId" = a."userId" AND m.status = 'ACTIVE'
      LEFT JOIN (
        SELECT "mentorApplicationId", count(*) AS active FROM "Pairing"
        WHERE "programId" = ANY(${programIds}) AND state = 'ACTIVE'
        GROUP BY "mentorApplicationId"
      ) mine ON mine."mentorApplicationId" = a.id
      WHERE a."programId" = ANY(${programIds}) AND a.state IN ('PENDING', 'APPROVED', 'MATCHED')
      GROUP BY a."programId"
    ) a ON a."programId" = p.id
    LEFT JOIN (
      SELECT "programId", count(*) AS active FROM "Pairing"
      WHERE "programId" = ANY(${programIds}) AND state = 'ACTIVE'
      GROUP BY "programId"
    ) x ON x."programId" = p.id
    WHERE p.id = ANY(${programIds})`;
  const byId = new Map(rows.map(({ programId, ...counts }) => [programId, counts]));
  return new Map(programIds.map((id) => [id, byId.get(id) ?? NONE]));
}
