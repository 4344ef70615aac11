import "server-only";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorize } from "@/lib/auth/authorize";
import { applicationTransition, type ApplicationState } from "../state-machine";

/**
 * The applicant withdraws their own application (draft, pending, waitlisted or approved but not yet matched).
 * Only its owner may; to anyone else it does not exist. Works even when the program stopped taking applications.
 * A draft is discarded instead.
 */
export async function withdrawApplication(
  actor: SessionUser,
  applicationId: string,
): Promise<{ id: string; programId: string; state: ApplicationState }> {
  return db.$transaction(async (tx) => {
    // Only its applicant may; to anyone else it does not exist (the policy). The row stays locked until the end.
    const { application: row } = await authorize(
      actor,
      "application.change",
      { applicationId },
      { tx, lock: "update" },
    );
    // A draft was never seen by anyone: withdrawing it discards it, so it never reaches the reviewers' lists.
    if (row.state === "DRAFT") {
      await tx.application.delete({ where: { id: row.id } });
      return { id: row.id, programId: row.programId, state: "WITHDRAWN" as const };
    }
    const result = applicationTransition(row.state, "withdraw");
    if (!result.ok) throw conflict(result.reason);
    await tx.application.update({
      where: { id: row.id },
      data: { state: result.state, withdrawnAt: new Date() },
    });
    return { id: row.id, programId: row.programId, state: result.state };
  });
}
