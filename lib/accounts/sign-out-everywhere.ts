import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { notify } from "@/lib/notifications/notify";

/** Revokes every session of the user, on every device: tokens issued before now stop working. */
export async function signOutEverywhere(actor: SessionUser): Promise<void> {
  await db.$transaction(async (tx) => {
    const { sessionVersion } = await tx.user.update({
      where: { id: actor.id },
      data: { sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    // A security notice, always emailed: if this was not you, you want to know.
    await notify(tx, {
      recipients: [actor.id],
      kind: "account.sessions_revoked",
      message: { key: "signedOutEverywhere" },
      url: "/settings/account",
      dedupeKey: `sessions-revoked:${actor.id}:${sessionVersion}`,
    });
  });
}
