import "server-only";
import PgBoss from "pg-boss";
import pg from "pg";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
// Jobs run services: features must have plugged into the general parts first (decision 021).
import "@/lib/wiring";
import { EMAIL_CHANNEL } from "@/lib/notifications/notify";
import { pendingEmailIds, sendEmail } from "./send-email";
import { buildDigests } from "./digest";
import { prune } from "./prune";
import { flagStalledPairings, sendStepReminders } from "@/lib/pairings/reminders";
import { sendUnreadMessageEmails } from "@/lib/chat/unread-emails";
import { eraseDueAccounts } from "@/lib/accounts/deletion/erase-account";
import { buildDataExport, expireDataExports } from "@/lib/accounts/export/build-export";
import { pendingExportIds } from "@/lib/accounts/export/request-export";
import { EXPORT_CHANNEL } from "@/lib/accounts/export/constants";

export const QUEUES = {
  sendEmail: "email-send",
  sweepEmail: "email-sweep",
  digest: "email-digest",
  prune: "prune",
  pairingReminders: "pairing-reminders",
  unreadMessages: "chat-unread-emails",
  accountErasure: "account-erasure",
  dataExport: "account-data-export",
  dataExportSweep: "account-data-export-sweep",
} as const;

export type Worker = { stop: () => Promise<void> };

/**
 * Background work on PostgreSQL (pg-boss): emails (retried with backoff, idempotent), a sweep that re-queues
 * anything left behind, the daily digest, hourly step reminders and stalled-pair flags, members' data archives
 * (woken by NOTIFY, swept every 5 minutes, expired files deleted) and the hourly erasure of deleted accounts. Runs inside each app
 * instance, or alone with `npm run worker`.
 */
export async function startWorker(options: { databaseUrl?: string } = {}): Promise<Worker> {
  const connectionString = options.databaseUrl ?? env().DATABASE_URL;
  const boss = new PgBoss({ connectionString, schema: "pgboss", max: 4 });
  boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
  await boss.start();
  for (const name of Object.values(QUEUES)) await boss.createQueue(name);

  const enqueuePending = async () => {
    for (const emailId of await pendingEmailIds()) {
      await boss.send(
        QUEUES.sendEmail,
        { emailId },
        { singletonKey: emailId, retryLimit: 5, retryDelay: 5, retryBackoff: true },
      );
    }
  };

  const enqueueExports = async () => {
    for (const exportId of await pendingExportIds()) {
      await boss.send(QUEUES.dataExport, { exportId }, { singletonKey: exportId, retryLimit: 2, retryDelay: 30 });
    }
  };

  // A burst (a cohort of 30 pairs notifies 60 people) drains in a few polls: 20 jobs at a time, 5 sent at once.
  // sendEmail is idempotent, so a batch that fails as a whole is retried without sending anything twice.
  await boss.work<{ emailId: string }>(
    QUEUES.sendEmail,
    { batchSize: 20, pollingIntervalSeconds: 0.5 },
    async (jobs) => {
      const failures: unknown[] = [];
      for (let i = 0; i < jobs.length; i += 5) {
        const results = await Promise.allSettled(jobs.slice(i, i + 5).map((job) => sendEmail(job.data.emailId)));
        for (const r of results) if (r.status === "rejected") failures.push(r.reason);
      }
      if (failures.length) throw failures[0];
    },
  );
  await boss.work(QUEUES.sweepEmail, async () => enqueuePending());
  await boss.work(QUEUES.digest, async () => {
    const n = await buildDigests();
    logger.info({ digests: n }, "daily digests built");
  });
  await boss.work(QUEUES.prune, async () => logger.info(await prune(), "pruned old rows"));
  await boss.work(QUEUES.pairingReminders, async () => {
    const reminded = await sendStepReminders();
    const stalled = await flagStalledPairings();
    logger.info({ reminded, stalled }, "pairing reminders sent");
  });
  await boss.work(QUEUES.unreadMessages, async () => {
    const emailed = await sendUnreadMessageEmails();
    if (emailed) logger.info({ emailed }, "unread message emails queued");
  });
  await boss.work<{ exportId: string }>(QUEUES.dataExport, async ([job]) => {
    if (job) await buildDataExport(job.data.exportId);
  });
  await boss.work(QUEUES.dataExportSweep, async () => {
    await enqueueExports();
    const expired = await expireDataExports();
    if (expired) logger.info({ expired }, "expired data exports deleted");
  });
  await boss.work(QUEUES.accountErasure, async () => {
    const outcome = await eraseDueAccounts();
    if (outcome.erased || outcome.blocked) logger.info(outcome, "account erasure sweep");
  });
  await boss.schedule(QUEUES.sweepEmail, "* * * * *");
  await boss.schedule(QUEUES.dataExportSweep, "*/5 * * * *");
  // Erasure is due 7 days after the request; an hour late is fine, and a cancelled one is never touched.
  await boss.schedule(QUEUES.accountErasure, "15 * * * *", undefined, { tz: "UTC" });
  await boss.schedule(QUEUES.unreadMessages, "* * * * *");
  // Hourly, so each reminder reaches people in their own morning, whatever their time zone.
  await boss.schedule(QUEUES.pairingReminders, "5 * * * *", undefined, { tz: "UTC" });
  await boss.schedule(QUEUES.prune, "30 3 * * *", undefined, { tz: "UTC" });
  await boss.schedule(QUEUES.digest, "0 7 * * *", undefined, { tz: "UTC" });

  // NOTIFY from a committed notification wakes the sender at once; the sweep catches anything missed.
  const listener = new pg.Client({ connectionString });
  await listener.connect();
  listener.on("notification", (message) => {
    if (message.channel === EXPORT_CHANNEL)
      void enqueueExports().catch((error) => logger.error({ err: error }, "export enqueue failed"));
    else void enqueuePending().catch((error) => logger.error({ err: error }, "email enqueue failed"));
  });
  listener.on("error", (error) => logger.error({ err: error }, "email listener error"));
  await listener.query(`LISTEN ${EMAIL_CHANNEL}`);
  await listener.query(`LISTEN ${EXPORT_CHANNEL}`);
  await enqueuePending();
  await enqueueExports();

  return {
    stop: async () => {
      await listener.end().catch(() => undefined);
      await boss.stop({ graceful: true, timeout: 5000 });
    },
  };
}
