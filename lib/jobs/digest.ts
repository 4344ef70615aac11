import "server-only";
import { db } from "@/lib/db";
import { renderEmail } from "@/lib/email/templates";
import { resolveLocale, translatorFor } from "@/lib/i18n/translator";
import { readNotification } from "@/lib/notifications/messages";
import { EMAIL_CHANNEL } from "@/lib/notifications/notify";

/**
 * The daily digest: for each person who chose it, one email listing the notifications of the previous day
 * (UTC), in their own language. Keyed by person and day, so running the job twice sends one digest.
 */
export async function buildDigests(day: Date = new Date()): Promise<number> {
  const end = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  const start = new Date(end.getTime() - 24 * 60 * 60 * 1000);
  const label = start.toISOString().slice(0, 10);
  const readers = await db.user.findMany({
    where: { emailDigest: true },
    select: { id: true, name: true, email: true, locale: true },
  });
  if (readers.length === 0) return 0;
  const items = await db.notification.findMany({
    where: {
      userId: { in: readers.map((r) => r.id) },
      createdAt: { gte: start, lt: end },
      kind: { not: "account.sessions_revoked" },
    },
    orderBy: { createdAt: "asc" },
    select: { userId: true, title: true, body: true, data: true },
  });
  let created = 0;
  for (const reader of readers) {
    const mine = items.filter((i) => i.userId === reader.id);
    if (mine.length === 0) continue;
    const locale = resolveLocale(reader.locale);
    const t = translatorFor(locale);
    const rendered = renderEmail({
      locale,
      recipientName: reader.name,
      subject: t("email.digest.subject", { count: mine.length }),
      lines: [
        t("email.digest.intro", { date: label }),
        ...mine.map((i) => t("email.digest.item", { title: readNotification(locale, i).title })),
      ],
      action: { label: t("email.digest.action"), url: "/notifications" },
      unsubscribeUrl: "/settings/notifications",
    });
    const result = await db.email.createMany({
      data: [
        {
          idempotencyKey: `digest:${reader.id}:${label}`,
          userId: reader.id,
          to: reader.email,
          kind: "digest",
          ...rendered,
        },
      ],
      skipDuplicates: true,
    });
    created += result.count;
  }
  if (created) await db.$executeRaw`SELECT pg_notify(${EMAIL_CHANNEL}, '')`;
  return created;
}
