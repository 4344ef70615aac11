/**
 * Demo data: believable people with fixed demo accounts. Later issues extend it (groups, programs, pairings).
 * Uses the test factories, so the seed and the tests build data the same way.
 */
import type { PrismaClient } from "../../lib/db/generated/client";
import { createUser } from "../../tests/factories/users";
import { seedGroups } from "./seed-groups";
import { seedCohortMembers } from "./seed-matching";
import { seedPrograms } from "./seed-programs";
import { seedProgress } from "./seed-progress";

export const DEMO_PASSWORD = "kinship-demo-2026";

export const DEMO_ACCOUNTS = [
  {
    role: "Group admin",
    name: "Amara Okafor",
    email: "amara@kinship.test",
    timeZone: "Europe/London",
    languages: ["English", "Igbo"],
    bio: "Runs the soap-making circle and the first-gen college circle.",
  },
  {
    role: "Mentor",
    name: "Diego Ramírez",
    email: "diego@kinship.test",
    timeZone: "America/Mexico_City",
    languages: ["Spanish", "English"],
    bio: "Twelve years of cold-process soap. Happy to share every mistake I made.",
  },
  {
    role: "Mentor",
    name: "Mei Chen",
    email: "mei@kinship.test",
    timeZone: "America/Los_Angeles",
    languages: ["English", "Mandarin"],
    bio: "First in my family to go to college; now a counsellor.",
  },
  {
    role: "Mentee",
    name: "Sam Patel",
    email: "sam@kinship.test",
    timeZone: "America/New_York",
    languages: ["English", "Gujarati"],
    bio: "Starting out with melt-and-pour, curious about lye.",
  },
  {
    role: "Mentee",
    name: "Lina Haddad",
    email: "lina@kinship.test",
    timeZone: "Europe/Berlin",
    languages: ["Arabic", "German", "English"],
    bio: "First-year student figuring things out.",
  },
] as const;

export async function isEmpty(db: PrismaClient): Promise<boolean> {
  return (await db.user.count()) === 0;
}

/** More community members, so groups feel lived in (same demo password). */
const NEIGHBOURS = [
  {
    key: "ruth",
    name: "Ruth Abebe",
    email: "ruth@kinship.test",
    timeZone: "Africa/Addis_Ababa",
    languages: ["Amharic", "English"],
    bio: "Parent, soaper, runner.",
  },
  {
    key: "kofi",
    name: "Kofi Mensah",
    email: "kofi@kinship.test",
    timeZone: "Africa/Accra",
    languages: ["English", "Twi"],
    bio: "Moved from banking to teaching at 41.",
  },
  {
    key: "ana",
    name: "Ana Souza",
    email: "ana@kinship.test",
    timeZone: "America/Sao_Paulo",
    languages: ["Portuguese", "English"],
    bio: "Nurse turned UX researcher.",
  },
  {
    key: "jo",
    name: "Jo Lindqvist",
    email: "jo@kinship.test",
    timeZone: "Europe/Stockholm",
    languages: ["Swedish", "English"],
    bio: "Peer supporter and early riser.",
  },
] as const;

const KEYS = ["amara", "diego", "mei", "sam", "lina"] as const;

export async function seed(db: PrismaClient): Promise<void> {
  const cast: Record<string, { id: string; name: string }> = {};
  for (const [i, account] of DEMO_ACCOUNTS.entries()) {
    cast[KEYS[i]!] = await createUser(db, {
      name: account.name,
      email: account.email,
      password: DEMO_PASSWORD,
      timeZone: account.timeZone,
      languages: [...account.languages],
      bio: account.bio,
    });
  }
  for (const n of NEIGHBOURS) {
    cast[n.key] = await createUser(db, {
      name: n.name,
      email: n.email,
      password: DEMO_PASSWORD,
      timeZone: n.timeZone,
      languages: [...n.languages],
      bio: n.bio,
    });
  }
  await seedGroups(db, cast);
  await seedCohortMembers(db, cast, DEMO_PASSWORD);
  await seedPrograms(db, cast);
  await seedProgress(db, cast);
}

export function describeDemoAccounts(): string {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  return [
    `Demo accounts (password for all: ${DEMO_PASSWORD}):`,
    ...DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(width)}  ${a.role}, ${a.name}`),
  ].join("\n");
}
