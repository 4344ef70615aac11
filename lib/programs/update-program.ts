import "server-only";
import { db } from "@/lib/db";
import { conflict, invalid, msg } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import { ZProgramUpdateInput } from "./schemas";

const FIELDS = [
  "name",
  "description",
  "audience",
  "lengthWeeks",
  "defaultMentorCapacity",
  "allowDualRole",
  "acceptWhileRunning",
  "topics",
] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Admins edit a program's details; only the fields sent change. Archived programs are read-only. */
export async function updateProgram(
  actor: SessionUser,
  programId: string,
  raw: unknown,
): Promise<{ id: string; changed: string[] }> {
  const input = ZProgramUpdateInput.parse(raw);
  return db.$transaction(async (tx) => {
    const { program, group } = await authorize(actor, "mentorship.manage", { programId }, { tx, lock: "update" });
    if (program.archivedAt) throw conflict(msg("errors.programs.archivedNoChange"));
    const changed = FIELDS.filter((f) => input[f] !== undefined && !same(input[f], program[f]));
    if (changed.length === 0) return { id: program.id, changed };
    if (changed.includes("lengthWeeks") && input.lengthWeeks) {
      const late = await tx.programStep.findFirst({
        where: { programId: program.id, removedAt: null, dueWeek: { gt: input.lengthWeeks } },
        orderBy: { dueWeek: "desc" },
        select: { title: true, dueWeek: true },
      });
      if (late)
        throw invalid({
          lengthWeeks: [msg("errors.programs.stepTooLate", { title: late.title, week: late.dueWeek })],
        });
    }
    await tx.program.update({
      where: { id: program.id },
      data: Object.fromEntries(changed.map((f) => [f, input[f]])),
    });
    await recordAudit(tx, {
      groupId: group.id,
      actorId: actor.id,
      action: "program.update",
      targetType: "program",
      targetId: program.id,
      data: { program: input.name ?? program.name, fields: changed },
    });
    return { id: program.id, changed };
  });
}
