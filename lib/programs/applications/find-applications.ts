import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/policy";
import { decodeCursor, encodeCursor } from "@/lib/groups/feed/cursor";
import { authorize } from "@/lib/auth/authorize";
import { queueFilter } from "./queue-filter";
import { APPLICATIONS_PAGE_SIZE, ZApplicationsQuery, type Role } from "../schemas";
import type { ApplicationState } from "../state-machine";
import type { ApplicationCounts } from "../dto";
import { avatarPhoto, type AvatarPhoto } from "@/lib/photos/url";

export type ApplicationListItemDto = {
  id: string;
  role: Role;
  state: ApplicationState;
  applicant: { id: string; name: string; image: string | null; photo: AvatarPhoto | null };
  topics: string[];
  languages: string[];
  timeZone: string | null;
  cadence: string | null;
  capacity: number | null;
  /** The first long answer, shortened, to skim the queue. */
  excerpt: string;
  submittedAt: string | null;
  decidedAt: string | null;
};

export type ApplicationQueueDto = {
  items: ApplicationListItemDto[];
  nextCursor: string | null;
  counts: ApplicationCounts;
  /** Values present in this program's applications, for the filters. */
  facets: { topics: string[]; languages: string[]; timeZones: string[] };
};

const EXCERPT = 160;

/**
 * The review queue: a program's submitted applications (never drafts), oldest first, filtered by role, state,
 * topic, language, time zone and a text search over the applicant's name and answers. Admins only.
 */
export async function findApplications(actor: Actor, programId: string, raw: unknown): Promise<ApplicationQueueDto> {
  const query = ZApplicationsQuery.parse(raw ?? {});
  // Other people's applications are not there for those who may not review them (NOT_FOUND, the policy).
  const { program } = await authorize(actor, "applications.read", { programId });
  const cursor = decodeCursor(query.cursor);

  const where = await queueFilter(program.id, query);
  const [rows, counts, facets] = await Promise.all([
    db.application.findMany({
      where: cursor
        ? {
            AND: [
              where,
              {
                OR: [{ createdAt: { gt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { gt: cursor.id } }],
              },
            ],
          }
        : where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: APPLICATIONS_PAGE_SIZE + 1,
      select: {
        id: true,
        role: true,
        state: true,
        topics: true,
        languages: true,
        timeZone: true,
        cadence: true,
        capacity: true,
        answers: true,
        submittedAt: true,
        decidedAt: true,
        createdAt: true,
        user: { select: { id: true, name: true, image: true, photoVersion: true } },
      },
    }),
    db.application.groupBy({
      by: ["role", "state"],
      where: { programId: program.id, state: { not: "DRAFT" } },
      _count: { _all: true },
    }),
    db.$queryRaw<{ topics: string[] | null; languages: string[] | null; timeZones: string[] | null }[]>`
      SELECT
        (SELECT array_agg(DISTINCT t ORDER BY t) FROM "Application", unnest(topics) t
          WHERE "programId" = ${program.id} AND state <> 'DRAFT') AS topics,
        (SELECT array_agg(DISTINCT l ORDER BY l) FROM "Application", unnest(languages) l
          WHERE "programId" = ${program.id} AND state <> 'DRAFT') AS languages,
        (SELECT array_agg(DISTINCT "timeZone" ORDER BY "timeZone") FROM "Application"
          WHERE "programId" = ${program.id} AND state <> 'DRAFT' AND "timeZone" IS NOT NULL) AS "timeZones"`,
  ]);
  const page = rows.slice(0, APPLICATIONS_PAGE_SIZE);
  const last = page.at(-1);
  const byRole: ApplicationCounts = { MENTOR: {}, MENTEE: {} };
  for (const c of counts) byRole[c.role][c.state] = c._count._all;
  return {
    items: page.map((r) => ({
      id: r.id,
      role: r.role,
      state: r.state,
      applicant: { id: r.user.id, name: r.user.name, image: r.user.image, photo: avatarPhoto(r.user) },
      topics: r.topics,
      languages: r.languages,
      timeZone: r.timeZone,
      cadence: r.cadence,
      capacity: r.capacity,
      excerpt: excerpt(r.answers),
      submittedAt: r.submittedAt?.toISOString() ?? null,
      decidedAt: r.decidedAt?.toISOString() ?? null,
    })),
    nextCursor: rows.length > APPLICATIONS_PAGE_SIZE && last ? encodeCursor(last) : null,
    counts: byRole,
    facets: {
      topics: facets[0]?.topics ?? [],
      languages: facets[0]?.languages ?? [],
      timeZones: facets[0]?.timeZones ?? [],
    },
  };
}

function excerpt(answers: unknown): string {
  if (!answers || typeof answers !== "object") return "";
  const longest = Object.values(answers as Record<string, unknown>)
    .filter((v): v is string => typeof v === "string")
    .sort((a, b) => b.length - a.length)[0];
  if (!longest) return "";
  const flat = longest.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}
