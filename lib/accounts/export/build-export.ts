import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { storage } from "@/lib/storage";
import { queueAccountEmail } from "@/lib/email/account-email";
import { collectMemberData } from "./collect";
import { ZipWriter } from "./zip-writer";
import { EXPORT_LEASE_MS, EXPORT_TTL_MS, exportPagePath } from "./constants";

const README = `Your Kinship data
=================

Everything you wrote on Kinship, and what Kinship keeps about you, as JSON files:

profile.json        your profile
memberships.json    the groups you belong to or asked to join, with your answers to their questions
posts.json          your posts
comments.json       your comments
applications.json   your applications to mentorship programs, with your answers
pairings.json       the mentorships you were part of
check-ins.json      your own check-ins
messages.json       the messages you wrote
feedback.json       the feedback you gave
notifications.json  the notifications you received

Other people's words (your partner's check-ins and messages, others' posts) are theirs, so they are not here.
`;

/**
 * Builds one archive. Safe with two workers and with retries: the build takes a lease first (a conditional update),
 * and only the holder of the lease marks it ready; a run that lost the race deletes its file.
 */
export async function buildDataExport(exportId: string, now: Date = new Date()): Promise<"built" | "skipped"> {
  const { count } = await db.dataExport.updateMany({
    where: {
      id: exportId,
      status: "PENDING",
      OR: [{ startedAt: null }, { startedAt: { lt: new Date(now.getTime() - EXPORT_LEASE_MS) } }],
    },
    data: { startedAt: now },
  });
  if (count === 0) return "skipped";
  const row = await db.dataExport.findUniqueOrThrow({
    where: { id: exportId },
    select: { userId: true, user: { select: { name: true, email: true, erasedAt: true, deletionRequestedAt: true } } },
  });
  // A member who asked to be deleted gets no new copy of their data (checked again when it is marked ready).
  if (row.user.erasedAt || row.user.deletionRequestedAt) {
    await db.dataExport.update({ where: { id: exportId }, data: { status: "FAILED" } });
    return "skipped";
  }

  const key = `exports/${row.userId}/${randomBytes(16).toString("hex")}.zip`;
  try {
    const zip = new ZipWriter();
    zip.text("README.txt", README);
    const counts = await collectMemberData(zip, row.userId);
    const body = await zip.finish();
    await storage().put(key, body, "application/zip");
    const done = await db.$transaction(async (tx) => {
      // Under the user's row lock (the erasure takes it too): if a deletion was asked for or an erasure ran while
      // the zip was built, the archive is not kept; the caller deletes the file.
      const [user] = await tx.$queryRaw<{ gone: boolean }[]>`
        SELECT ("deletionRequestedAt" IS NOT NULL OR "erasedAt" IS NOT NULL) AS gone FROM "User"
        WHERE id = ${row.userId} FOR SHARE`;
      if (!user || user.gone) {
        await tx.dataExport.updateMany({ where: { id: exportId, startedAt: now }, data: { status: "FAILED" } });
        return false;
      }
      const marked = await tx.dataExport.updateMany({
        where: { id: exportId, status: "PENDING", startedAt: now },
        data: {
          status: "READY",
          fileKey: key,
          size: body.length,
          readyAt: new Date(),
          expiresAt: new Date(Date.now() + EXPORT_TTL_MS),
        },
      });
      if (marked.count === 0) return false;
      await queueAccountEmail(tx, {
        idempotencyKey: `data-export:${exportId}`,
        userId: row.userId,
        to: row.user.email,
        recipientName: row.user.name,
        kind: "account.data_export_ready",
        compose: (t) => ({
          subject: t("email.dataExport.subject"),
          lines: [t("email.dataExport.ready"), t("email.dataExport.linkWorks")],
          action: { label: t("email.dataExport.action"), url: `${env().APP_URL}${exportPagePath(exportId)}` },
        }),
      });
      return true;
    });
    if (!done) await storage().delete(key);
    else logger.info({ exportId, bytes: body.length, ...counts }, "data export built");
    return done ? "built" : "skipped";
  } catch (error) {
    await storage()
      .delete(key)
      .catch(() => undefined);
    await db.dataExport.updateMany({ where: { id: exportId, startedAt: now }, data: { status: "FAILED" } });
    throw error;
  }
}

/** Deletes the files of archives past their 7 days (the row stays, EXPIRED, so the link can say so). */
export async function expireDataExports(now: Date = new Date()): Promise<number> {
  const rows = await db.dataExport.findMany({
    where: { status: "READY", expiresAt: { lte: now } },
    select: { id: true, fileKey: true },
    take: 200,
  });
  for (const row of rows) {
    if (row.fileKey) await storage().delete(row.fileKey);
    await db.dataExport.update({ where: { id: row.id }, data: { status: "EXPIRED", fileKey: null } });
  }
  return rows.length;
}
