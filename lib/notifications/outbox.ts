import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";

export type OutboxEmailDto = {
  id: string;
  to: string;
  kind: string;
  subject: string;
  text: string;
  status: string;
  createdAt: string;
  sentAt: string | null;
};

/**
 * The development outbox: with no SMTP server, sent emails are kept and shown here. Only in development and
 * test, and only to people who own or administer a group; production answers NOT_FOUND. Account emails (`account.*`:
 * verification, reset and change-of-address links) show only when addressed to the viewer.
 */
export async function findOutbox(actor: SessionUser): Promise<OutboxEmailDto[]> {
  if (env().NODE_ENV === "production" && !env().KINSHIP_DEV_OUTBOX) throw new AppError("NOT_FOUND");
  const admin = await db.membership.findFirst({
    where: { userId: actor.id, status: "ACTIVE", role: { in: ["OWNER", "ADMIN"] } },
    select: { id: true },
  });
  if (!admin) throw new AppError("NOT_FOUND");
  // Account emails carry sign-in links (reset, confirm, undo a change of address): only their own, never others'.
  const rows = await db.email.findMany({
    where: {
      OR: [{ NOT: { kind: { startsWith: "account." } } }, { to: { equals: actor.email, mode: "insensitive" } }],
    },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
  return rows.map((e) => ({
    id: e.id,
    to: e.to,
    kind: e.kind,
    subject: e.subject,
    text: e.text,
    status: e.status,
    createdAt: e.createdAt.toISOString(),
    sentAt: e.sentAt?.toISOString() ?? null,
  }));
}
