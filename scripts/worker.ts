/**
 * `npm run worker`: the background worker on its own (emails, digests), for deployments that run it apart from
 * the app (then start the app with KINSHIP_WORKER=off). Uses DATABASE_URL, or the embedded database.
 */
import { resolveDatabase } from "./db/database-url";
import { localAuthSecret } from "./secrets";

const secret = localAuthSecret();
if (!secret) {
  console.error("AUTH_SECRET is not set. In production the worker will not start without it.");
  process.exit(1);
}
process.env.AUTH_SECRET = secret;

const { url, cluster } = await resolveDatabase();
process.env.DATABASE_URL = url;
const { startWorker } = await import("../lib/jobs/worker");
const worker = await startWorker({ databaseUrl: url });
console.log("Kinship worker running. Press Ctrl+C to stop.");
const stop = async () => {
  await worker.stop();
  await cluster?.stop();
  process.exit(0);
};
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());
