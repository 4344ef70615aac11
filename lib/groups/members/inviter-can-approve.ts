import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/policy";
import { loadGroupContext } from "../scope";

/**
 * Whether an invitation admits at once: its inviter may approve members in the group now (at acceptance time,
 * not when they invited: an inviter since demoted or removed no longer lets people in).
 */
export async function inviterCanApprove(tx: Tx, groupId: string, inviterId: string): Promise<boolean> {
  try {
    const { scope } = await loadGroupContext({ id: inviterId }, { id: groupId }, tx);
    return can({ id: inviterId }, "members.approve", scope);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") return false;
    throw error;
  }
}
