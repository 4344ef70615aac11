import "server-only";
import { db } from "@/lib/db";
import { deliver } from "@/lib/email/transport";
import { logger } from "@/lib/log";

export const MAX_ATTEMPTS = 6;

type Claimed = {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  kind: string;
  userId: string | null;
};

/**
 * Sends one email, exactly once however many times it is queued: the row is locked for the send (a duplicate
 * job skips it) and marked SENT in the same transaction. A failure records the error and throws, so the queue
 * retries with backoff; after MAX_ATTEMPTS the email is FAILED.
 */
export async function sendEmail(emailId: string): Promise<"sent" | "skipped"> {
  let failure: unknown;
  const result = await db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<Claimed[]>`
        SELECT id, "to", subject, text, html, kind, "userId" FROM "Email"
        WHERE id = ${emailId} AND status = 'PENDING'
        FOR UPDATE SKIP LOCKED`;
      const email = rows[0];
      if (!email) return "skipped" as const;
      try {
        // Mail clients' one-click unsubscribe (RFC 8058) POSTs to the API twin of the link in the email.
        const unsubscribe = email.html
          .match(/href="([^"]*\/unsubscribe\?token=[^"]*)"/)?.[1]
          ?.replaceAll("&amp;", "&")
          .replace("/unsubscribe?", "/api/v1/unsubscribe?");
        const via = await deliver({
          to: email.to,
          subject: email.subject,
          text: email.text,
          html: email.html,
          ...(unsubscribe
            ? {
                headers: {
                  "List-Unsubscribe": `<${unsubscribe}>`,
                  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                },
              }
            : {}),
        });
        await tx.email.update({
          where: { id: email.id },
          data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
        });
        logger.info({ emailId, via, kind: email.kind }, "email sent");
        return "sent" as const;
      } catch (error) {
        failure = error;
        const updated = await tx.email.update({
          where: { id: email.id },
          data: { attempts: { increment: 1 }, lastError: String((error as Error)?.message ?? error).slice(0, 500) },
        });
        if (updated.attempts >= MAX_ATTEMPTS)
          await tx.email.update({ where: { id: email.id }, data: { status: "FAILED" } });
        return "skipped" as const;
      }
    },
    { timeout: 60_000 },
  );
  if (failure) throw failure;
  return result;
}

/** Emails waiting to go out (new, or due for another try). */
export async function pendingEmailIds(limit = 100): Promise<string[]> {
  const rows = await db.email.findMany({
    where: { status: "PENDING", attempts: { lt: MAX_ATTEMPTS } },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
