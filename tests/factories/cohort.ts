/**
 * A program ready to match: a group with mentorship on, a program made from a real template (its steps and its
 * application questions), and approved mentees and mentors whose answers are valid for those questions and varied
 * the way a real cohort's are (topics, languages, time zones, rhythms, goals and experience in words). The derived
 * columns (topics, languages, time zone, cadence) are filled as the apply form fills them.
 */
import type { PrismaClient } from "@/lib/db/generated/client";
import type { ProgramState } from "@/lib/db/generated/enums";
import { TEMPLATES, type ProgramTemplate } from "../../lib/programs/templates";
import { buildAnswersSchema, deriveApplicationFields, type QuestionConfig } from "../../lib/programs/question-schema";
import { createUser } from "./users";
import { PROGRAM_STARTED_LONG_AGO } from "./mentorship";

export const COHORT_TOPICS = [
  "Cold process",
  "Lye safety",
  "Soap colouring",
  "Essential oils",
  "Packaging",
  "Selling at markets",
  "Melt and pour",
  "Natural additives",
];

const FIRST = [
  "Amelia",
  "Bilal",
  "Carmen",
  "Dmitri",
  "Esther",
  "Farid",
  "Grace",
  "Hiroshi",
  "Ines",
  "Jonah",
  "Kemi",
  "Luca",
  "Maya",
  "Nikhil",
  "Olga",
  "Pedro",
  "Quinn",
  "Rosa",
  "Samir",
  "Tamsin",
  "Umar",
  "Valeria",
  "Wen",
  "Ximena",
  "Yusuf",
  "Zora",
  "Aiden",
  "Beatriz",
  "Chidi",
  "Dalia",
  "Emil",
  "Fatima",
  "Gustavo",
  "Hana",
  "Ivo",
  "Jasmin",
  "Kofi",
  "Leila",
  "Mateo",
  "Noor",
  "Oskar",
  "Priya",
  "Rafael",
  "Sofia",
  "Tomas",
  "Uma",
  "Viktor",
  "Wanjiru",
];
const LAST = [
  "Hartley",
  "Nasser",
  "Ortega",
  "Volkov",
  "Mensah",
  "Haddad",
  "Lindqvist",
  "Tanaka",
  "Duarte",
  "Whitfield",
  "Adeyemi",
  "Moretti",
  "Castillo",
  "Rao",
  "Petrova",
  "Alves",
  "Brennan",
  "Serrano",
  "Khalil",
  "Pryce",
];
const ZONES = [
  "Europe/Madrid",
  "Europe/London",
  "America/New_York",
  "America/Mexico_City",
  "Europe/Berlin",
  "Asia/Kolkata",
  "Australia/Sydney",
  "America/Sao_Paulo",
];
const SECOND_LANGUAGE = ["Spanish", "French", "German", "Portuguese", "Arabic", "Mandarin"];
const CADENCES = ["WEEKLY", "FORTNIGHTLY", "MONTHLY", "FLEXIBLE"] as const;
const HOPES = [
  "I keep getting soft bars that sweat after a week and I want to understand why.",
  "I'd like to sell at the Saturday market by spring and need help with labels and pricing.",
  "My colours fade or morph in the cure and I want them to stay bright.",
  "I'm nervous about handling lye at home with small children around.",
  "I want to build a small range of unscented soaps for sensitive skin.",
  "I'd love to learn swirls and layers without the batter seizing.",
];
const PASTS = [
  "I have run a small soap stall for eight years and teach beginners every winter.",
  "I trained as a chemist and love explaining saponification without the jargon.",
  "I design packaging for small makers and have sold soap online since 2016.",
  "I grow my own botanicals and make soap with herbs, clays and oatmeal.",
  "I teach safety workshops at our community workshop and keep careful batch notes.",
  "I have made thousands of bars, mostly cold process, and I still love it.",
];

/** Deterministic variety: the i-th person gets a different mix, the same one on every run. */
const pick = <T>(list: readonly T[], i: number, step = 1) => list[(i * step) % list.length]!;

function personName(i: number) {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length]!;
  return i < FIRST.length ? `${first} ${last}` : `${first} ${last} ${Math.floor(i / FIRST.length) + 1}`;
}

function answersOf(role: "MENTOR" | "MENTEE", i: number) {
  const topics = [
    pick(COHORT_TOPICS, i, 3),
    pick(COHORT_TOPICS, i + 1, 5),
    ...(i % 3 === 0 ? [pick(COHORT_TOPICS, i, 7)] : []),
  ];
  const languages = ["English", ...(i % 2 === 0 ? [pick(SECOND_LANGUAGE, i, role === "MENTOR" ? 1 : 5)] : [])];
  const text =
    role === "MENTEE"
      ? `${pick(HOPES, i)} I'm most curious about ${topics[0]!.toLowerCase()} and ${topics[1]!.toLowerCase()}.`
      : `${pick(PASTS, i)} Happy to help with ${topics.map((t) => t.toLowerCase()).join(", ")}.`;
  return {
    text,
    topics: [...new Set(topics)],
    languages,
    timeZone: pick(ZONES, i, role === "MENTOR" ? 3 : 5),
    cadence: pick(CADENCES, i, role === "MENTOR" ? 1 : 3),
  };
}

export type CohortPerson = Awaited<ReturnType<typeof createUser>> & { applicationId: string };

export async function createCohort(
  db: PrismaClient,
  options: {
    mentees: number;
    mentors: number;
    /** Places per mentor: one number, or one per mentor. */
    capacity?: number | number[];
    state?: ProgramState;
    template?: Exclude<ProgramTemplate, "CUSTOM">;
    name?: string;
    slug?: string;
    /** The owner's name (the admin who matches). */
    ownerName?: string;
  },
) {
  const template = TEMPLATES[options.template ?? "SKILL_BUILDING"];
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const owner = await createUser(db, {
    name: options.ownerName ?? "Amara Okafor",
    email: `cohort-owner-${tag}@example.test`,
  });
  const group = await db.group.create({
    data: {
      name: `Cold Process Circle ${tag}`,
      slug: options.slug ?? `cohort-${tag}`,
      mentorshipEnabled: true,
      createdById: owner.id,
      memberships: { create: { userId: owner.id, role: "OWNER", status: "ACTIVE", joinedAt: new Date() } },
    },
  });
  const program = await db.program.create({
    data: {
      groupId: group.id,
      name: options.name ?? "Soap skills spring cohort",
      description: template.description,
      audience: template.audience,
      template: template.key,
      state: options.state ?? "OPEN",
      // A running (or closed) program has a start (decision 015), before any pair the test makes.
      startedAt: options.state === "RUNNING" || options.state === "CLOSED" ? PROGRAM_STARTED_LONG_AGO : null,
      lengthWeeks: template.lengthWeeks,
      defaultMentorCapacity: template.defaultMentorCapacity,
      topics: COHORT_TOPICS,
      openedAt: new Date(),
      createdById: owner.id,
      steps: {
        create: template.steps.map((s, position) => ({ ...s, position, isGoalStep: s.isGoalStep ?? false })),
      },
      questions: {
        create: (["MENTOR", "MENTEE"] as const).flatMap((role) =>
          template.questions[role].map((q, position) => ({ role, position, ...q })),
        ),
      },
    },
  });
  const questions = await db.applicationQuestion.findMany({
    where: { programId: program.id },
    orderBy: { position: "asc" },
  });
  const start = Date.now() - (options.mentees + options.mentors) * 60_000;

  const make = async (role: "MENTOR" | "MENTEE", i: number, n: number): Promise<CohortPerson> => {
    const values = answersOf(role, i);
    const own: QuestionConfig[] = questions.filter((q) => q.role === role);
    const raw = Object.fromEntries(
      own.map((q) => {
        if (q.kind === "TOPICS") return [q.id, values.topics];
        if (q.kind === "LANGUAGES") return [q.id, values.languages];
        if (q.kind === "AVAILABILITY") return [q.id, { timeZone: values.timeZone, cadence: values.cadence }];
        return [q.id, values.text];
      }),
    );
    // Checked exactly as the apply form checks them, so the board reads what a real applicant would send.
    const answers = buildAnswersSchema(own, { topics: program.topics }).parse(raw);
    const derived = deriveApplicationFields(own, answers);
    const user = await createUser(db, {
      name: personName(role === "MENTEE" ? i : i + options.mentees),
      email: `cohort-${role.toLowerCase()}-${i}-${tag}@example.test`,
      timeZone: values.timeZone,
      languages: values.languages,
    });
    await db.membership.create({
      data: { groupId: group.id, userId: user.id, role: "MEMBER", status: "ACTIVE", joinedAt: new Date() },
    });
    const capacity = Array.isArray(options.capacity) ? options.capacity[i] : options.capacity;
    const application = await db.application.create({
      data: {
        programId: program.id,
        userId: user.id,
        role,
        state: "APPROVED",
        answers,
        ...derived,
        capacity: role === "MENTOR" ? (capacity ?? template.defaultMentorCapacity) : null,
        submittedAt: new Date(start + n * 60_000),
        decidedAt: new Date(start + n * 60_000 + 30_000),
        decidedById: owner.id,
      },
    });
    return { ...user, applicationId: application.id };
  };

  const mentees: CohortPerson[] = [];
  for (let i = 0; i < options.mentees; i++) mentees.push(await make("MENTEE", i, i));
  const mentors: CohortPerson[] = [];
  for (let i = 0; i < options.mentors; i++) mentors.push(await make("MENTOR", i, options.mentees + i));
  return { owner, group, program, mentees, mentors };
}
