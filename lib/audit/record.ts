import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/db/generated/client";
import type { AuditAction } from "./actions";

export type AuditInput = {
  groupId: string;
  actorId: string;
  action: AuditAction;
  targetType: string;
  targetId: string;
  data?: Prisma.InputJsonValue;
};

/** Many events of one bulk action in one statement (a bulk decision over 100 rows stays one round trip). */
export async function recordAudits(tx: Tx, events: AuditInput[]): Promise<void> {
  if (events.length === 0) return;
  await tx.auditEvent.createMany({ data: events.map((e) => ({ ...e, data: e.data ?? {} })) });
}

/** Records who did what, in the same transaction as the action, so the log and the change never disagree. */
export async function recordAudit(tx: Tx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      groupId: event.groupId,
      actorId: event.actorId,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      data: event.data ?? {},
    },
  });
}
