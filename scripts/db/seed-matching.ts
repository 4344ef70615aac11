/**
 * The demo's matching cohort: a soap-making program in the Soap Makers' Circle that has just approved 30 mentees and
 * 12 mentors (3 places each), nobody matched yet, so a demo admin can try "Suggest a cohort" at once. Forty-two new
 * members join the circle for it (same demo password). Their answers come from their profiles (time zone,
 * languages) and the lines below, combined by index: varied, and the same on every run. seed-programs.ts builds the
 * program from COHORT_PROGRAM like every other demo program, so the answers pass the app's schema or the seed throws.
 */
import type { PrismaClient } from "../../lib/db/generated/client";
import type { Cadence } from "../../lib/programs/question-schema";
import { hashForTests } from "../../tests/factories/users";
import type { ApplicationSpec, ProgramSpec } from "./seed-programs-data";

export const COHORT_GROUP = "soap-makers-circle";
export const COHORT_NAME = "Soap skills: autumn cohort";
export const COHORT_MENTOR_CAPACITY = 3;

type Member = [name: string, timeZone: string, languages: string[]];

const MENTORS: Member[] = [
  ["Nkechi Eze", "Africa/Lagos", ["English", "Igbo"]],
  ["Tomás Herrera", "America/Bogota", ["Spanish", "English"]],
  ["Ingrid Solberg", "Europe/Oslo", ["Norwegian", "English"]],
  ["Haruto Sato", "Asia/Tokyo", ["Japanese", "English"]],
  ["Fatima Benali", "Africa/Casablanca", ["Arabic", "French"]],
  ["Grace O'Brien", "Europe/Dublin", ["English"]],
  ["Rahul Verma", "Asia/Kolkata", ["Hindi", "English"]],
  ["Camila Duarte", "America/Sao_Paulo", ["Portuguese", "Spanish"]],
  ["Marta Kowalska", "Europe/Warsaw", ["Polish", "English", "German"]],
  ["Wiremu Parata", "Pacific/Auckland", ["English", "Māori"]],
  ["Lucy Nguyen", "America/Los_Angeles", ["English", "Vietnamese"]],
  ["Yusuf Demir", "Europe/Istanbul", ["Turkish", "English", "German"]],
];

const MENTEES: Member[] = [
  ["Aisha Bello", "Africa/Lagos", ["English", "Hausa"]],
  ["Ben Carter", "America/New_York", ["English"]],
  ["Chiara Romano", "Europe/Rome", ["Italian", "English"]],
  ["Daniel Kim", "America/Los_Angeles", ["English", "Korean"]],
  ["Elena Petrova", "Europe/Sofia", ["Bulgarian", "English"]],
  ["Farah Siddiqui", "Asia/Karachi", ["Urdu", "English"]],
  ["Gabriel Santos", "America/Sao_Paulo", ["Portuguese"]],
  ["Hannah Schmidt", "Europe/Berlin", ["German", "English"]],
  ["Isabel Torres", "America/Mexico_City", ["Spanish"]],
  ["Jamal Wright", "America/Chicago", ["English"]],
  ["Keiko Tanaka", "Asia/Tokyo", ["Japanese"]],
  ["Leila Ahmadi", "Asia/Tehran", ["Persian", "English"]],
  ["Mateo Fernández", "Europe/Madrid", ["Spanish", "English"]],
  ["Nadia Khoury", "Asia/Beirut", ["Arabic", "French", "English"]],
  ["Oliver Bennett", "Europe/London", ["English"]],
  ["Priya Nair", "Asia/Kolkata", ["Malayalam", "English", "Hindi"]],
  ["Quentin Moreau", "Europe/Paris", ["French", "English"]],
  ["Rosa Jiménez", "America/Lima", ["Spanish"]],
  ["Sione Tupou", "Pacific/Tongatapu", ["Tongan", "English"]],
  ["Tamar Levi", "Asia/Jerusalem", ["Hebrew", "English"]],
  ["Uchenna Obi", "Europe/London", ["English", "Igbo"]],
  ["Valentina Rossi", "America/Argentina/Buenos_Aires", ["Spanish", "Italian"]],
  ["Wanjiru Kamau", "Africa/Nairobi", ["Swahili", "English"]],
  ["Xu Ming", "Asia/Shanghai", ["Mandarin", "English"]],
  ["Yara Costa", "Europe/Lisbon", ["Portuguese", "English"]],
  ["Zainab Yusuf", "Africa/Accra", ["English", "Twi"]],
  ["Anna Virtanen", "Europe/Helsinki", ["Finnish", "Swedish", "English"]],
  ["Bilal Chaudhry", "America/Toronto", ["English", "Urdu"]],
  ["Clara Jensen", "Europe/Copenhagen", ["Danish", "English"]],
  ["Dev Malhotra", "Australia/Sydney", ["English", "Hindi"]],
];

/** Each topic with what a mentee hopes to learn about it and what a mentor can teach: the words the text signal reads. */
const TOPICS: Record<string, { learn: string; teach: string }> = {
  "Lye safety": {
    learn: "I'm nervous about handling lye and want safe habits before my first cold-process batch.",
    teach: "I teach lye safety first: gloves, goggles, a calm workspace, and lye into water, never the reverse.",
  },
  "Cold process": {
    learn: "I want to make a cold-process bar from scratch and finally understand trace.",
    teach: "I can explain cold process from oils to trace, temperatures, and what to do when a batch seizes.",
  },
  "Hot process": {
    learn: "I'd like to try hot process so my bars are ready sooner.",
    teach: "Hot process is my favourite: I show how to cook the batter and still get a smooth, even bar.",
  },
  "Melt and pour": {
    learn: "I've only done melt and pour so far and want to get past the basics.",
    teach: "Melt and pour is where I started, and I still use it to teach embeds, layers and clean tops.",
  },
  Fragrance: {
    learn: "My scents fade within weeks and I don't know why.",
    teach: "I blend fragrance oils and know which ones speed up trace, discolour, or fade on the shelf.",
  },
  "Essential oils": {
    learn: "I want to scent soap with essential oils safely, at the right usage rates.",
    teach: "I scent with essential oils within safe usage rates and can explain top, middle and base notes.",
  },
  "Natural colour": {
    learn: "I'd like to colour soap with plants and clays instead of micas.",
    teach: "I colour with clays, spirulina, madder and alkanet, and keep notes on how each colour fades.",
  },
  Swirls: {
    learn: "My swirls turn muddy and I want to learn clean, bright designs.",
    teach: "I teach in-the-pot, drop and hanger swirls, and the thin batter that makes swirls work.",
  },
  "Recipe design": {
    learn: "I want to design my own recipe with a lye calculator instead of copying one.",
    teach: "I design recipes with a lye calculator and can explain superfat, water and oil choices.",
  },
  Curing: {
    learn: "I never know when a bar has cured long enough to use or give away.",
    teach: "I can explain curing, water discounts and how to tell when a bar is really ready.",
  },
  Packaging: {
    learn: "I need packaging that protects the bars, looks good and doesn't cost much.",
    teach: "I package for markets with paper wraps and labels that follow the rules.",
  },
  "Selling at markets": {
    learn: "I'd like to sell at a local market one day and have no idea how to price a bar.",
    teach: "I have sold at markets for six seasons, from pricing and insurance to the stall display.",
  },
  "Liquid soap": {
    learn: "I'm curious about liquid soap made with potassium hydroxide.",
    teach: "I make liquid soap with potassium hydroxide and can walk through the paste and dilution.",
  },
  "Shampoo bars": {
    learn: "I want to make a shampoo bar that works on curly hair.",
    teach: "I formulate shampoo bars and know which oils and surfactants suit which kind of hair.",
  },
};
const TOPIC_NAMES = Object.keys(TOPICS);

const MENTEE_OPENINGS = [
  "I joined the circle last month.",
  "I've watched soap videos for a year and finally bought supplies.",
  "My grandmother made soap and I want to carry it on.",
  "I already make candles and would like to add soap.",
  "I have sensitive skin and want to know what goes into my soap.",
  "A friend gave me a soap kit for my birthday.",
  "I want a calm hobby away from screens.",
  "I'd like to make gifts for my family this winter.",
];
const MENTEE_CLOSINGS = [
  "Evenings are best for me.",
  "Weekends work better than weekdays.",
  "I learn best by doing and asking lots of questions.",
  "I'm slow but careful, so patience would help.",
  "I'd love honest feedback on photos of my batches.",
  "",
];
const MENTOR_CLOSINGS = [
  "I like to look at photos of every batch together.",
  "I remember my own first seized batch, so no question is silly.",
  "I keep a notebook of failures and share it gladly.",
  "I prefer short, regular calls and a shared document of notes.",
];
const YEARS = [4, 12, 7, 20, 3, 9, 15, 6, 10, 5, 8, 25];
const CADENCES: Cadence[] = ["WEEKLY", "FORTNIGHTLY", "FLEXIBLE", "WEEKLY", "MONTHLY", "FORTNIGHTLY"];

/** The cast key of a cohort member: their email's local part. */
const keyOf = ([name]: Member) =>
  name
    .normalize("NFD")
    .replace(/[^A-Za-z ]/g, "")
    .toLowerCase()
    .replace(/ /g, ".");

const topicsAt = (indexes: number[]) => [...new Set(indexes.map((k) => TOPIC_NAMES[k % TOPIC_NAMES.length]!))];

function mentorSpec(member: Member, j: number): ApplicationSpec {
  const topics = topicsAt([2 * j, 2 * j + 1, 3 * j + 5]);
  return {
    who: keyOf(member),
    role: "MENTOR",
    state: "APPROVED",
    daysAgo: 11 - j * 0.5,
    capacity: COHORT_MENTOR_CAPACITY,
    cadence: CADENCES[j % CADENCES.length],
    topics,
    story: [
      `I've made soap for ${YEARS[j]} years.`,
      ...topics.map((t) => TOPICS[t]!.teach),
      MENTOR_CLOSINGS[j % MENTOR_CLOSINGS.length],
    ].join(" "),
    decidedBy: j % 3 === 0 ? "diego" : undefined,
  };
}

function menteeSpec(member: Member, i: number): ApplicationSpec {
  const topics = topicsAt([5 * i, 5 * i + 3, 5 * i + 7]).slice(0, 1 + (i % 3));
  return {
    who: keyOf(member),
    role: "MENTEE",
    state: "APPROVED",
    daysAgo: 10 - i * 0.25,
    cadence: CADENCES[(i + 1) % CADENCES.length],
    topics,
    story: [
      MENTEE_OPENINGS[i % MENTEE_OPENINGS.length],
      ...topics.slice(0, 2).map((t) => TOPICS[t]!.learn),
      MENTEE_CLOSINGS[i % MENTEE_CLOSINGS.length],
    ]
      .filter(Boolean)
      .join(" "),
    message: i % 4 === 0 ? "Welcome! We'll introduce you to a mentor very soon." : undefined,
  };
}

export const COHORT_PROGRAM: ProgramSpec = {
  group: COHORT_GROUP,
  template: "SKILL_BUILDING",
  name: COHORT_NAME,
  description:
    "Six weeks to get better at one part of soap making, with a mentor from the circle. Applications are in and approved: the next step is matching.",
  state: "OPEN",
  topics: TOPIC_NAMES,
  createdBy: "amara",
  timeline: [14, 12],
  applications: [...MENTORS.map(mentorSpec), ...MENTEES.map(menteeSpec)],
  pairings: [],
};

/**
 * Adds the cohort's people to the demo: accounts (with the demo password) and active memberships of the circle,
 * and their cast keys, so seed-programs.ts can place their applications.
 */
export async function seedCohortMembers(
  db: PrismaClient,
  cast: Record<string, { id: string; name: string }>,
  password: string,
): Promise<void> {
  const passwordHash = await hashForTests(password);
  const members = [...MENTORS, ...MENTEES];
  const users = await db.user.createManyAndReturn({
    select: { id: true, name: true, email: true },
    data: members.map((m) => ({
      name: m[0],
      email: `${keyOf(m)}@kinship.test`,
      passwordHash,
      emailVerifiedAt: new Date(),
      timeZone: m[1],
      languages: m[2],
    })),
  });
  const group = await db.group.findUniqueOrThrow({ where: { slug: COHORT_GROUP }, select: { id: true } });
  await db.membership.createMany({
    data: users.map((u, k) => ({
      groupId: group.id,
      userId: u.id,
      role: "MEMBER" as const,
      status: "ACTIVE" as const,
      joinedAt: new Date(Date.now() - (40 - k * 0.5) * 24 * 60 * 60 * 1000),
    })),
  });
  for (const u of users) cast[u.email.split("@")[0]!] = { id: u.id, name: u.name };
}
