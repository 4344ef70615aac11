import "server-only";
import type { Tx } from "@/lib/db";
import { DEFAULT_WEIGHTS, type MentorProfile, type Profile, type Weights } from "./scoring";
import { ZWeights } from "./weights-schema";
import type { CandidateDto, MentorCandidateDto } from "./dto";
import { avatarPhoto } from "@/lib/photos/url";

type Row = {
  id: string;
  userId: string;
  role: "MENTOR" | "MENTEE";
  topics: string[];
  languages: string[];
  timeZone: string | null;
  cadence: string | null;
  capacity: number | null;
  name: string;
  image: string | null;
  photoVersion: string | null;
  text: string;
  active: number;
  decidedAt: Date | null;
  answers?: Record<string, unknown>;
};

export type Candidates = {
  mentees: CandidateDto[];
  mentors: MentorCandidateDto[];
  exclusions: { menteeApplicationId: string; mentorApplicationId: string }[];
};

/**
 * Who can be matched in a program, in one SQL round trip per side: approved mentees without an active pairing and
 * approved (or already matched) mentors, both active members of the group, with what the scoring reads. A mentor's
 * places are their capacity (or the program's default) less their active pairings (the column triggers keep,
 * decision 028: no count per mentor). `answers` are left out when the
 * caller only scores (the API's suggestions, the cohort draft), since they are the bulk of the rows; `mentee` reads
 * that one mentee only (suggestions for one person).
 */
export async function loadCandidates(
  tx: Tx,
  program: { id: string; groupId: string; defaultMentorCapacity: number },
  options: { answers?: boolean; mentee?: string } = {},
): Promise<Candidates> {
  const withAnswers = options.answers ?? true;
  const onlyMentee = options.mentee ?? null;
  const [rows, exclusions] = await Promise.all([
    tx.$queryRaw<Row[]>`
      SELECT a.id, a."userId", a.role::text AS role, a.topics, a.languages, a."timeZone", a.cadence, a.capacity,
        a."decidedAt", u.name, u.image, u."photoVersion",
        CASE WHEN ${withAnswers} THEN a.answers ELSE NULL END AS answers,
        COALESCE((SELECT string_agg(a.answers->>q.id, E'\n' ORDER BY q.position)
                  FROM "ApplicationQuestion" q
                  WHERE q."programId" = a."programId" AND q.role = a.role
                    AND q.kind IN ('SHORT_TEXT', 'LONG_TEXT')), '') AS text,
        CASE WHEN a.role = 'MENTOR' THEN a."activePairings" ELSE 0 END AS active
      FROM "Application" a
      JOIN "User" u ON u.id = a."userId"
      JOIN "Membership" m ON m."groupId" = ${program.groupId} AND m."userId" = a."userId" AND m.status = 'ACTIVE'
      WHERE a."programId" = ${program.id}
        AND ((a.role = 'MENTEE' AND a.state = 'APPROVED' AND (${onlyMentee}::text IS NULL OR a.id = ${onlyMentee}))
          OR (a.role = 'MENTOR' AND a.state IN ('APPROVED', 'MATCHED')))
      ORDER BY a."decidedAt" ASC NULLS LAST, a.id`,
    tx.matchExclusion.findMany({
      where: { programId: program.id },
      select: { menteeApplicationId: true, mentorApplicationId: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const mentees: CandidateDto[] = [];
  const mentors: MentorCandidateDto[] = [];
  for (const row of rows) {
    const candidate: CandidateDto = {
      applicationId: row.id,
      userId: row.userId,
      name: row.name,
      image: row.image,
      photo: avatarPhoto({ id: row.userId, photoVersion: row.photoVersion }),
      topics: row.topics,
      languages: row.languages,
      timeZone: row.timeZone,
      cadence: row.cadence,
      answers: row.answers ?? {},
      text: row.text,
      approvedAt: row.decidedAt?.toISOString() ?? null,
    };
    if (row.role === "MENTEE") mentees.push(candidate);
    else {
      const capacity = row.capacity ?? program.defaultMentorCapacity;
      mentors.push({ ...candidate, capacity, active: row.active, remaining: Math.max(0, capacity - row.active) });
    }
  }
  return { mentees, mentors, exclusions };
}

export const toProfile = (c: CandidateDto): Profile => ({
  applicationId: c.applicationId,
  userId: c.userId,
  name: c.name,
  topics: c.topics,
  languages: c.languages,
  timeZone: c.timeZone,
  cadence: c.cadence,
  text: c.text,
});

export const toMentorProfile = (c: MentorCandidateDto): MentorProfile => ({
  ...toProfile(c),
  capacity: c.capacity,
  activePairings: c.active,
});

/** The program's stored weights over the defaults; anything unreadable falls back to the defaults. */
export function readWeights(stored: unknown): Weights {
  const merged = { ...DEFAULT_WEIGHTS, ...(stored && typeof stored === "object" ? stored : {}) };
  const parsed = ZWeights.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_WEIGHTS;
}
