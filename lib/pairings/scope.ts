import "server-only";
import { db } from "@/lib/db";
import { assertPlausibleKey, notFound } from "@/lib/errors";
import type { PairingScope } from "@/lib/auth/policy";
import type { Resolver } from "@/lib/auth/authorize";
import { readGroupContext, type GroupContext } from "@/lib/groups/scope";
import { programSelect, type ProgramRow } from "@/lib/programs/scope";

export type PairingRecord = {
  id: string;
  programId: string;
  state: "ACTIVE" | "COMPLETED" | "ENDED";
  mentorId: string;
  menteeId: string;
  mentorApplicationId: string;
  menteeApplicationId: string;
  introduction: string;
  goal: string | null;
  startedAt: Date;
  completedAt: Date | null;
  endedAt: Date | null;
  endedById: string | null;
  completionProposedById: string | null;
  completionProposedAt: Date | null;
  lastActivityAt: Date;
  stalledAt: Date | null;
  /** The pairing's program (its clock starts with the program's `startedAt`, decision 015). */
  program: ProgramRow;
};

export type PairingContext = GroupContext & {
  pairing: PairingRecord;
  program: ProgramRow;
  pairingScope: PairingScope;
  /** The actor's side of the pairing, or null for an admin looking at progress. */
  side: "MENTOR" | "MENTEE" | null;
};

export const pairingSelect = {
  id: true,
  programId: true,
  state: true,
  mentorId: true,
  menteeId: true,
  mentorApplicationId: true,
  menteeApplicationId: true,
  introduction: true,
  goal: true,
  startedAt: true,
  completedAt: true,
  endedAt: true,
  endedById: true,
  completionProposedById: true,
  completionProposedAt: true,
  lastActivityAt: true,
  stalledAt: true,
  program: { select: programSelect },
} as const;

/**
 * The one loader of a pairing: its row (with its program), its program's group and the actor's standing there.
 * `lock: "update"` takes the pairing's row lock first (check-ins, completion, ending, moving), so two people
 * changing one pairing go one after the other. A pairing that does not exist is NOT_FOUND. The policy decides the
 * rest: a participant's service (a pairing permission) answers NOT_FOUND to anyone but the two participants (and,
 * for progress, the group's admins); an admin's service (a group permission) treats the pairing like its program,
 * so a member who is not in it is refused with FORBIDDEN rather than told it does not exist.
 */
export const resolvePairing: Resolver<PairingContext> = async (actor, pairingId, { tx = db, lock }) => {
  assertPlausibleKey(pairingId);
  if (lock === "update") await tx.$queryRaw`SELECT id FROM "Pairing" WHERE id = ${pairingId} FOR UPDATE`;
  const row = await tx.pairing.findUnique({ where: { id: pairingId }, select: pairingSelect });
  if (!row) throw notFound();
  const context = await readGroupContext(actor, { id: row.program.groupId }, tx);
  return pairingContextOf(actor, row as PairingRecord, context);
};

/** The pairing's context from its row and its group's context (read together or one after the other). */
export function pairingContextOf(
  actor: { id: string } | null,
  pairing: PairingRecord,
  context: GroupContext,
): { context: PairingContext; scope: PairingScope } {
  const pairingScope: PairingScope = {
    kind: "pairing",
    mentorId: pairing.mentorId,
    menteeId: pairing.menteeId,
    state: pairing.state,
    group: context.scope,
    programState: pairing.program.state,
  };
  const side = actor?.id === pairing.mentorId ? "MENTOR" : actor?.id === pairing.menteeId ? "MENTEE" : null;
  return { context: { ...context, program: pairing.program, pairing, pairingScope, side }, scope: pairingScope };
}

declare module "@/lib/auth/authorize" {
  interface Resolvers {
    pairingId: PairingContext;
  }
}
