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

/** The seed's group admin (scripts/db/seed.ts): the reader of the outbox in development when no operator is named. */
export const DEMO_ADMIN_EMAIL = "amara@kinship.test";

type Reader = "operator" | "group-admin" | null;

/**
 * Who may read the outbox: the instance's operators (KINSHIP_OPERATORS), and in development, when none is named, the
 * demo admin. Running a group is not enough: anyone can create one, and the outbox holds every member's mail (links
 * that sign in or unsubscribe in one click).
 */
function readerOf(actor: SessionUser): Reader {
  const { operators, NODE_ENV } = env();
  const email = actor.email.toLowerCase();
  if (operators.includes(email)) return "operator";
  if (NODE_ENV === "development" && operators.length === 0 && email === DEMO_ADMIN_EMAIL) return "group-admin";
  return null;
}

/**
 * The development outbox: with no SMTP server, sent emails are kept and shown here. Outside production (or with
 * KINSHIP_DEV_OUTBOX), and only to its readers (`readerOf`); everyone else gets NOT_FOUND. An operator sees every
 * email; the demo admin only those addressed to members of the groups she owns or administers, and account emails
 * (`account.*`: verification, reset and change-of-address links) only when addressed to her.
 */
export async function findOutbox(actor: SessionUser): Promise<OutboxEmailDto[]> {
  if (env().NODE_ENV === "production" && !env().KINSHIP_DEV_OUTBOX) throw new AppError("NOT_FOUND");
  const reader = readerOf(actor);
  if (!reader) throw new AppError("NOT_FOUND");
  const rows = await db.email.findMany({
    where:
      reader === "operator"
        ? {}
        : {
            user: {
              memberships: {
                some: {
                  status: "ACTIVE",
                  group: {
                    memberships: {
                      some: { userId: actor.id, status: "ACTIVE", role: { in: ["OWNER", "ADMIN"] } },
                    },
                  },
                },
              },
            },
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
