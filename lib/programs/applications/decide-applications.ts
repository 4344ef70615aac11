import "server-only";
import { db } from "@/lib/db";
import { conflict, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudits } from "@/lib/audit/record";
import { notify } from "@/lib/notifications/notify";
import { authorize } from "@/lib/auth/authorize";
import { ZDecideApplicationsInput, type Decision } from "../schemas";
import { applicationTransition, type ApplicationState } from "../state-machine";

/** Why an application was left as it was. */
export type SkipReason =
  | { id: string; reason: "not-found" }
  | { id: string; reason: "own" }
  | { id: string; reason: "not-member" }
  | { id: string; reason: "state"; state: ApplicationState };

export type DecideApplicationsResult = {
  decision: Decision;
  decided: number;
  /** How many of each role took the decision (a filtered view can span both). */
  decidedByRole: Record<"MENTOR" | "MENTEE", number>;
  /** Ids that could not take this decision (already decided that way, withdrawn, matched, another program's). */
  skipped: string[];
  /** Why each skipped id was left as it was, in the order of `skipped`. */
  reasons: SkipReason[];
};

/**
 * Approve, waitlist or decline applications, one or many, of either role, with an optional message to the
 * applicants. Approving does not match: matching is its own step. In one transaction each row is locked and its
 * state read again, so two admins deciding at once decide each application once, and the result says what was
 * decided and why the rest were left; ids of other programs' applications change nothing.
 */
export async function decideApplications(
  actor: SessionUser,
  programId: string,
  raw: unknown,
): Promise<DecideApplicationsResult> {
  const input = ZDecideApplicationsInput.parse(raw);
  const ids = [...new Set(input.ids)];
  return db.$transaction(async (tx) => {
    const { group, program } = await authorize(actor, "applications.review", { programId }, { tx });
    if (program.archivedAt) throw conflict(msg("errors.programs.archivedNoChange"));
    const rows = await tx.$queryRaw<
      {
        id: string;
        userId: string;
        role: "MENTOR" | "MENTEE";
        state: ApplicationState;
        name: string;
        member: boolean;
      }[]
    >`
      SELECT a.id, a."userId", a.role::text AS role, a.state::text AS state, u.name,
        EXISTS (SELECT 1 FROM "Membership" m
                WHERE m."groupId" = ${group.id} AND m."userId" = a."userId" AND m.status = 'ACTIVE') AS member
      FROM "Application" a JOIN "User" u ON u.id = a."userId"
      WHERE a.id = ANY(${ids}) AND a."programId" = ${program.id}
      ORDER BY a.id
      FOR UPDATE OF a`;
    const now = new Date();
    const decided: typeof rows = [];
    const left = new Map<string, SkipReason>();
    let next: ApplicationState | null = null;
    for (const row of rows) {
      // Nobody decides their own application; someone who left or was removed can only be declined.
      if (row.userId === actor.id) left.set(row.id, { id: row.id, reason: "own" });
      else if (!row.member && input.decision !== "decline") left.set(row.id, { id: row.id, reason: "not-member" });
      else {
        const result = applicationTransition(row.state, input.decision);
        if (!result.ok) left.set(row.id, { id: row.id, reason: "state", state: row.state });
        else {
          next = result.state;
          decided.push(row);
        }
      }
    }
    if (next && decided.length) {
      await tx.application.updateMany({
        where: { id: { in: decided.map((r) => r.id) }, programId: program.id },
        data: {
          state: next,
          decidedAt: now,
          decidedById: actor.id,
          decisionMessage: input.message || null,
        },
      });
      await recordAudits(
        tx,
        decided.map((row) => ({
          groupId: group.id,
          actorId: actor.id,
          action: `application.${input.decision}`,
          targetType: "application",
          targetId: row.id,
          data: { userId: row.userId, name: row.name, role: row.role, program: program.name },
        })),
      );
      const url = `/groups/${group.slug}/mentorship/${program.id}`;
      for (const role of ["MENTOR", "MENTEE"] as const) {
        const recipients = decided.filter((r) => r.role === role).map((r) => r.userId);
        await notify(tx, {
          recipients,
          kind: "program.application_decided",
          groupId: group.id,
          message: {
            key:
              input.decision === "approve"
                ? "applicationApproved"
                : input.decision === "waitlist"
                  ? "applicationWaitlisted"
                  : "applicationDeclined",
            // The admins' message, when they wrote one, is shown as written.
            values: {
              role,
              program: program.name,
              hasMessage: input.message ? "yes" : "no",
              message: input.message ?? "",
            },
          },
          url,
          dedupeKey: `application-decided:${program.id}:${input.decision}:${role}:${now.getTime()}`,
        });
      }
    }
    const decidedIds = new Set(decided.map((r) => r.id));
    const skipped = ids.filter((id) => !decidedIds.has(id));
    return {
      decision: input.decision,
      decided: decided.length,
      decidedByRole: {
        MENTOR: decided.filter((r) => r.role === "MENTOR").length,
        MENTEE: decided.filter((r) => r.role === "MENTEE").length,
      },
      skipped,
      reasons: skipped.map((id) => left.get(id) ?? { id, reason: "not-found" as const }),
    };
  });
}
