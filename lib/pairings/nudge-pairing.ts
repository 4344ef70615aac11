import "server-only";
import { db } from "@/lib/db";
import { conflict, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { assertCan } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/notify";
import { authorize } from "@/lib/auth/authorize";
import { ZNudgeInput } from "./schemas";

/**
 * An admin nudges a quiet pair with one click: a friendly note to both participants (the admin's own words, or a
 * kind default). Once a day per pairing, so a double click or a second admin does not nag them twice.
 */
export async function nudgePairing(
  actor: SessionUser,
  pairingId: string,
  raw: unknown = {},
): Promise<{ nudged: boolean }> {
  const input = ZNudgeInput.parse(raw ?? {});
  return db.$transaction(async (tx) => {
    const { pairing, group, scope } = await authorize(actor, "pairing.progress", { pairingId }, { tx, lock: "update" });
    // The pair is visible to its participants and the group's admins (others: NOT_FOUND); only admins act here.
    assertCan(actor, "pairings.manage", scope);
    if (pairing.state !== "ACTIVE") throw conflict(msg("errors.pairings.nudgeActiveOnly"));
    const since = new Date(Date.now() - 24 * 60 * 60 * 1000);
    const recent = await tx.reminderDelivery.findFirst({
      where: { kind: "nudge", pairingId: pairing.id, sentAt: { gt: since } },
      select: { id: true },
    });
    if (recent) return { nudged: false };
    await tx.reminderDelivery.create({ data: { kind: "nudge", pairingId: pairing.id } });
    await notify(tx, {
      recipients: [pairing.mentorId, pairing.menteeId],
      kind: "pairing.nudge",
      groupId: group.id,
      // The admin's own words, when they wrote some, are shown as written.
      message: {
        key: "nudge",
        values: {
          name: actor.name,
          program: pairing.program.name,
          hasMessage: input.message ? "yes" : "no",
          message: input.message ?? "",
        },
      },
      url: `/pairings/${pairing.id}`,
      dedupeKey: `nudge:${pairing.id}:${new Date().toISOString().slice(0, 13)}`,
    });
    await recordAudit(tx, {
      groupId: group.id,
      actorId: actor.id,
      action: "pairing.nudge",
      targetType: "pairing",
      targetId: pairing.id,
      data: { program: pairing.program.name },
    });
    return { nudged: true };
  });
}
