import "server-only";
import { db } from "@/lib/db";
import { conflict, isUniqueViolation } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/notify";
import { authorizeProgram } from "@/lib/programs/scope";
import { ZMatchInput } from "./schemas";

export type MatchResult = { pairingId: string; threadId: string };

type Locked = {
  id: string;
  userId: string;
  role: "MENTOR" | "MENTEE";
  state: string;
  capacity: number | null;
  name: string;
  member: boolean;
};

/**
 * An admin matches a mentor with a mentee. One transaction creates the pairing, its thread, the introduction as
 * the thread's first message, both applications' MATCHED state, the audit event and both people's notifications:
 * all of it or none of it. Both application rows are locked (in id order, so two matches never deadlock), so two
 * admins clicking at once are decided one after the other: a mentor never exceeds their capacity and a mentee
 * never has two active pairings (the partial unique index says so too). The loser gets a 409 saying why.
 */
export async function matchPair(actor: SessionUser, programId: string, raw: unknown): Promise<MatchResult> {
  const input = ZMatchInput.parse(raw);
  try {
    return await db.$transaction(
      async (tx) => {
        const { program, group } = await authorizeProgram(actor, "pairings.manage", programId, tx);
        if (program.archivedAt || program.state === "CLOSED" || program.state === "DRAFT")
          throw conflict("Pairs are matched while a program is open or running.");
        if (!group.mentorshipEnabled) throw conflict("Switch mentorship on for the group first.");

        const ids = [input.menteeApplicationId, input.mentorApplicationId];
        const rows = await tx.$queryRaw<Locked[]>`
          SELECT a.id, a."userId", a.role::text AS role, a.state::text AS state, a.capacity, u.name,
            EXISTS (SELECT 1 FROM "Membership" m
                    WHERE m."groupId" = ${group.id} AND m."userId" = a."userId" AND m.status = 'ACTIVE') AS member
          FROM "Application" a JOIN "User" u ON u.id = a."userId"
          WHERE a.id = ANY(${ids}) AND a."programId" = ${program.id}
          ORDER BY a.id
          FOR UPDATE OF a`;
        const mentee = rows.find((r) => r.id === input.menteeApplicationId && r.role === "MENTEE");
        const mentor = rows.find((r) => r.id === input.mentorApplicationId && r.role === "MENTOR");
        if (!mentee || !mentor) throw conflict("Choose an approved mentee and an approved mentor of this program.");
        if (mentee.userId === mentor.userId) throw conflict("Someone cannot mentor themselves.");
        if (!mentee.member || !mentor.member)
          throw conflict(`${!mentee.member ? mentee.name : mentor.name} is no longer a member of the group.`);
        if (mentee.state === "MATCHED") throw conflict(`${mentee.name} already has a mentor in this program.`);
        if (mentee.state !== "APPROVED") throw conflict(`Approve ${mentee.name}'s application before matching.`);
        if (mentor.state !== "APPROVED" && mentor.state !== "MATCHED")
          throw conflict(`Approve ${mentor.name}'s application before matching.`);

        const capacity = mentor.capacity ?? program.defaultMentorCapacity;
        const active = await tx.pairing.count({ where: { mentorApplicationId: mentor.id, state: "ACTIVE" } });
        if (active >= capacity) throw conflict(`${mentor.name} has no places left (${active} of ${capacity} taken).`);

        const pairing = await tx.pairing.create({
          data: {
            programId: program.id,
            mentorApplicationId: mentor.id,
            menteeApplicationId: mentee.id,
            mentorId: mentor.userId,
            menteeId: mentee.userId,
            introduction: input.introduction,
            createdById: actor.id,
            thread: {
              create: {
                messages: {
                  create: {
                    clientId: "introduction",
                    authorId: actor.id,
                    kind: "INTRODUCTION",
                    body: input.introduction,
                  },
                },
              },
            },
          },
          select: { id: true, thread: { select: { id: true } } },
        });
        await tx.application.updateMany({ where: { id: { in: ids } }, data: { state: "MATCHED" } });
        await recordAudit(tx, {
          groupId: group.id,
          actorId: actor.id,
          action: "pairing.create",
          targetType: "pairing",
          targetId: pairing.id,
          data: { program: program.name, mentor: mentor.name, mentee: mentee.name },
        });
        const url = `/groups/${group.slug}/mentorship/${program.id}`;
        for (const [who, other, as] of [
          [mentee, mentor, "mentor"],
          [mentor, mentee, "mentee"],
        ] as const)
          await notify(tx, {
            recipients: [who.userId],
            kind: "pairing.matched",
            groupId: group.id,
            title: `Meet your ${as}, ${other.name}`,
            body: `You're matched in ${program.name}. Your private thread opens with the admins' introduction.`,
            url,
            actionLabel: "Say hello",
            dedupeKey: `pairing-matched:${pairing.id}:${who.userId}`,
          });
        return { pairingId: pairing.id, threadId: pairing.thread!.id };
      },
      // Many admins' clicks queue on the same rows: wait for the lock rather than fail.
      { maxWait: 10_000, timeout: 20_000 },
    );
  } catch (error) {
    // The partial unique index: another transaction gave this mentee an active pairing first.
    if (isUniqueViolation(error)) throw conflict("That mentee was just matched by someone else.");
    throw error;
  }
}
