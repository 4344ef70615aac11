import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertPlausibleKey, conflict, notFound } from "@/lib/errors";
import {
  assertCan,
  canSee,
  type Actor,
  type GroupPermission,
  type PairingPermission,
  type PairingScope,
} from "@/lib/auth/policy";
import { loadGroupContext, type GroupContext } from "@/lib/groups/scope";
import { authorizeProgram, type ProgramContext } from "@/lib/programs/scope";

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
  program: {
    id: string;
    name: string;
    groupId: string;
    archivedAt: Date | null;
    lengthWeeks: number | null;
    /** When the program moved OPEN → RUNNING: no pair's step clock starts before it (decision 015). */
    startedAt: Date | null;
  };
};

export type PairingContext = GroupContext & {
  pairing: PairingRecord;
  pairingScope: PairingScope;
  /** The actor's side of the pairing, or null for an admin looking at progress. */
  side: "MENTOR" | "MENTEE" | null;
};

const pairingSelect = {
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
  program: { select: { id: true, name: true, groupId: true, archivedAt: true, lengthWeeks: true, startedAt: true } },
} as const;

/**
 * The one read of a pairing's row, for both doors below. `lock` takes the row's lock first (check-ins, completion,
 * ending), so two people changing one pairing go one after the other. A pairing that does not exist is NOT_FOUND.
 */
async function loadPairing(tx: Tx, pairingId: string, options: { lock?: boolean }): Promise<PairingRecord> {
  assertPlausibleKey(pairingId);
  if (options.lock) await tx.$queryRaw`SELECT id FROM "Pairing" WHERE id = ${pairingId} FOR UPDATE`;
  const pairing = await tx.pairing.findUnique({ where: { id: pairingId }, select: pairingSelect });
  if (!pairing) throw notFound();
  return pairing as PairingRecord;
}

/**
 * Resolves a pairing's scope from the pairing: its program's group and the actor's standing there. Only its two
 * participants (while active members) and the group's admins may know it exists; anyone else gets NOT_FOUND, as for
 * a pairing that does not exist. `lock` takes the pairing's row lock first (check-ins, completion, ending).
 */
export async function loadPairingContext(
  actor: Actor,
  pairingId: string,
  tx: Tx = db,
  options: { lock?: boolean } = {},
): Promise<PairingContext> {
  const pairing = await loadPairing(tx, pairingId, options);
  let context: GroupContext;
  try {
    context = await loadGroupContext(actor, { id: pairing.program.groupId }, tx);
  } catch {
    throw notFound();
  }
  const pairingScope: PairingScope = {
    kind: "pairing",
    mentorId: pairing.mentorId,
    menteeId: pairing.menteeId,
    state: pairing.state,
    group: context.scope,
  };
  if (!canSee(actor, pairingScope)) throw notFound();
  const side = actor?.id === pairing.mentorId ? "MENTOR" : actor?.id === pairing.menteeId ? "MENTEE" : null;
  return { ...context, pairing, pairingScope, side };
}

const PARTICIPANT_ONLY: ReadonlySet<PairingPermission> = new Set([
  "pairing.read",
  "pairing.checkin",
  "thread.read",
  "thread.write",
]);

/**
 * Loads the pairing and asserts one pairing permission: the first line of every pairing service. What only the two
 * participants may do answers NOT_FOUND to everyone else, the group's admins included: the pair's words are not
 * theirs to know about.
 */
export async function authorizePairingAction(
  actor: Actor,
  permission: PairingPermission,
  pairingId: string,
  tx: Tx = db,
  options: { lock?: boolean } = {},
): Promise<PairingContext> {
  const context = await loadPairingContext(actor, pairingId, tx, options);
  if (PARTICIPANT_ONLY.has(permission) && context.side === null) throw notFound();
  // A participant who can still read a finished pairing is told why nothing more can be written.
  if ((permission === "pairing.checkin" || permission === "thread.write") && context.pairing.state !== "ACTIVE")
    throw conflict(
      context.pairing.state === "COMPLETED" ? "This mentorship is complete." : "This mentorship has ended.",
    );
  assertCan(actor, permission, context.pairingScope);
  return context;
}

/**
 * Resolves a pairing's scope from the pairing itself (its program, then its group) and asserts a GROUP permission
 * there: the door of the admins' pairing services (ending, moving). Unlike `authorizePairingAction`, the pairing
 * is not hidden from members who are not in it: like the program it belongs to, they may know it exists, and are
 * refused (403) rather than told it does not exist. With `lock`, the pairing's row is locked first, so two admins
 * ending or moving one pairing go one after the other.
 */
export async function authorizePairing(
  actor: Actor,
  permission: GroupPermission,
  pairingId: string,
  tx: Tx,
  options: { lock?: boolean } = {},
): Promise<ProgramContext & { pairing: PairingRecord }> {
  const pairing = await loadPairing(tx, pairingId, options);
  const context = await authorizeProgram(actor, permission, pairing.programId, tx);
  return { ...context, pairing };
}
