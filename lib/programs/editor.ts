import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db";
import { conflict, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import type { ProgramContext } from "./scope";

/** Shared by the steps and questions editors: who may edit, when, and how a change is recorded. */

/** The program, locked for the change, if the actor manages it and it can still change. */
export async function loadEditableProgram(
  actor: SessionUser,
  programId: string,
  tx: Tx,
  what: "steps" | "questions",
): Promise<ProgramContext> {
  const context = await authorize(actor, "mentorship.manage", { programId }, { tx, lock: "update" });
  if (context.program.archivedAt) throw conflict(msg("errors.programs.archivedNoChange"));
  if (context.program.state === "CLOSED") throw conflict(msg("errors.programs.closedNoChange", { what }));
  return context;
}

/** A new order must name every current item exactly once; anything else means the page was stale. */
export function assertSameItems(ids: string[], current: { id: string }[], what: "steps" | "questions") {
  const known = new Set(current.map((c) => c.id));
  if (ids.length !== known.size || new Set(ids).size !== ids.length || !ids.every((id) => known.has(id)))
    throw conflict(msg("errors.programs.itemsChanged", { what }));
}

/** Positions 0..n-1 in the given order, in one statement. */
export async function setPositions(tx: Tx, table: "ProgramStep" | "ApplicationQuestion", ids: string[]) {
  await tx.$executeRaw`
    UPDATE ${Prisma.raw(`"${table}"`)} t SET position = o.n - 1
    FROM unnest(${ids}::text[]) WITH ORDINALITY AS o(id, n)
    WHERE t.id = o.id AND t.position <> o.n - 1`;
}

export async function auditEdit(
  tx: Tx,
  actor: SessionUser,
  { group, program }: ProgramContext,
  action: "program.steps" | "program.questions",
  change: "add" | "edit" | "remove" | "reorder",
) {
  await recordAudit(tx, {
    groupId: group.id,
    actorId: actor.id,
    action,
    targetType: "program",
    targetId: program.id,
    data: { program: program.name, change },
  });
}
