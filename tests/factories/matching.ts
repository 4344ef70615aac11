/**
 * Matching factories: applicants with the profile the suggestions read (topics, languages, time zone, cadence and
 * a free-text answer), and active pairings in the state matching leaves them (both applications MATCHED).
 */
import type { PrismaClient } from "@/lib/db/generated/client";
import type { ApplicationState, ParticipantRole } from "@/lib/db/generated/enums";
import { createPairing } from "./mentorship";
import { createUser } from "./users";

let sequence = 0;

/** One free-text question per role, as the templates ask: goals for mentees, experience for mentors. */
export async function addTextQuestions(db: PrismaClient, program: { id: string }) {
  const [mentee, mentor] = await Promise.all(
    (["MENTEE", "MENTOR"] as const).map((role) =>
      db.applicationQuestion.create({
        data: {
          programId: program.id,
          role,
          position: 0,
          kind: "LONG_TEXT",
          label: role === "MENTEE" ? "What do you hope to learn?" : "What experience do you bring?",
        },
      }),
    ),
  );
  return { MENTEE: mentee!.id, MENTOR: mentor!.id };
}

export type Profile = {
  state?: ApplicationState;
  capacity?: number | null;
  topics?: string[];
  languages?: string[];
  timeZone?: string | null;
  cadence?: string | null;
  /** The answer to the role's free-text question (addTextQuestions), if the program has one. */
  text?: string;
};

export type Applicant = {
  user: { id: string; name: string; email: string; timeZone: string };
  application: { id: string };
  membershipId: string | null;
};

/**
 * An applicant: a new user (or `options.user`), an active member of the program's group unless `member: false`,
 * with an application in `profile.state` (APPROVED by default). Applicants are decided in the order made, which is
 * the order the board lists them in.
 */
export async function createApplicant(
  db: PrismaClient,
  program: { id: string; groupId: string },
  name: string,
  role: ParticipantRole,
  profile: Profile = {},
  options: { user?: Applicant["user"]; member?: boolean } = {},
): Promise<Applicant> {
  sequence += 1;
  const user = options.user ?? (await createUser(db, { name, password: null }));
  const membership =
    options.user || options.member === false
      ? null
      : await db.membership.create({
          data: { groupId: program.groupId, userId: user.id, role: "MEMBER", status: "ACTIVE", joinedAt: new Date() },
        });
  const question =
    profile.text === undefined
      ? null
      : await db.applicationQuestion.findFirst({
          where: { programId: program.id, role, kind: { in: ["SHORT_TEXT", "LONG_TEXT"] } },
          orderBy: { position: "asc" },
        });
  const state = profile.state ?? "APPROVED";
  const application = await db.application.create({
    data: {
      programId: program.id,
      userId: user.id,
      role,
      state,
      capacity: role === "MENTOR" ? (profile.capacity === undefined ? 2 : profile.capacity) : null,
      topics: profile.topics ?? [],
      languages: profile.languages ?? [],
      timeZone: profile.timeZone ?? null,
      cadence: profile.cadence ?? null,
      answers: question ? { [question.id]: profile.text } : {},
      submittedAt: new Date(),
      decidedAt: state === "PENDING" ? null : new Date(Date.UTC(2026, 0, 1) + sequence * 1000),
    },
    select: { id: true },
  });
  return {
    user: { id: user.id, name: user.name, email: user.email, timeZone: user.timeZone },
    application,
    membershipId: membership?.id ?? null,
  };
}

/** An ACTIVE pairing with its thread and introduction, both applications MATCHED, as matching leaves them. */
export async function pairUp(
  db: PrismaClient,
  program: { id: string },
  mentor: Applicant,
  mentee: Applicant,
  admin: { id: string },
) {
  const pairing = await createPairing(db, program, mentor, mentee, admin);
  await db.application.updateMany({
    where: { id: { in: [mentor.application.id, mentee.application.id] } },
    data: { state: "MATCHED" },
  });
  return pairing;
}
