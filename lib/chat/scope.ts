import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertPlausibleKey, conflict, notFound } from "@/lib/errors";
import type { Actor } from "@/lib/auth/policy";
import { authorizePairingAction, type PairingContext } from "@/lib/pairings/scope";

/**
 * A thread's scope is its pairing's: only the two participants, while active members of the group, may read it
 * (everyone else, the group's admins included, gets NOT_FOUND). Writing needs the pairing to be active: an ended
 * pairing's thread stays readable for the one still there.
 */
export async function authorizeThread(
  actor: Actor,
  threadId: string,
  access: "read" | "write",
  tx: Tx = db,
): Promise<PairingContext & { thread: { id: string; pairingId: string } }> {
  assertPlausibleKey(threadId);
  const thread = await tx.thread.findUnique({ where: { id: threadId }, select: { id: true, pairingId: true } });
  if (!thread) throw notFound();
  const context = await authorizePairingAction(actor, "thread.read", thread.pairingId, tx);
  if (access === "write" && context.pairing.state !== "ACTIVE")
    throw conflict("This mentorship has ended: the conversation stays readable, but no new messages can be sent.");
  return { ...context, thread };
}

/** The user ids who may read a thread right now (for the realtime stream's check at delivery). */
export async function threadReaders(threadIds: string[]): Promise<Map<string, Set<string>>> {
  if (threadIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ threadId: string; userId: string }[]>`
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
