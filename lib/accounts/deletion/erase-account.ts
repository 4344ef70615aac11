import "server-only";
import { db, type Tx } from "@/lib/db";
import { logger } from "@/lib/log";
import { storage } from "@/lib/storage";
import { endPairingsOnDeparture } from "@/lib/pairings/end-on-departure";
import { findBlockingGroups } from "./blocking-groups";
import { DELETION_GRACE_MS, FORMER_MEMBER, erasedEmail } from "./constants";

/** Erasures per sweep: a backlog drains over several runs instead of one endless job. */
const SWEEP_BATCH = 50;

type Locked = { id: string; name: string; email: string };

export type EraseOutcome = "erased" | "not-due" | "blocked";

/**
 * Erases one account whose grace period has passed. Idempotent and safe beside another worker: the user's row is
 * locked and re-checked (still requested, past the grace period, not yet erased), so a second run, or a second
 * worker, finds nothing to do; a sign-in that cancelled in the meantime wins.
 *
 * What stays: the User row itself, renamed "Former member", so that posts, comments, messages, check-ins and
 * feedback stay readable to those who had them (decision 020). Everything personal on it is overwritten, and every
 * row that exists only for the member (sessions, linked providers, tokens, notifications, preferences, watches,
 * reactions, read marks, emails to them, exports) is deleted.
 */
export async function eraseAccount(userId: string, now: Date = new Date()): Promise<EraseOutcome> {
  const cutoff = new Date(now.getTime() - DELETION_GRACE_MS);
  // Files first: if the transaction then fails, the next sweep retries the whole erasure (deleting is idempotent).
  const due = await db.user.findFirst({
    where: { id: userId, erasedAt: null, deletionRequestedAt: { lte: cutoff } },
    select: { id: true },
  });
  if (!due) return "not-due";
  if ((await findBlockingGroups(userId)).length) return "blocked";
  await deleteFiles(userId);

  const outcome = await db.$transaction(
    async (tx): Promise<EraseOutcome> => {
      const [user] = await tx.$queryRaw<Locked[]>`
        SELECT id, name, email FROM "User"
        WHERE id = ${userId} AND "erasedAt" IS NULL AND "deletionRequestedAt" <= ${cutoff}
        FOR UPDATE`;
      if (!user) return "not-due";
      // A group handed to them during the grace period would be left without an owner: wait, and say so.
      if ((await findBlockingGroups(user.id, tx)).length) return "blocked";

      await leaveEverything(tx, user);
      await scrubAuditAndReasons(tx, user);
      await deleteOwnRows(tx, user);
      await tx.user.update({
        where: { id: user.id },
        data: {
          name: FORMER_MEMBER,
          email: erasedEmail(user.id),
          passwordHash: null,
          image: null,
          photoVersion: null,
          bio: "",
          timeZone: "UTC",
          languages: [],
          emailDigest: false,
          emailVerifiedAt: null,
          lastSignInAt: null,
          erasedAt: now,
          sessionVersion: { increment: 1 },
        },
      });
      return "erased";
    },
    { timeout: 60_000 },
  );
  // An archive build that stored its zip after the files were deleted above finds the account gone and is not
  // kept, but its file may already be there: delete the folder again now that the erasure is committed.
  if (outcome === "erased") await storage().deletePrefix(`exports/${userId}`);
  return outcome;
}

async function deleteFiles(userId: string): Promise<void> {
  await storage().deletePrefix(`photos/${userId}`);
  await storage().deletePrefix(`exports/${userId}`);
}

/**
 * Active pairings end (the partner is told the person is no longer a member, as when anyone leaves: never why),
 * applications are withdrawn and their answers erased, memberships and invitations to them go.
 */
async function leaveEverything(tx: Tx, user: Locked): Promise<void> {
  const groups = await tx.$queryRaw<{ groupId: string }[]>`
    SELECT pr."groupId" FROM "Pairing" p JOIN "Program" pr ON pr.id = p."programId"
    WHERE p.state = 'ACTIVE' AND (p."mentorId" = ${user.id} OR p."menteeId" = ${user.id})
    UNION
    SELECT "groupId" FROM "Membership" WHERE "userId" = ${user.id} AND status = 'ACTIVE'`;
  for (const { groupId } of groups)
    await endPairingsOnDeparture(tx, { groupId, userId: user.id, actorId: user.id, why: "left" });

  await tx.application.updateMany({
    where: { userId: user.id, state: { in: ["DRAFT", "PENDING", "WAITLISTED", "APPROVED"] } },
    data: { state: "WITHDRAWN", withdrawnAt: new Date() },
  });
  // Goals, experience and answers are about the person; the row stays for the program's counts and past pairs.
  await tx.application.updateMany({
    where: { userId: user.id },
    // The admin's decision message is addressed to them by name, as often as not.
    data: {
      answers: {},
      goals: "",
      experience: "",
      topics: [],
      languages: [],
      timeZone: null,
      cadence: null,
      decisionMessage: null,
    },
  });
  await tx.membership.deleteMany({ where: { userId: user.id } });
  await tx.invitation.deleteMany({ where: { inviteeId: user.id } });
}

/**
 * Audit rows keep their ids (who did what stays provable) but lose the name and address written into them when the
 * event happened: on events by or about the member, any value equal to their name or email becomes "Former member".
 * The private reason of a pairing that ended because they left ("Ana left the group.") is rewritten the same way.
 */
async function scrubAuditAndReasons(tx: Tx, user: Locked): Promise<void> {
  await tx.$executeRaw`
    UPDATE "AuditEvent" a SET data = (
      SELECT jsonb_object_agg(e.key,
        CASE WHEN jsonb_typeof(e.value) = 'string' AND e.value #>> '{}' IN (${user.name}, ${user.email})
          THEN to_jsonb(${FORMER_MEMBER}::text) ELSE e.value END)
      FROM jsonb_each(a.data) e)
    WHERE jsonb_typeof(a.data) = 'object'
      AND EXISTS (SELECT 1 FROM jsonb_each_text(a.data) t WHERE t.value IN (${user.name}, ${user.email}))
      AND (a."actorId" = ${user.id} OR a."targetId" = ${user.id}
        OR a.data ->> 'userId' = ${user.id} OR a.data ->> 'authorId' = ${user.id}
        OR a."targetId" IN (SELECT id FROM "Pairing" WHERE "mentorId" = ${user.id} OR "menteeId" = ${user.id})
        OR a."targetId" IN (SELECT id FROM "Application" WHERE "userId" = ${user.id}))`;
  await tx.$executeRaw`
    UPDATE "Pairing" SET "endReason" = ${FORMER_MEMBER} || substr("endReason", length(${user.name}) + 1)
    WHERE ("mentorId" = ${user.id} OR "menteeId" = ${user.id})
      AND left("endReason", length(${user.name}) + 1) = ${user.name} || ' '`;
}

/** Rows that exist only for the member. Reactions go too: a "like" by nobody in particular means nothing. */
async function deleteOwnRows(tx: Tx, user: Locked): Promise<void> {
  const userId = user.id;
  await tx.account.deleteMany({ where: { userId } });
  await tx.accountToken.deleteMany({ where: { userId } });
  await tx.notification.deleteMany({ where: { userId } });
  await tx.notificationPreference.deleteMany({ where: { userId } });
  await tx.programWatch.deleteMany({ where: { userId } });
  await tx.reaction.deleteMany({ where: { userId } });
  await tx.threadRead.deleteMany({ where: { userId } });
  await tx.realtimeEvent.deleteMany({ where: { userId } });
  await tx.reminderDelivery.deleteMany({ where: { userId } });
  // Emails to their address (and those sent before an account existed or with no user, as "someone tried to sign up").
  await tx.email.deleteMany({ where: { OR: [{ userId }, { to: { equals: user.email, mode: "insensitive" } }] } });
  await tx.dataExport.deleteMany({ where: { userId } });
}

/**
 * The hourly sweep: erases every account whose grace period has passed, a batch at a time. Each account is its own
 * transaction, so one failure does not hold back the rest (it is retried on the next run).
 */
export async function eraseDueAccounts(now: Date = new Date()): Promise<{ erased: number; blocked: number }> {
  const cutoff = new Date(now.getTime() - DELETION_GRACE_MS);
  const due = await db.user.findMany({
    where: { erasedAt: null, deletionRequestedAt: { lte: cutoff } },
    select: { id: true },
    orderBy: { deletionRequestedAt: "asc" },
    take: SWEEP_BATCH,
  });
  let erased = 0;
  let blocked = 0;
  for (const { id } of due) {
    try {
      const outcome = await eraseAccount(id, now);
      if (outcome === "erased") erased++;
      if (outcome === "blocked") blocked++;
    } catch (error) {
      logger.error({ err: error, userId: id }, "account erasure failed");
    }
  }
  if (blocked) logger.warn({ blocked }, "account erasures waiting on groups they own");
  return { erased, blocked };
}
