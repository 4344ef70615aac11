/**
 * Matching at scale: a program with BENCH_MENTEES approved mentees and BENCH_MENTORS approved mentors (capacity 1–10,
 * some with active pairings) whose answers to the template's real questions are generated from word lists (40
 * topics, 10 languages, time zones round the world, cadences, 20–80 words of goals or experience), validated by the
 * app's schema and written in bulk. Measured beside the floor of the same run: one SQL fetch of the applicants and a
 * bare topic-overlap loop over every pair. The long single runs (every mentee ranked, the cohort) each run in a
 * worker thread that is stopped at BENCH_MATCHING_DEADLINE seconds, and whose peak RSS is sampled meanwhile.
 *
 * Run by bench/run.ts in a child process (server-only as in Next, bench/no-server-only.mjs) with DATABASE_URL at the bench database;
 * prints its rows as one JSON line on stdout and its progress on stderr. Deterministic data; talks only to 127.0.0.1.
 */
import { once } from "node:events";
import { writeFileSync } from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import "../lib/wiring"; // the services authorize through the one door (its resolvers)
import { db } from "../lib/db";
import { loadCandidates, toMentorProfile, toProfile, type Candidates } from "../lib/matching/candidates";
import { assign } from "../lib/matching/assign";
import { suggestCohort } from "../lib/matching/cohort";
import { draftCohort } from "../lib/matching/draft-cohort";
import { findSuggestions } from "../lib/matching/find-suggestions";
import { corpusOf, DEFAULT_WEIGHTS, pairScore, rankMentors, remainingPlaces } from "../lib/matching/scoring";
import { createProgram } from "../lib/programs/create-program";
import { buildAnswersSchema, CADENCES, deriveApplicationFields, type Answer } from "../lib/programs/question-schema";
import { setMentorship } from "../lib/programs/set-mentorship";
import { transitionProgram } from "../lib/programs/transition-program";
import { percentiles, time, toRow, type Row } from "./measure";

type Context = { programId: string; groupId: string; defaultMentorCapacity: number; actorId: string };
type Task = "rank-all" | "cohort" | "draft";
type TaskResult = { ms: number; cpuMs: number; heapMiB: number; peakRssMiB: number; detail: string };

const MENTEES = Number(process.env.BENCH_MENTEES ?? 5000);
const MENTORS = Number(process.env.BENCH_MENTORS ?? 1000);
const DEADLINE_S = Number(process.env.BENCH_MATCHING_DEADLINE ?? 150);
const MiB = 1024 * 1024;
const log = (message: string) => process.stderr.write(`[matching] ${message}\n`);

// ---------- realistic answers, from word lists ----------

/** Career topics, each with words people use when writing about it (what the text signal can find). */
const TOPIC_WORDS: [topic: string, words: string][] = [
  ["CV and cover letter", "resume recruiter template keywords achievements"],
  ["Informational interviews", "coffee chats outreach questions insiders"],
  ["Networking", "contacts meetups introductions referrals community"],
  ["Salary negotiation", "offer salary compensation equity benefits"],
  ["Telling your story", "narrative pivot transferable strengths pitch"],
  ["Bootcamps vs self-study", "bootcamp tuition curriculum courses tutorials"],
  ["Portfolio", "portfolio projects showcase github website"],
  ["Interview practice", "interviews whiteboard behavioural mock rehearsal"],
  ["Data analysis", "spreadsheets sql dashboards statistics python"],
  ["UX research", "usability participants personas prototypes insights"],
  ["Product management", "roadmap stakeholders prioritisation backlog launches"],
  ["Software engineering", "programming javascript debugging code architecture"],
  ["Project management", "deadlines planning scrum budgets scope"],
  ["Teaching", "classroom students lessons pedagogy marking"],
  ["Nursing", "patients hospital clinical shifts wards"],
  ["Public sector jobs", "government civil policy council ministry"],
  ["Nonprofit work", "charity volunteers fundraising grants mission"],
  ["Freelancing", "clients invoices rates contracts freelance"],
  ["Starting a business", "startup business customers funding launch"],
  ["Marketing", "campaigns brand content audience seo"],
  ["Sales", "pipeline quota prospects closing accounts"],
  ["Finance", "banking investment markets analyst modelling"],
  ["Accounting", "bookkeeping audit taxes ledger accountant"],
  ["Graphic design", "typography illustrator layouts branding figma"],
  ["Writing and editing", "writing editing copy articles manuscripts"],
  ["Translation", "translation interpreting localisation fluency glossary"],
  ["Customer support", "tickets empathy helpdesk escalation callers"],
  ["Operations", "logistics processes supply efficiency warehouse"],
  ["Leadership", "managing team feedback delegation hiring"],
  ["Returning after a break", "gap caregiving returnship restart confidence"],
  // Free tags applicants add beyond the program's 30 topics.
  ["Remote work", "remote async distributed home timezones"],
  ["Visa and relocation", "visa relocation immigration abroad sponsorship"],
  ["Imposter feelings", "imposter doubt anxiety belonging worth"],
  ["Work-life balance", "burnout boundaries balance rest family"],
  ["Going part-time", "hours flexibility schedule childcare reduced"],
  ["Career after 50", "age retirement ageism reinvention seniority"],
  ["Disability at work", "accessibility adjustments disability accommodations disclosure"],
  ["LinkedIn profile", "linkedin headline profile endorsements visibility"],
  ["Public speaking", "speaking presentations conference nerves slides"],
  ["Certifications", "certification exam credentials accreditation revision"],
];
const TOPICS = TOPIC_WORDS.map(([topic]) => topic);
const FILLER = (
  "i want to the and my a with for how more about learn help work years would like get some really in of on " +
  "at from new first next better job career role field change move people feel time week month plan goal"
).split(" ");
const GENERAL = (
  "industry experience company manager colleagues skills background degree university training course mentor " +
  "advice guidance questions confidence progress options path direction opportunities applications network " +
  "studying practice examples mistakes lessons habits routine energy motivation decision future today started " +
  "finished taught led built managed helped supported shared worked switched trained hired promoted volunteered " +
  "struggle hope curious nervous excited honest patient practical realistic steady small concrete weekly"
).split(" ");
const LANGUAGES = [
  "English",
  "Spanish",
  "Portuguese",
  "French",
  "German",
  "Arabic",
  "Swahili",
  "Hindi",
  "Mandarin",
  "Japanese",
];
const REGIONS: { weight: number; zones: string[]; languages: string[] }[] = [
  {
    weight: 20,
    zones: ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Anchorage"],
    languages: ["English", "Spanish"],
  },
  {
    weight: 10,
    zones: ["America/Mexico_City", "America/Bogota", "America/Sao_Paulo", "America/Argentina/Buenos_Aires"],
    languages: ["Spanish", "Portuguese"],
  },
  {
    weight: 22,
    zones: ["Europe/London", "Europe/Lisbon", "Europe/Madrid", "Europe/Paris", "Europe/Berlin", "Europe/Athens"],
    languages: ["English", "French", "German", "Spanish", "Portuguese"],
  },
  {
    weight: 12,
    zones: ["Africa/Lagos", "Africa/Accra", "Africa/Nairobi", "Africa/Cairo", "Africa/Johannesburg"],
    languages: ["English", "French", "Arabic", "Swahili"],
  },
  { weight: 6, zones: ["Asia/Dubai", "Asia/Riyadh", "Asia/Tehran"], languages: ["Arabic"] },
  { weight: 12, zones: ["Asia/Kolkata", "Asia/Kathmandu", "Asia/Dhaka", "Asia/Karachi"], languages: ["Hindi"] },
  { weight: 8, zones: ["Asia/Shanghai", "Asia/Singapore", "Asia/Manila"], languages: ["Mandarin"] },
  { weight: 4, zones: ["Asia/Tokyo"], languages: ["Japanese"] },
  { weight: 6, zones: ["Australia/Sydney", "Australia/Adelaide", "Pacific/Auckland"], languages: ["English"] },
];
const FIRST =
  "Ada Amara Bo Carmen Chen Dara Diego Eli Emeka Fatima Hana Ines Ivan Jo Kai Kofi Lena Lina Luis Mei".split(" ");
const LAST = "Abebe Ahmed Costa Dubois Garcia Haddad Ito Kim Lindqvist Mensah Nair Novak Okafor Patel Silva Wu".split(
  " ",
);

/** mulberry32: the same data on every run, so runs compare. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = random(6);
const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
const between = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
/** Popular topics come up more often (weight 1/√rank). */
const topicWeights = TOPICS.map((_, k) => 1 / Math.sqrt(k + 1));
function weighted<T>(items: readonly T[], weights: readonly number[]): T {
  let r = rnd() * weights.reduce((a, b) => a + b, 0);
  for (let k = 0; k < items.length; k++) if ((r -= weights[k]!) < 0) return items[k]!;
  return items[items.length - 1]!;
}

function person(role: "MENTOR" | "MENTEE") {
  const topics = new Set<string>();
  for (let k = role === "MENTOR" ? between(2, 5) : between(1, 3); topics.size < k;)
    topics.add(weighted(TOPICS, topicWeights));
  const region = weighted(
    REGIONS,
    REGIONS.map((r) => r.weight),
  );
  const languages = new Set([rnd() < 0.7 ? region.languages[0]! : pick(region.languages)]);
  if (rnd() < 0.6) languages.add("English");
  if (rnd() < 0.15) languages.add(pick(LANGUAGES));
  const related = [...topics].flatMap((t) => TOPIC_WORDS.find(([name]) => name === t)![1].split(" "));
  const words: string[] = [];
  // Sentences of 8 words or more: 40% filler, 35% words of the person's topics, 25% general words.
  for (let n = between(20, 80), inSentence = 0; words.length < n; inSentence++) {
    const r = rnd();
    const word = r < 0.4 ? pick(FILLER) : r < 0.75 ? pick(related) : pick(GENERAL);
    words.push(inSentence === 0 ? word[0]!.toUpperCase() + word.slice(1) : word);
    if (inSentence >= 7 && rnd() < 0.15) {
      words.push(`${words.pop()}.`);
      inSentence = -1;
    }
  }
  return {
    name: `${pick(FIRST)} ${pick(LAST)}`,
    topics: [...topics],
    languages: [...languages].slice(0, 3),
    timeZone: pick(region.zones),
    cadence: weighted(CADENCES, [30, 35, 15, 20]),
    text: `${words.join(" ").replace(/\.$/, "")}.`,
    capacity: role === "MENTOR" ? pick([1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 8, 10]) : null,
  };
}

// ---------- the program, written in bulk ----------

/**
 * COPY-like bulk insert: all rows in one statement, sent as one JSON parameter and expanded by jsonb_to_recordset.
 * `columns` declares each column's type as in a table definition; the rows' keys are the column names.
 */
async function insertRows(table: string, columns: string, rows: object[]): Promise<void> {
  const list = columns
    .split(",")
    .map((column) => column.trim().split(" ")[0])
    .join(", ");
  await db.$executeRawUnsafe(
    `INSERT INTO "${table}" (${list}) SELECT ${list} FROM jsonb_to_recordset($1::jsonb) AS r(${columns})`,
    JSON.stringify(rows),
  );
}

async function setUp(): Promise<Context> {
  const started = performance.now();
  const stamp = Date.now().toString(36);
  const owner = await db.user.create({
    data: { email: `match-owner-${stamp}@example.test`, name: "Bench Admin", emailVerifiedAt: new Date() },
  });
  const actor = { id: owner.id, name: owner.name, email: owner.email, timeZone: "UTC" };
  const group = await db.group.create({
    data: {
      slug: `bench-match-${stamp}`,
      name: "Bench career switchers",
      privacy: "PRIVATE",
      createdById: owner.id,
      memberships: { create: { userId: owner.id, role: "OWNER", status: "ACTIVE", joinedAt: new Date() } },
    },
  });
  await setMentorship(actor, group.slug, { enabled: true });
  const { id: programId } = await createProgram(actor, group.slug, {
    template: "CAREER_GUIDANCE",
    name: "Bench career guidance",
    topics: TOPICS.slice(0, 30),
  });
  await transitionProgram(actor, programId, { action: "open" });
  const program = await db.program.findUniqueOrThrow({ where: { id: programId }, include: { questions: true } });
  const questionsOf = {
    MENTOR: program.questions.filter((q) => q.role === "MENTOR"),
    MENTEE: program.questions.filter((q) => q.role === "MENTEE"),
  };
  const schemas = {
    MENTOR: buildAnswersSchema(questionsOf.MENTOR, program),
    MENTEE: buildAnswersSchema(questionsOf.MENTEE, program),
  };

  // Roles in order: approved mentees, approved mentors, then mentees already matched and some still pending.
  const roles: { role: "MENTOR" | "MENTEE"; state: "APPROVED" | "MATCHED" | "PENDING" }[] = [
    ...Array.from({ length: MENTEES }, () => ({ role: "MENTEE" as const, state: "APPROVED" as const })),
    ...Array.from({ length: MENTORS }, () => ({ role: "MENTOR" as const, state: "APPROVED" as const })),
  ];
  const people = roles.map(({ role }) => person(role));
  // A quarter of the mentors already mentor 1..capacity mentees (some are full): their mentees join as MATCHED.
  const pairs: [mentor: number, mentee: number][] = [];
  for (let j = MENTEES; j < MENTEES + MENTORS; j++) {
    if (rnd() >= 0.25) continue;
    roles[j]!.state = "MATCHED";
    for (let k = between(1, people[j]!.capacity!); k > 0; k--) {
      pairs.push([j, roles.length]);
      roles.push({ role: "MENTEE", state: "MATCHED" });
      people.push(person("MENTEE"));
    }
  }
  for (let k = 0; k < MENTEES / 10; k++) {
    roles.push({ role: "MENTEE", state: "PENDING" });
    people.push(person("MENTEE"));
  }

  const secondsSince = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;
  const rows = people.map((p, i) => {
    const { role, state } = roles[i]!;
    const raw: Record<string, Answer> = {};
    for (const q of questionsOf[role]) {
      if (q.kind === "TOPICS") raw[q.id] = p.topics;
      else if (q.kind === "LANGUAGES") raw[q.id] = p.languages;
      else if (q.kind === "AVAILABILITY") raw[q.id] = { timeZone: p.timeZone, cadence: p.cadence };
      else if (q.kind === "SHORT_TEXT") raw[q.id] = p.text.slice(0, 150);
      else if (q.kind === "LONG_TEXT") raw[q.id] = p.text;
      else raw[q.id] = q.kind === "MULTIPLE_CHOICE" ? q.options.slice(0, 1) : q.options[0]!;
    }
    const answers = schemas[role].parse(raw);
    const decidedAt = state === "PENDING" ? null : new Date(Date.now() - (people.length - i) * 60_000);
    return {
      role,
      state,
      answers,
      ...deriveApplicationFields(questionsOf[role], answers),
      capacity: p.capacity,
      decidedAt,
    };
  });
  log(`answers built and validated in ${secondsSince(started)}`);

  // Ids are made here (the columns have no database default); each is a valid id for the app's schemas.
  const id = (kind: string, i: number) => `${kind}${stamp}${i.toString(36).padStart(4, "0")}`;
  const now = new Date();
  await insertRows(
    "User",
    `id text, email text, name text, "timeZone" text, languages text[], "updatedAt" timestamp(3)`,
    people.map((p, i) => ({
      id: id("u", i),
      email: `match-${stamp}-${i}@example.test`,
      name: p.name,
      timeZone: p.timeZone,
      languages: p.languages,
      updatedAt: now,
    })),
  );
  await insertRows(
    "Membership",
    `id text, "groupId" text, "userId" text, role "GroupRole", status "MembershipStatus", "joinedAt" timestamp(3), "updatedAt" timestamp(3)`,
    people.map((_, i) => ({
      id: id("m", i),
      groupId: group.id,
      userId: id("u", i),
      role: "MEMBER",
      status: "ACTIVE",
      joinedAt: now,
      updatedAt: now,
    })),
  );
  await insertRows(
    "Application",
    `id text, "programId" text, "userId" text, role "ParticipantRole", state "ApplicationState", answers jsonb, ` +
      `topics text[], languages text[], "timeZone" text, cadence text, capacity int, "submittedAt" timestamp(3), ` +
      `"decidedAt" timestamp(3), "decidedById" text, "updatedAt" timestamp(3)`,
    rows.map((row, i) => ({
      ...row,
      id: id("a", i),
      programId,
      userId: id("u", i),
      submittedAt: now,
      decidedById: row.decidedAt && owner.id,
      updatedAt: now,
    })),
  );
  await insertRows(
    "Pairing",
    `id text, "programId" text, "mentorApplicationId" text, "menteeApplicationId" text, "mentorId" text, ` +
      `"menteeId" text, introduction text, "createdById" text, "updatedAt" timestamp(3)`,
    pairs.map(([j, i], k) => ({
      id: id("p", k),
      programId,
      mentorApplicationId: id("a", j),
      menteeApplicationId: id("a", i),
      mentorId: id("u", j),
      menteeId: id("u", i),
      introduction: "Say hello!",
      createdById: owner.id,
      updatedAt: now,
    })),
  );
  // A few pairs the admin ruled out.
  await db.matchExclusion.createMany({
    data: Array.from({ length: 200 }, () => ({
      programId,
      menteeApplicationId: id("a", between(0, MENTEES - 1)),
      mentorApplicationId: id("a", between(MENTEES, MENTEES + MENTORS - 1)),
      createdById: owner.id,
    })),
    skipDuplicates: true,
  });
  await db.$executeRawUnsafe("ANALYZE");
  log(`seeded ${people.length} applicants (${pairs.length} active pairings) in ${secondsSince(started)}`);
  return { programId, groupId: group.id, defaultMentorCapacity: program.defaultMentorCapacity, actorId: owner.id };
}

// ---------- what is measured ----------

const load = (c: Context, answers = false) =>
  loadCandidates(
    db,
    { id: c.programId, groupId: c.groupId, defaultMentorCapacity: c.defaultMentorCapacity },
    { answers },
  );

/** The least any scorer must do: for every pair, count the mentee's topics in the mentor's (Sets built once). */
function bareLoop(candidates: Candidates): number {
  const mentors = candidates.mentors.map((m) => new Set(m.topics.map((t) => t.toLowerCase())));
  const mentees = candidates.mentees.map((m) => m.topics.map((t) => t.toLowerCase()));
  let shared = 0;
  for (const topics of mentees)
    for (const mentor of mentors) for (const topic of topics) if (mentor.has(topic)) shared++;
  return shared;
}

/** One long run in a worker thread, stopped at the deadline; the process's peak RSS is sampled meanwhile. */
function inWorker(task: Task, context: Context): Promise<TaskResult | null> {
  // A worker does not inherit the parent's --import hooks: it registers the server-only one and tsx itself.
  const hook = JSON.stringify(new URL("./no-server-only.mjs", import.meta.url).href);
  const source = `import(${hook}).then(() => import("tsx/esm/api")).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const worker = new Worker(source, { eval: true, workerData: { task, context } });
  return new Promise((resolve, reject) => {
    let baseline = 0;
    let peak = 0;
    let sampler: NodeJS.Timeout | undefined;
    let deadline: NodeJS.Timeout | undefined;
    const stop = () => {
      clearInterval(sampler);
      clearTimeout(deadline);
      void worker.terminate();
    };
    const finish = (result: TaskResult | null) => (stop(), resolve(result));
    worker.on("error", (error) => (stop(), reject(error)));
    worker.on("message", (message: { ready: true } | Omit<TaskResult, "peakRssMiB">) => {
      if ("ready" in message) {
        baseline = peak = process.memoryUsage().rss;
        sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
        deadline = setTimeout(() => finish(null), DEADLINE_S * 1000);
        worker.postMessage("go");
      } else {
        peak = Math.max(peak, process.memoryUsage().rss);
        finish({ ...message, peakRssMiB: (peak - baseline) / MiB });
      }
    });
  });
}

/** The worker's side: load what the task reads (not timed), wait for "go", run once, report. */
async function work({ task, context }: { task: Task; context: Context }) {
  const port = parentPort!;
  const candidates = task === "draft" ? null : await load(context);
  const mentees = candidates?.mentees.map(toProfile) ?? [];
  const mentors = candidates?.mentors.map(toMentorProfile) ?? [];
  const at = new Date();
  port.postMessage({ ready: true });
  await once(port, "message");
  const cpu = process.cpuUsage();
  const started = performance.now();
  let detail = "";
  if (task === "rank-all") {
    let ranked = 0;
    for (const mentee of mentees) ranked += rankMentors(mentee, mentors, DEFAULT_WEIGHTS, new Set(), at).length;
    detail = `${ranked} suggestions`;
  } else if (task === "cohort") {
    const draft = suggestCohort(mentees, mentors, DEFAULT_WEIGHTS, candidates!.exclusions, at);
    detail = `${draft.pairs.length} pairs, ${draft.unmatched.length} unmatched`;
  } else {
    const draft = await draftCohort({ id: context.actorId }, context.programId);
    detail = `${draft.pairs.length} pairs, ${draft.unmatched.length} unmatched`;
  }
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  const memory = process.memoryUsage();
  port.postMessage({
    ms,
    cpuMs: (user + system) / 1000,
    heapMiB: (memory.heapUsed + memory.arrayBuffers) / MiB,
    detail,
  });
  await db.$disconnect();
}

async function main() {
  const rows: Row[] = [];
  const record = (name: string, samples: number[], unit = "ms", target?: string) =>
    rows.push(toRow(name, samples, unit, target));
  const load1 = () => `load average ${os.loadavg()[0]!.toFixed(1)} on ${os.availableParallelism()} CPUs`;
  log(`start: ${load1()}`);
  const context = await setUp();
  const size = `${MENTEES.toLocaleString("en")} × ${MENTORS.toLocaleString("en")}`;

  const candidates = await load(context);
  const pairs = candidates.mentees.length * candidates.mentors.length;
  log(`${candidates.mentees.length} mentees waiting, ${candidates.mentors.length} mentors`);
  const fetches = await time(10, () => load(context));
  record(`floor: load the applicants, one SQL fetch (${size})`, fetches);
  const loops = await time(5, () => bareLoop(candidates));
  record(`floor: bare topic-overlap loop, ${pairs.toLocaleString("en")} pairs`, loops);
  // The floor each whole-cohort figure is compared with: the fetch and the loop, as the issue measures it.
  const floor = percentiles(fetches).p50 + percentiles(loops).p50;
  const timesFloor = (ms: number) => `${(ms / floor).toFixed(1)} × floor`;

  const ids = candidates.mentees.map((m) => m.applicationId);
  record(
    "suggestions for one mentee (findSuggestions, end to end)",
    await time(20, (i) => findSuggestions({ id: context.actorId }, context.programId, { menteeApplicationId: ids[i] })),
    "ms",
    "< 20 ms",
  );
  const none = new Set<string>();
  record(
    "rankMentors, one mentee (profiles built fresh, as the service)",
    await time(20, (i) =>
      rankMentors(toProfile(candidates.mentees[i]!), candidates.mentors.map(toMentorProfile), DEFAULT_WEIGHTS, none),
    ),
  );
  const mentors = candidates.mentors.map(toMentorProfile);
  rankMentors(toProfile(candidates.mentees[0]!), mentors, DEFAULT_WEIGHTS, none);
  record(
    "rankMentors, one mentee (mentor profiles already read)",
    await time(50, (i) => rankMentors(toProfile(candidates.mentees[i]!), mentors, DEFAULT_WEIGHTS, none)),
  );

  // The draft's two parts on their own (decision 033): every pair's score, then the assignment on those scores.
  const menteeProfiles = candidates.mentees.map(toProfile);
  const open = mentors.filter((mentor) => remainingPlaces(mentor) > 0);
  let scores: Int32Array = new Int32Array(0);
  const scoringContext = { corpus: corpusOf(mentors), rules: null };
  const scoreAll = () => {
    const out = new Int32Array(menteeProfiles.length * open.length);
    menteeProfiles.forEach((mentee, i) =>
      open.forEach((mentor, j) => {
        const score = pairScore(mentee, mentor, DEFAULT_WEIGHTS, new Date(), scoringContext);
        out[i * open.length + j] = score === null ? -1 : Math.round(score * 100);
      }),
    );
    return out;
  };
  const scoring = await time(3, () => (scores = scoreAll()));
  record(`pairScore, every pair (${timesFloor(percentiles(scoring).p50)})`, scoring);
  const cost = scores.map((s) => (s < 0 ? -1 : 10_000 - s));
  const places = open.map(remainingPlaces);
  const tries: string[] = [];
  const solving = await time(3, (i) =>
    assign(cost, menteeProfiles.length, places, {
      onTry: (t) => i === 0 && tries.push(`k ${t.k}: ${t.edges} edges, ${t.optimal ? "optimal" : "not proven"}`),
    }),
  );
  log(`assign: ${tries.join("; ")}`);
  // For measuring another solver on the very same numbers (decision 033 measured HiGHS so): n, places, costs.
  if (process.env.BENCH_MATCHING_DUMP) {
    const head = Int32Array.from([menteeProfiles.length, places.length, ...places]);
    writeFileSync(process.env.BENCH_MATCHING_DUMP, Buffer.concat([Buffer.from(head.buffer), Buffer.from(cost.buffer)]));
  }
  record(`assign on those scores, sparse then checked (${tries.length} tries)`, solving);

  const long: [Task, string, string?][] = [
    ["rank-all", `rankMentors for every mentee (${size})`],
    ["cohort", `suggestCohort (${size})`, "< 1 s"],
    ["draft", `draftCohort (service, end to end, ${size})`, "< 1 s"],
  ];
  for (const [task, name, target] of long) {
    log(`${name}…`);
    const result = await inWorker(task, context);
    if (!result) {
      log(`${name}: stopped at the ${DEADLINE_S} s deadline`);
      record(`${name}: NOT FINISHED, stopped at`, [DEADLINE_S * 1000], "ms", target);
      continue;
    }
    log(`${name}: ${(result.ms / 1000).toFixed(1)} s (CPU ${(result.cpuMs / 1000).toFixed(1)} s), ${result.detail}`);
    record(`${name}, ${timesFloor(result.ms)}`, [result.ms], "ms", target);
    if (task === "cohort" || task === "draft") {
      record(
        `${task === "cohort" ? "suggestCohort" : "draftCohort"}: peak RSS above the idle process`,
        [result.peakRssMiB],
        "MiB",
      );
      record(
        `${task === "cohort" ? "suggestCohort" : "draftCohort"}: JS heap + buffers at the end`,
        [result.heapMiB],
        "MiB",
      );
    }
  }
  log(`end: ${load1()}`);
  await db.$disconnect();
  console.log(JSON.stringify(rows));
}

if (isMainThread) await main();
else await work(workerData as { task: Task; context: Context });
