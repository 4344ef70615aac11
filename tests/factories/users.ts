/**
 * Test factories, shared by the integration tests, the e2e tests and the demo seed. They take the Prisma client
 * to write with, so they run against whichever database the caller chose.
 */
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "@/lib/db/generated/client";

let sequence = 0;

// The app's argon2id parameters; each distinct password is hashed once per process and reused.
const hashCache = new Map<string, Promise<string>>();
export function hashForTests(password: string): Promise<string> {
  let h = hashCache.get(password);
  if (!h) {
    h = hash(password, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    hashCache.set(password, h);
  }
  return h;
}

export const DEFAULT_PASSWORD = "correct horse battery staple";

export type UserOverrides = {
  name?: string;
  email?: string;
  password?: string | null;
  bio?: string;
  timeZone?: string;
  languages?: string[];
  /** Default true: demo and test accounts have proved their address (issue 15). */
  verified?: boolean;
};

export async function createUser(db: PrismaClient, overrides: UserOverrides = {}) {
  sequence += 1;
  const suffix = `${Date.now().toString(36)}${sequence}`;
  const password = overrides.password === undefined ? DEFAULT_PASSWORD : overrides.password;
  return db.user.create({
    data: {
      name: overrides.name ?? `Test User ${sequence}`,
      email: (overrides.email ?? `user-${suffix}@example.test`).toLowerCase(),
      passwordHash: password === null ? null : await hashForTests(password),
      bio: overrides.bio ?? "",
      timeZone: overrides.timeZone ?? "UTC",
      languages: overrides.languages ?? ["English"],
      emailVerifiedAt: overrides.verified === false ? null : new Date(),
    },
  });
}
