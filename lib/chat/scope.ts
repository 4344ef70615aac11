import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertPlausibleKey, notFound } from "@/lib/errors";
import type { ThreadScope } from "@/lib/auth/policy";
import type { Resolver } from "@/lib/auth/authorize";
import { pairingContextOf, pairingSelect, type PairingContext, type PairingRecord } from "@/lib/pairings/scope";
import { programSelect } from "@/lib/programs/scope";
import {
  groupContextOf,
  groupSelect,
  liveInvitationOf,
  membershipSelect,
  type GroupRow,
  type MembershipRow,
} from "@/lib/groups/scope";

export type ThreadContext = PairingContext & {
  thread: { id: string; pairingId: string };
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
  const tx = options.tx ?? db;
  assertPlausibleKey(threadId);
  const row = await tx.thread.findUnique({
    where: { id: threadId },
    select: {
      id: true,
      pairingId: true,
      pairing: {
        select: {
          ...pairingSelect,
          mentor: { select: { emailVerifiedAt: true } },
          mentee: { select: { emailVerifiedAt: true } },
          program: {
            select: {
              ...programSelect,
              group: {
                select: {
                  ...groupSelect,
                  memberships: { where: { userId: actor?.id ?? "" }, select: membershipSelect, take: 1 },
                  invitations: { where: liveInvitationOf(actor?.id ?? ""), select: { id: true }, take: 1 },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!row) throw notFound();
  const { mentor, mentee, program, ...pairing } = row.pairing;
  const { group, ...programRow } = program;
  const { memberships, invitations, ...groupRow } = group;
  const groupContext = groupContextOf(
    groupRow as GroupRow,
    actor ? ((memberships[0] as MembershipRow | undefined) ?? null) : null,
    actor !== null && invitations.length > 0,
  );
  const { context, scope } = pairingContextOf(
    actor,
    { ...pairing, program: programRow } as PairingRecord,
    groupContext,
  );
  const verifiedAt =
    actor?.id === pairing.mentorId
      ? mentor.emailVerifiedAt
      : actor?.id === pairing.menteeId
        ? mentee.emailVerifiedAt
        : null;
  const threadScope: ThreadScope = { kind: "thread", pairing: scope };
  return {
    context: { ...context, thread: { id: row.id, pairingId: row.pairingId }, actorVerified: verifiedAt !== null },
    scope: threadScope,
  };
};

declare module "@/lib/auth/authorize" {
  interface Resolvers {
    threadId: ThreadContext;
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
