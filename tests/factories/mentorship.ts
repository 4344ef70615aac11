import type { PrismaClient } from "@/lib/db/generated/client";
import type { ApplicationState, ParticipantRole, ProgramState } from "@/lib/db/generated/enums";

/**
 * When a RUNNING or CLOSED program made here started, unless the test says: long before any pairing a test makes,
 * so each pair's step clock starts at its match (decision 015: the match or the program's start, whichever is later).
 */
export const PROGRAM_STARTED_LONG_AGO = new Date("2000-01-03T00:00:00.000Z");

export async function createProgram(
  db: PrismaClient,
  group: { id: string },
  creator: { id: string },
  overrides: {
    name?: string;
    state?: ProgramState;
    steps?: { title: string; dueWeek: number }[];
    /** When it moved OPEN → RUNNING; null for one that never ran. */
    startedAt?: Date | null;
  } = {},
) {
  const state = overrides.state ?? "OPEN";
  const steps = overrides.steps ?? [
    { title: "Meet each other", dueWeek: 1 },
    { title: "Set a goal", dueWeek: 2 },
  ];
  return db.program.create({
    data: {
      groupId: group.id,
      name: overrides.name ?? "Learn the ropes",
      template: "LEARN_THE_ROPES",
      state,
      startedAt:
        overrides.startedAt !== undefined
          ? overrides.startedAt
          : state === "RUNNING" || state === "CLOSED"
            ? PROGRAM_STARTED_LONG_AGO
            : null,
      lengthWeeks: 4,
      createdById: creator.id,
      steps: { create: steps.map((s, i) => ({ ...s, position: i, isGoalStep: i === 1 })) },
    },
    include: { steps: { orderBy: { position: "asc" } } },
  });
}

export async function createApplication(
  db: PrismaClient,
  program: { id: string },
  user: { id: string },
  role: ParticipantRole,
  overrides: { state?: ApplicationState; capacity?: number; topics?: string[] } = {},
) {
  return db.application.create({
    data: {
      programId: program.id,
      userId: user.id,
      role,
      state: overrides.state ?? "APPROVED",
      capacity: role === "MENTOR" ? (overrides.capacity ?? 2) : null,
      topics: overrides.topics ?? [],
      submittedAt: new Date(),
    },
  });
}

/** A pairing with its thread and the introduction as the first message, as matching creates them. */
export async function createPairing(
  db: PrismaClient,
  program: { id: string },
  mentor: { application: { id: string }; user: { id: string } },
  mentee: { application: { id: string }; user: { id: string } },
  admin: { id: string },
) {
  const introduction = "You both love soap. Say hello!";
  return db.pairing.create({
    data: {
      programId: program.id,
      mentorApplicationId: mentor.application.id,
      menteeApplicationId: mentee.application.id,
      mentorId: mentor.user.id,
      menteeId: mentee.user.id,
      introduction,
      createdById: admin.id,
      thread: {
        create: {
          messages: {
            create: { clientId: "introduction", authorId: admin.id, kind: "INTRODUCTION", body: introduction },
          },
        },
      },
    },
    include: { thread: true },
  });
}

/** A program's questions for one role, in order, as the apply form shows them. */
export async function questionsOf(db: PrismaClient, program: { id: string }, role: ParticipantRole) {
  return db.applicationQuestion.findMany({
    where: { programId: program.id, role },
    orderBy: { position: "asc" },
    select: { id: true, kind: true, label: true, required: true, options: true },
  });
}

export type AnswerValues = {
  /** Every text answer (long enough for the templates' 20-character minimum). */
  text?: string;
  topics?: string[];
  languages?: string[];
  timeZone?: string;
  cadence?: string;
};

/** Valid answers to every question given, keyed by question id, as the apply form sends them. */
export function answersFor(
  questions: readonly { id: string; kind: string; options: string[] }[],
  values: AnswerValues = {},
): Record<string, unknown> {
  const answer = (q: { kind: string; options: string[] }): unknown => {
    switch (q.kind) {
      case "SHORT_TEXT":
      case "LONG_TEXT":
        return values.text ?? "I have made cold process soap for ten years and love to share it.";
      case "SINGLE_CHOICE":
        return q.options[0];
      case "MULTIPLE_CHOICE":
        return q.options.slice(0, 1);
      case "TOPICS":
        return values.topics ?? ["Cold process"];
      case "LANGUAGES":
        return values.languages ?? ["English"];
      case "AVAILABILITY":
        return { timeZone: values.timeZone ?? "Europe/Paris", cadence: values.cadence ?? "WEEKLY" };
      default:
        return undefined;
    }
  };
  return Object.fromEntries(questions.map((q) => [q.id, answer(q)]));
}

/** A participant's check-in on a step of their pairing. */
export async function createCheckIn(
  db: PrismaClient,
  pairing: { id: string },
  step: { id: string },
  user: { id: string },
  overrides: { reflection?: string; rating?: number } = {},
) {
  return db.checkIn.create({
    data: {
      pairingId: pairing.id,
      stepId: step.id,
      userId: user.id,
      reflection: overrides.reflection ?? "We met and it went well.",
      rating: overrides.rating ?? 4,
    },
  });
}
