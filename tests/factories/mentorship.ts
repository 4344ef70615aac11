import type { PrismaClient } from "@/lib/db/generated/client";
import type { ApplicationState, ParticipantRole, ProgramState } from "@/lib/db/generated/enums";

export async function createProgram(
  db: PrismaClient,
  group: { id: string },
  creator: { id: string },
  overrides: { name?: string; state?: ProgramState; steps?: { title: string; dueWeek: number }[] } = {},
) {
  const steps = overrides.steps ?? [
    { title: "Meet each other", dueWeek: 1 },
    { title: "Set a goal", dueWeek: 2 },
  ];
  return db.program.create({
    data: {
      groupId: group.id,
      name: overrides.name ?? "Learn the ropes",
      template: "LEARN_THE_ROPES",
      state: overrides.state ?? "OPEN",
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
