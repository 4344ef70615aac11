import "server-only";
import { db } from "@/lib/db";
import { assertPlausibleKey, notFound } from "@/lib/errors";
import type { Actor, PairingScope } from "@/lib/auth/policy";
import type { Resolver } from "@/lib/auth/authorize";
import {
  groupWithStandingSelect,
  standingFrom,
  type GroupContext,
  type GroupRow,
  type MembershipRow,
} from "@/lib/groups/scope";
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
  /** The two participants as the pair's pages show them (name, photo, time zone). */
  people: { mentor: PersonRow; mentee: PersonRow };
  /** The pairing's thread, once matching has opened it. */
  threadId: string | null;
};

export type PersonRow = {
  id: string;
  name: string;
  image: string | null;
  timeZone: string;
  photoVersion: string | null;
};
export const personSelect = { id: true, name: true, image: true, timeZone: true, photoVersion: true } as const;

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
} as const;

/**
 * The pairing with its program, its program's group and the actor's standing there, its two people and its
 * thread's id, as one nested select: with relation joins it is one SQL statement (issue 18), for the pairing's
 * loader and the thread's.
 */
export function pairingWithScopeSelect(actor: Actor) {
  return {
    ...pairingSelect,
    program: { select: { ...programSelect, group: { select: groupWithStandingSelect(actor) } } },
    mentor: { select: personSelect },
    mentee: { select: personSelect },
    thread: { select: { id: true } },
  } as const;
}

type PairingWithScopeRow = Omit<PairingRecord, "program"> & {
  program: ProgramRow & { group: GroupRow & { memberships?: MembershipRow[]; invitations?: { id: string }[] } };
  mentor: PersonRow;
  mentee: PersonRow;
  thread: { id: string } | null;
};

/** The context and scope of a pairing read with `pairingWithScopeSelect`. */
export function pairingContextFrom(
  actor: Actor,
  row: PairingWithScopeRow,
): { context: PairingContext; scope: PairingScope } {
  const { program: programWithGroup, mentor, mentee, thread, ...rest } = row;
  const { group: groupRow, ...program } = programWithGroup;
  const context = standingFrom(groupRow);
  const pairing: PairingRecord = { ...rest, program };
  const pairingScope: PairingScope = {
    kind: "pairing",
    mentorId: pairing.mentorId,
    menteeId: pairing.menteeId,
    state: pairing.state,
    group: context.scope,
    programState: pairing.program.state,
  };
  const side = actor?.id === pairing.mentorId ? "MENTOR" : actor?.id === pairing.menteeId ? "MENTEE" : null;
  return {
    context: {
      ...context,
      program,
      pairing,
      pairingScope,
      side,
      people: { mentor, mentee },
      threadId: thread?.id ?? null,
    },
    scope: pairingScope,
  };
}

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
  const row = await tx.pairing.findUnique({ where: { id: pairingId }, select: pairingWithScopeSelect(actor) });
  if (!row) throw notFound();
  return pairingContextFrom(actor, row as PairingWithScopeRow);
};

declare module "@/lib/auth/authorize" {
  interface Resolvers {
    pairingId: PairingContext;
  }
}
