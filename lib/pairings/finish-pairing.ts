import "server-only";
import { groupAdminIds } from "@/lib/groups/admin-ids";
import { db, type Tx } from "@/lib/db";
import { conflict, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { assertCan } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/notify";
import { closePairing } from "./end-pairing";
import { authorize } from "@/lib/auth/authorize";
import type { PairingRecord } from "./scope";
import { clockStart, progressOf } from "./progress";
import { ZLeavePairingInput } from "./schemas";

async function allStepsComplete(tx: Tx, pairing: PairingRecord): Promise<boolean> {
  const [steps, checkIns] = await Promise.all([
    tx.programStep.findMany({
      where: { programId: pairing.programId, removedAt: null },
      select: { id: true, position: true, dueWeek: true },
    }),
    tx.checkIn.findMany({ where: { pairingId: pairing.id }, select: { stepId: true, userId: true } }),
  ]);
  const clockStartedAt = clockStart(pairing.startedAt, pairing.program.startedAt);
  return progressOf(steps, checkIns, { ...pairing, clockStartedAt }).allComplete;
}

async function markCompleted(tx: Tx, pairing: PairingRecord, groupId: string) {
  await tx.pairing.update({
    where: { id: pairing.id },
    data: { state: "COMPLETED", completedAt: new Date(), lastActivityAt: new Date(), stalledAt: null },
  });
  await notify(tx, {
    recipients: [pairing.mentorId, pairing.menteeId],
    kind: "pairing.completion",
    groupId,
    message: { key: "completed", values: { program: pairing.program.name } },
    url: `/pairings/${pairing.id}#feedback`,
    dedupeKey: `pairing-completed:${pairing.id}`,
  });
}

/**
 * Either participant proposes completion once every step is complete; when the other has already proposed it,
 * this confirms it and the pairing completes. Both are then asked for feedback.
 */
export async function proposeCompletion(
  actor: SessionUser,
  pairingId: string,
): Promise<{ state: "PROPOSED" | "COMPLETED" }> {
  return db.$transaction(async (tx) => {
    const { pairing, group, side } = await authorize(actor, "pairing.checkin", { pairingId }, { tx, lock: "update" });
    if (!(await allStepsComplete(tx, pairing))) throw conflict(msg("errors.pairings.completeStepsFirst"));
    const partnerId = side === "MENTOR" ? pairing.menteeId : pairing.mentorId;
    if (pairing.completionProposedById === partnerId) {
      await markCompleted(tx, pairing, group.id);
      return { state: "COMPLETED" };
    }
    if (pairing.completionProposedById === actor.id) return { state: "PROPOSED" };
    await tx.pairing.update({
      where: { id: pairing.id },
      data: { completionProposedById: actor.id, completionProposedAt: new Date(), lastActivityAt: new Date() },
    });
    await notify(tx, {
      recipients: [partnerId],
      kind: "pairing.completion",
      groupId: group.id,
      message: { key: "completionProposed", values: { name: actor.name } },
      url: `/pairings/${pairing.id}`,
      dedupeKey: `pairing-proposed:${pairing.id}:${actor.id}`,
    });
    return { state: "PROPOSED" };
  });
}

/** An admin of the program completes an active pairing (when the pair forgot to, say). */
export async function completeByAdmin(actor: SessionUser, pairingId: string): Promise<{ state: "COMPLETED" }> {
  return db.$transaction(async (tx) => {
    const { pairing, group, scope } = await authorize(actor, "pairing.progress", { pairingId }, { tx, lock: "update" });
    // The pair is visible to its participants and the group's admins (others: NOT_FOUND); only admins act here.
    assertCan(actor, "pairings.manage", scope);
    if (pairing.state !== "ACTIVE") throw conflict(msg("errors.pairings.alreadyFinished"));
    await markCompleted(tx, pairing, group.id);
    await recordAudit(tx, {
      groupId: group.id,
      actorId: actor.id,
      action: "pairing.complete",
      targetType: "pairing",
      targetId: pairing.id,
      data: { program: pairing.program.name },
    });
    return { state: "COMPLETED" };
  });
}

/**
 * A participant ends their mentorship early. The reason is for the admins only; the other participant is told the
 * mentorship has ended, never why. The mentee can be matched again.
 */
export async function leavePairing(actor: SessionUser, pairingId: string, raw: unknown): Promise<{ state: "ENDED" }> {
  const input = ZLeavePairingInput.parse(raw);
  return db.$transaction(async (tx) => {
    const { pairing, group, side } = await authorize(actor, "pairing.checkin", { pairingId }, { tx, lock: "update" });
    await closePairing(tx, pairing, { reason: input.reason, endedById: actor.id, mentee: "APPROVED" });
    const partnerId = side === "MENTOR" ? pairing.menteeId : pairing.mentorId;
    await recordAudit(tx, {
      groupId: group.id,
      actorId: actor.id,
      action: "pairing.end",
      targetType: "pairing",
      targetId: pairing.id,
      data: { program: pairing.program.name },
    });
    const admins = await groupAdminIds(tx, [group.id], [pairing.mentorId, pairing.menteeId]);
    await notify(tx, {
      recipients: admins.get(group.id)!,
      kind: "pairing.ended",
      groupId: group.id,
      message: { key: "leftEarlyAdmins", values: { name: actor.name, program: pairing.program.name } },
      url: `/groups/${group.slug}/mentorship/${pairing.programId}/pairings?state=ENDED`,
      dedupeKey: `pairing-left:${pairing.id}`,
    });
    await notify(tx, {
      recipients: [partnerId],
      kind: "pairing.ended",
      groupId: group.id,
      message: { key: "leftEarlyPartner", values: { name: actor.name, program: pairing.program.name } },
      url: `/pairings/${pairing.id}`,
      dedupeKey: `pairing-ended:${pairing.id}:${partnerId}`,
    });
    return { state: "ENDED" };
  });
}
