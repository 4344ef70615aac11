import "server-only";
import { db } from "@/lib/db";

/**
 * Signing in during the grace period cancels a pending deletion. Called from the one place every sign-in passes
 * (the session callback in lib/auth/config.ts, for passwords and OAuth alike). True when a deletion was cancelled.
 * An account already erased is untouched (it cannot sign in anyway: no password, no linked provider).
 */
export async function cancelDeletionOnSignIn(userId: string): Promise<boolean> {
  const { count } = await db.user.updateMany({
    where: { id: userId, deletionRequestedAt: { not: null }, erasedAt: null },
    data: { deletionRequestedAt: null },
  });
  return count > 0;
}
