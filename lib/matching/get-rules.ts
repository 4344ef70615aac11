import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { readRules, type MatchingRules } from "./rules";

/** The program's hard rules, for its owners and admins (anyone else: as `authorize` answers). */
export async function getMatchingRules(actor: Actor, programId: string): Promise<MatchingRules> {
  const { program } = await authorize(actor, "pairings.manage", { programId });
  const row = await db.program.findUniqueOrThrow({ where: { id: program.id }, select: { matchingRules: true } });
  return readRules(row.matchingRules);
}
