import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record";
import { authorize } from "@/lib/auth/authorize";
import type { MatchingRules } from "./rules";
import { ZMatchingRules } from "./rules-schema";

/**
 * The admin sets the program's hard rules: pairs that break one are never suggested, drafted or matched without an
 * explicit override (decision 031).
 */
export async function setMatchingRules(actor: SessionUser, programId: string, raw: unknown): Promise<MatchingRules> {
  const rules = ZMatchingRules.parse(raw);
  return db.$transaction(async (tx) => {
    const { program, group } = await authorize(actor, "pairings.manage", { programId }, { tx, lock: "update" });
    await tx.program.update({ where: { id: program.id }, data: { matchingRules: rules } });
    await recordAudit(tx, {
      groupId: group.id,
      actorId: actor.id,
      action: "matching.rules",
      targetType: "program",
      targetId: program.id,
      data: { program: program.name, ...rules },
    });
    return rules;
  });
}
