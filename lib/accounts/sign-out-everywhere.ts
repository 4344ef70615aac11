import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";

/** Revokes every session of the user, on every device: tokens issued before now stop working. */
export async function signOutEverywhere(actor: SessionUser): Promise<void> {
  await db.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
}
