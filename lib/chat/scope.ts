import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertPlausibleKey, notFound } from "@/lib/errors";
import type { Actor, ThreadScope } from "@/lib/auth/policy";
import type { Resolver } from "@/lib/auth/authorize";
import { pairingContextFrom, pairingWithScopeSelect, personSelect, type PairingContext } from "@/lib/pairings/scope";

export type ThreadContext = PairingContext & {
  thread: { id: string; pairingId: string };
  /** The two participants' read marks (the thread page's "seen" and the reader's own mark). */
  reads: { userId: string; lastReadSeq: bigint }[];
  /** The actor's address is confirmed (false also for an actor who is not a participant: the policy refuses them). */
  actorVerified: boolean;
};

/**
 * The loader of a thread: its scope is its pairing's. The policy lets only the two participants, while active
 * members of the group, read it (everyone else, the group's admins included, gets NOT_FOUND); writing needs the
 * pairing to be active: an ended pairing's thread stays readable for the one still there.
 *
 * One statement (relation joins): the thread, its pairing and program, the group, the actor's membership and live
 * invitation there, and whether each participant's address is confirmed. A send runs this on every message.
 */
export const resolveThread: Resolver<ThreadContext> = async (actor, threadId, options) => {
  assertPlausibleKey(threadId);
  return readThread(actor, { id: threadId }, options.tx ?? db);
};

/** The same, by the thread's pairing (the thread page's address is its pairing's). */
export const resolveThreadOfPairing: Resolver<ThreadContext> = async (actor, pairingId, options) => {
  assertPlausibleKey(pairingId);
  return readThread(actor, { pairingId }, options.tx ?? db);
};

/** The thread, its read marks and its pairing's whole scope in one statement (relation joins, issue 18). */
async function readThread(actor: Actor, where: { id: string } | { pairingId: string }, tx: Tx) {
  const row = await tx.thread.findUnique({
    where: where as { id: string },
    select: {
      id: true,
      pairingId: true,
      reads: { select: { userId: true, lastReadSeq: true } },
      pairing: {
        select: {
          ...pairingWithScopeSelect(actor),
          mentor: { select: { ...personSelect, emailVerifiedAt: true } },
          mentee: { select: { ...personSelect, emailVerifiedAt: true } },
        },
      },
    },
  });
  if (!row) throw notFound();
  const { pairing: withAddresses, reads, ...thread } = row;
  const { mentor: mentorRow, mentee: menteeRow, ...pairing } = withAddresses;
  const { emailVerifiedAt: mentorVerifiedAt, ...mentor } = mentorRow;
  const { emailVerifiedAt: menteeVerifiedAt, ...mentee } = menteeRow;
  const { context } = pairingContextFrom(actor, { ...pairing, mentor, mentee } as Parameters<
    typeof pairingContextFrom
  >[1]);
  // Sending needs a confirmed address (decision 018): read here, in the same statement, for the actor's side.
  const verifiedAt =
    actor?.id === pairing.mentorId ? mentorVerifiedAt : actor?.id === pairing.menteeId ? menteeVerifiedAt : null;
  const scope: ThreadScope = { kind: "thread", pairing: context.pairingScope };
  return { context: { ...context, thread, reads, actorVerified: verifiedAt !== null }, scope };
}

declare module "@/lib/auth/authorize" {
  interface Resolvers {
    threadId: ThreadContext;
    threadOfPairingId: ThreadContext;
  }
}

/** The user ids who may read a thread right now (for the realtime stream's check at delivery). */
export async function threadReaders(threadIds: string[], client: Tx = db): Promise<Map<string, Set<string>>> {
  if (threadIds.length === 0) return new Map();
  const rows = await client.$queryRaw<{ threadId: string; userId: string }[]>`
    SELECT t.id AS "threadId", u."userId"
    FROM "Thread" t
    JOIN "Pairing" p ON p.id = t."pairingId"
    JOIN "Program" pr ON pr.id = p."programId"
    JOIN "Group" g ON g.id = pr."groupId" AND g."archivedAt" IS NULL
    CROSS JOIN LATERAL (VALUES (p."mentorId"), (p."menteeId")) AS u("userId")
    JOIN "Membership" m ON m."groupId" = g.id AND m."userId" = u."userId" AND m.status = 'ACTIVE'
    WHERE t.id = ANY(${threadIds})`;
  const readers = new Map<string, Set<string>>();
  for (const r of rows) {
    let set = readers.get(r.threadId);
    if (!set) readers.set(r.threadId, (set = new Set()));
    set.add(r.userId);
  }
  return readers;
}
