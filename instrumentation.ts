/**
 * Runs once when an app instance starts: the background worker (pg-boss) starts with it unless
 * KINSHIP_WORKER=off (for deployments that run `npm run worker` separately).
 */
export async function register() {
  // NEXT_RUNTIME and NEXT_PHASE are set by Next.js; KINSHIP_WORKER is read here, before any app module loads.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.KINSHIP_WORKER === "off" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startWorker } = await import("@/lib/jobs/worker");
  const { logger } = await import("@/lib/log");
  try {
    // Its connections close with the process; Next.js owns the signal handling.
    await startWorker();
    logger.info("background worker started");
  } catch (error) {
    logger.error({ err: error }, "background worker failed to start; emails wait in the outbox until it runs");
  }
}
