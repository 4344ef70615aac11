/**
 * Programs and applications, measured through the real services on a program with BENCH_APPLICANTS applicants:
 * the review queue (first page, filtered, searched), submitting an application, a bulk decision, and the answer
 * validator alone. Run by bench/run.ts in a child process (`tsx --conditions react-server`, so the services'
 * `server-only` guard resolves as it does in Next) with DATABASE_URL pointing at the bench database; prints its
 * rows as one JSON line. Bounded in count; talks only to 127.0.0.1.
 */
import { db } from "../lib/db";
import { createProgram } from "../lib/programs/create-program";
import { transitionProgram } from "../lib/programs/transition-program";
import { setMentorship } from "../lib/programs/set-mentorship";
import { applyToProgram } from "../lib/programs/applications/save-application";
import { findApplications } from "../lib/programs/applications/find-applications";
import { findPrograms } from "../lib/programs/find-programs";
import { getHome } from "../lib/home/get-home";
import { decideApplications } from "../lib/programs/applications/decide-applications";
import { buildAnswersSchema, deriveApplicationFields, type QuestionConfig } from "../lib/programs/question-schema";
import { answersFor } from "../tests/factories/mentorship";
import { time, toRow, type Row } from "./measure";

const APPLICANTS = Number(process.env.BENCH_APPLICANTS ?? 2000);
const TOPICS = ["Cold process", "Melt and pour", "Fragrance", "Colour", "Selling at markets", "Packaging"];
const ZONES = ["Europe/Lisbon", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Sydney"];

const rows: Row[] = [];
const record = (name: string, samples: number[], target?: string) => rows.push(toRow(name, samples, "ms", target));

const stamp = Date.now().toString(36);
const owner = await db.user.create({
  data: { email: `bench-owner-${stamp}@example.test`, name: "Bench Owner", emailVerifiedAt: new Date() },
});
const actor = { id: owner.id, name: owner.name, email: owner.email, timeZone: "UTC" };
const group = await db.group.create({
  data: {
    slug: `bench-${stamp}`,
    name: "Bench soapers",
    privacy: "PUBLIC",
    createdById: owner.id,
    memberships: { create: { userId: owner.id, role: "OWNER", status: "ACTIVE", joinedAt: new Date() } },
  },
});
await setMentorship(actor, group.slug, { enabled: true });
const { id: programId } = await createProgram(actor, group.slug, {
  template: "SKILL_BUILDING",
  name: "Bench skill building",
  topics: TOPICS,
});
await transitionProgram(actor, programId, { action: "open" });
const questions = (await db.applicationQuestion.findMany({
  where: { programId },
  orderBy: { position: "asc" },
})) as unknown as (QuestionConfig & { role: "MENTOR" | "MENTEE" })[];
const of = (role: "MENTOR" | "MENTEE") => questions.filter((q) => q.role === role);

// Applicants: members with submitted applications, written in bulk (the service is timed separately below).
await db.user.createMany({
  data: Array.from({ length: APPLICANTS + 100 }, (_, i) => ({
    email: `bench-${stamp}-${i}@example.test`,
    name: `Applicant ${i} ${["Ada", "Bo", "Cy", "Di", "Ed"][i % 5]}`,
    emailVerifiedAt: new Date(),
  })),
});
const users = await db.user.findMany({
  where: { email: { startsWith: `bench-${stamp}-` } },
  select: { id: true, name: true, email: true, timeZone: true },
  orderBy: { email: "asc" },
});
await db.membership.createMany({
  data: users.map((u) => ({ groupId: group.id, userId: u.id, role: "MEMBER", status: "ACTIVE", joinedAt: new Date() })),
});
const seeded = users.slice(0, APPLICANTS);
await db.application.createMany({
  data: seeded.map((u, i) => {
    const role = i % 5 === 0 ? "MENTOR" : "MENTEE";
    const answers = buildAnswersSchema(of(role), { topics: TOPICS }).parse(
      answersFor(of(role), {
        text: `Applicant ${i} would like to learn ${TOPICS[i % TOPICS.length]} with patience and care.`,
        topics: [TOPICS[i % TOPICS.length]!, TOPICS[(i + 2) % TOPICS.length]!],
        timeZone: ZONES[i % ZONES.length]!,
      }),
    );
    return {
      programId,
      userId: u.id,
      role,
      state: "PENDING" as const,
      answers,
      capacity: role === "MENTOR" ? 2 : null,
      submittedAt: new Date(),
      ...deriveApplicationFields(of(role), answers),
    };
  }),
});
await db.$executeRawUnsafe("ANALYZE");

// The admin's pages that count this program's work: its card (one grouped statement for every card) and home's
// to-do list (one row per program, whatever the number of applicants).
record(
  `program cards with counts (${APPLICANTS} applicants)`,
  await time(100, () => findPrograms(actor, group.slug)),
  "< 50 ms",
);
record(
  `home to-do list of the program's admin (${APPLICANTS} applicants)`,
  await time(100, () => getHome(actor)),
  "< 50 ms",
);
record(
  `review queue, first page (${APPLICANTS} applicants)`,
  await time(100, () => findApplications(actor, programId, { role: "MENTEE" })),
  "< 50 ms",
);
record(
  "review queue, topic + time zone filter",
  await time(100, (i) =>
    findApplications(actor, programId, { topic: TOPICS[i % TOPICS.length], timeZone: ZONES[i % ZONES.length] }),
  ),
  "< 50 ms",
);
record(
  "review queue, text search",
  await time(100, (i) => findApplications(actor, programId, { q: `Applicant ${i}` })),
  "< 80 ms",
);

const fresh = users.slice(APPLICANTS);
const menteeAnswers = answersFor(of("MENTEE"), { topics: ["Fragrance"] });
record(
  "submit an application (validate, store, notify admins)",
  await time(fresh.length, (i) => applyToProgram(fresh[i]!, programId, { role: "MENTEE", answers: menteeAnswers })),
  "< 40 ms",
);

const pending = await db.application.findMany({
  where: { programId, state: "PENDING" },
  select: { id: true },
  take: 25 * 20,
});
record(
  "approve 25 applications in one bulk decision",
  await time(Math.min(20, Math.floor(pending.length / 25)), (i) =>
    decideApplications(actor, programId, {
      ids: pending.slice(i * 25, i * 25 + 25).map((a) => a.id),
      decision: "approve",
    }),
  ),
  "< 150 ms",
);

const schema = buildAnswersSchema(of("MENTEE"), { topics: TOPICS });
record("validate one answer set (schema built)", await time(5000, () => schema.parse(menteeAnswers)), "< 0.2 ms");
record(
  "build the answer schema from questions",
  await time(5000, () => buildAnswersSchema(of("MENTEE"), { topics: TOPICS })),
  "< 0.5 ms",
);

await db.$disconnect();
console.log(JSON.stringify(rows));
