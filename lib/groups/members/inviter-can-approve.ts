import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/auth/authorize";

/**
 * Whether an invitation admits at once: its inviter may approve members in the group now (at acceptance time,
 * not when they invited: an inviter since demoted or removed no longer lets people in).
 */
export async function inviterCanApprove(tx: Tx, groupId: string, inviterId: string): Promise<boolean> {
  try {
    await authorize({ id: inviterId }, "members.approve", { groupId }, { tx });
    return true;
  } catch (error) {
    // Refused: NOT_FOUND (they may no longer see the group) or FORBIDDEN (they may see it, not approve).
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) return false;
    throw error;
  }
}
