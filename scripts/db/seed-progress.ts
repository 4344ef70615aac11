/**
 * The demo's pairs at every stage, so the progress dashboard demonstrates itself: a running "Soap school: spring
 * cohort" whose pairs are new, halfway, stalled, completed with feedback and ended early, and, for the demo
 * accounts, Diego and Lina halfway through "Soap school: learn the ropes" with check-ins, a goal and a conversation.
 * Runs after seed-programs.ts; all dates are relative to now.
 */
import type { PrismaClient } from "../../lib/db/generated/client";
import { TEMPLATES } from "../../lib/programs/templates";
import { buildAnswersSchema, deriveApplicationFields, type QuestionConfig } from "../../lib/programs/question-schema";
import { answersFor } from "../../tests/factories/mentorship";

const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

type Stage = {
  mentor: string;
  mentee: string;
  startedDaysAgo: number;
  /** Check-ins per step: "both", "mentor", "mentee" or none. */
  checkIns: ("both" | "mentor" | "mentee")[];
  goal?: string;
  quietDays?: number;
  stalled?: boolean;
  completed?: { daysAgo: number; feedback: [number, number, string, boolean][] };
  ended?: { daysAgo: number; reason: string; by: "mentee" | "admin"; waitlist?: boolean };
  messages?: [who: "mentor" | "mentee", text: string][];
};

const STAGES: Stage[] = [
  { mentor: "nkechi eze", mentee: "aisha bello", startedDaysAgo: 2, checkIns: [] },
  {
    mentor: "tomas herrera",
    mentee: "isabel torres",
    startedDaysAgo: 17,
    checkIns: ["both", "both", "mentee"],
    goal: "Make a first batch of cold process soap on her own, with the lye handled safely.",
    messages: [
      ["mentee", "¡Hola Tomás! The goggles arrived. Saturday still good for the first batch?"],
      ["mentor", "Saturday 10:00 my time works. Have your scale and the lye calculator ready."],
    ],
  },
  {
    mentor: "ingrid solberg",
    mentee: "hannah schmidt",
    startedDaysAgo: 24,
    checkIns: ["both"],
    quietDays: 17,
    stalled: true,
  },
  {
    mentor: "haruto sato",
    mentee: "keiko tanaka",
    startedDaysAgo: 40,
    checkIns: ["both", "both", "both", "both"],
    goal: "Sell a first tray of soap at the spring market.",
    completed: {
      daysAgo: 6,
      feedback: [
        [5, 10, "Haruto was patient and practical. I sold all twelve bars!", false],
        [5, 9, "A joy to mentor. The goal step kept us focused.", true],
      ],
    },
  },
  {
    mentor: "grace obrien",
    mentee: "oliver bennett",
    startedDaysAgo: 38,
    checkIns: ["both", "both", "both", "both"],
    completed: {
      daysAgo: 4,
      feedback: [
        [4, 8, "Good structure; I wish the weeks had been a little longer.", true],
        [3, 6, "", true],
      ],
    },
  },
  {
    mentor: "rahul verma",
    mentee: "priya nair",
    startedDaysAgo: 30,
    checkIns: ["both"],
    ended: { daysAgo: 12, reason: "Moving house this month and can't keep up. Sorry!", by: "mentee" },
  },
  {
    mentor: "camila duarte",
    mentee: "gabriel santos",
    startedDaysAgo: 28,
    checkIns: [],
    ended: { daysAgo: 9, reason: "Never managed to meet; waitlisted for the next round.", by: "admin", waitlist: true },
  },
];

const REFLECTIONS = [
  "We talked for an hour and it felt easy. Clear plan for next week.",
  "Went through the safety guide together; I feel much more confident.",
  "Agreed on a goal that feels ambitious but doable.",
  "Tried the recipe; the trace came quicker than expected. Good lesson.",
];

export async function seedProgress(db: PrismaClient, cast: Record<string, { id: string; name: string }>) {
  const person = (key: string) => {
    const found = cast[key.replaceAll(" ", "-")] ?? cast[key.replaceAll(" ", ".")] ?? cast[key.replaceAll(" ", "")];
    if (!found) throw new Error(`seed-progress: nobody called ${key} in the cast.`);
    return found;
  };
  const group = await db.group.findUniqueOrThrow({ where: { slug: "soap-makers-circle" }, select: { id: true } });
  const amara = cast.amara!;
  const template = TEMPLATES.LEARN_THE_ROPES;
  const program = await db.program.create({
    data: {
      groupId: group.id,
      name: "Soap school: spring cohort",
      description: "Last spring's four weeks of learning the ropes, with a mentor from the circle.",
      audience: template.audience,
      template: "LEARN_THE_ROPES",
      state: "RUNNING",
      lengthWeeks: template.lengthWeeks,
      defaultMentorCapacity: 2,
      topics: ["Lye safety", "Cold process", "Melt and pour", "Selling at markets"],
      createdById: amara.id,
      createdAt: ago(60),
      openedAt: ago(55),
      startedAt: ago(40),
      questions: {
        create: (["MENTOR", "MENTEE"] as const).flatMap((role) =>
          template.questions[role].map((q, position) => ({ ...q, role, position })),
        ),
      },
      steps: {
        create: template.steps.map((s, i) => ({
          position: i,
          title: s.title,
          guidance: s.guidance,
          prompts: s.prompts,
          dueWeek: s.dueWeek,
          isGoalStep: s.isGoalStep ?? false,
        })),
      },
    },
    select: {
      id: true,
      topics: true,
      steps: { orderBy: { position: "asc" }, select: { id: true } },
      questions: { orderBy: { position: "asc" } },
    },
  });
  // Answers the app would accept, with the fields it derives from them.
  const answered = (role: "MENTOR" | "MENTEE") => {
    const questions = program.questions.filter((q) => q.role === role) as unknown as QuestionConfig[];
    const answers = buildAnswersSchema(questions, { topics: program.topics }).parse(
      answersFor(questions, { topics: ["Cold process"], languages: ["English"], timeZone: "Europe/London" }),
    );
    return { answers, ...deriveApplicationFields(questions, answers) };
  };

  for (const stage of STAGES) {
    const mentor = person(stage.mentor);
    const mentee = person(stage.mentee);
    const started = ago(stage.startedDaysAgo);
    const finished = stage.completed || stage.ended;
    const [mentorApp, menteeApp] = await Promise.all(
      (
        [
          [mentor, "MENTOR"],
          [mentee, "MENTEE"],
        ] as const
      ).map(([who, role]) =>
        db.application.create({
          data: {
            programId: program.id,
            userId: who.id,
            role,
            state:
              role === "MENTEE" && stage.ended
                ? stage.ended.waitlist
                  ? "WAITLISTED"
                  : "APPROVED"
                : role === "MENTOR" && stage.ended
                  ? "APPROVED"
                  : "MATCHED",
            capacity: role === "MENTOR" ? 2 : null,
            ...answered(role),
            submittedAt: ago(50),
            decidedAt: ago(45),
            decidedById: amara.id,
            createdAt: ago(50),
          },
          select: { id: true },
        }),
      ),
    );
    const introduction = `${mentee.name.split(" ")[0]}, meet ${mentor.name}, your mentor for the spring cohort. Say hello and agree when you'll first talk!`;
    const last = ago(stage.quietDays ?? Math.max(0, stage.startedDaysAgo - 3));
    const pairing = await db.pairing.create({
      data: {
        programId: program.id,
        mentorApplicationId: mentorApp!.id,
        menteeApplicationId: menteeApp!.id,
        mentorId: mentor.id,
        menteeId: mentee.id,
        introduction,
        goal: stage.goal ?? null,
        state: stage.completed ? "COMPLETED" : stage.ended ? "ENDED" : "ACTIVE",
        startedAt: started,
        createdAt: started,
        lastActivityAt: finished ? ago((stage.completed ?? stage.ended)!.daysAgo) : last,
        stalledAt: stage.stalled ? ago(3) : null,
        completedAt: stage.completed ? ago(stage.completed.daysAgo) : null,
        endedAt: stage.ended ? ago(stage.ended.daysAgo) : null,
        endReason: stage.ended?.reason ?? null,
        endedById: stage.ended ? (stage.ended.by === "mentee" ? mentee.id : amara.id) : null,
        createdById: amara.id,
        thread: {
          create: {
            createdAt: started,
            lastMessageAt: stage.messages ? ago(1) : started,
            messages: {
              create: [
                {
                  clientId: "introduction",
                  authorId: amara.id,
                  kind: "INTRODUCTION",
                  body: introduction,
                  createdAt: started,
                },
                ...(stage.messages ?? []).map(([who, body], i) => ({
                  clientId: `seed-${i}`,
                  authorId: who === "mentor" ? mentor.id : mentee.id,
                  body,
                  createdAt: ago(2 - i * 0.5),
                })),
              ],
            },
          },
        },
      },
      select: { id: true },
    });
    await db.checkIn.createMany({
      data: stage.checkIns.flatMap((who, step) =>
        (who === "both" ? [mentor, mentee] : [who === "mentor" ? mentor : mentee]).map((u, k) => ({
          pairingId: pairing.id,
          stepId: program.steps[step]!.id,
          userId: u.id,
          reflection: REFLECTIONS[(step + k) % REFLECTIONS.length]!,
          rating: 3 + ((step + k) % 3),
          createdAt: new Date(started.getTime() + (step + 1) * 6 * DAY),
        })),
      ),
    });
    if (stage.completed)
      await db.feedback.createMany({
        data: stage.completed.feedback.map(([rating, recommend, comment, anonymous], k) => ({
          pairingId: pairing.id,
          userId: k === 0 ? mentee.id : mentor.id,
          rating,
          recommend,
          comment,
          anonymous,
          createdAt: ago(stage.completed!.daysAgo - 1),
        })),
      });
  }

  // The demo accounts: Diego and Lina halfway through their program, with a goal and a conversation.
  const diego = cast.diego!;
  const lina = cast.lina!;
  const theirs = await db.pairing.findFirst({
    where: { mentorId: diego.id, menteeId: lina.id, state: "ACTIVE" },
    select: {
      id: true,
      startedAt: true,
      program: { select: { steps: { orderBy: { position: "asc" }, select: { id: true } } } },
    },
  });
  if (!theirs) return;
  const step = (i: number) => theirs.program.steps[i]!.id;
  const at = (days: number) => new Date(theirs.startedAt.getTime() + days * DAY);
  await db.checkIn.createMany({
    data: [
      {
        pairingId: theirs.id,
        stepId: step(0),
        userId: lina.id,
        reflection: REFLECTIONS[0]!,
        rating: 5,
        createdAt: at(3),
      },
      {
        pairingId: theirs.id,
        stepId: step(0),
        userId: diego.id,
        reflection: REFLECTIONS[1]!,
        rating: 4,
        createdAt: at(4),
      },
      {
        pairingId: theirs.id,
        stepId: step(1),
        userId: lina.id,
        reflection: REFLECTIONS[2]!,
        rating: 4,
        createdAt: at(9),
      },
    ],
  });
  const thread = await db.thread.findUniqueOrThrow({ where: { pairingId: theirs.id }, select: { id: true } });
  const lines: [string, string][] = [
    [lina.id, "Hi Diego! Thank you for the safety guide. Could we do the first batch together over video?"],
    [diego.id, "Of course. Thursday evening? Have goggles, gloves and your scale ready."],
    [lina.id, "Thursday works. I'll send a photo of my setup before then."],
    [diego.id, "Got your photo: the setup looks safe. Keep the vinegar away from the lye. See you Thursday at 7!"],
  ];
  await db.message.createMany({
    data: lines.map(([authorId, body], i) => ({
      threadId: thread.id,
      clientId: `seed-${i}`,
      authorId,
      body,
      createdAt: new Date(Date.now() - (lines.length - i) * 60 * 60 * 1000),
    })),
  });
  // Each has read up to their own last message: Diego's last one waits, unread, for Lina.
  const seqs = await db.message.findMany({
    where: { threadId: thread.id, kind: "TEXT" },
    orderBy: { seq: "asc" },
    select: { seq: true, authorId: true, createdAt: true },
  });
  await db.threadRead.createMany({
    data: [lina.id, diego.id].map((userId) => {
      const last = seqs.filter((m) => m.authorId === userId).at(-1)!;
      return { threadId: thread.id, userId, lastReadSeq: last.seq, updatedAt: last.createdAt };
    }),
  });
  await db.pairing.update({
    where: { id: theirs.id },
    data: { goal: "Make a first batch of cold process soap safely, on video with Diego.", lastActivityAt: at(9) },
  });
  await db.thread.update({ where: { id: thread.id }, data: { lastMessageAt: new Date(Date.now() - 60 * 60 * 1000) } });
}
