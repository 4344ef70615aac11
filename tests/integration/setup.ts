/**
 * Per test file: this worker's own database, cloned from the migrated template, emptied before each test.
 * DATABASE_URL is set before any app module is imported, so lib/db connects to it.
 */
import { afterAll, beforeEach, inject } from "vitest";
import pg from "pg";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { recreateDatabase, TEMPLATE_DB, truncateAll } from "../support/test-database";

const adminUrl = inject("adminUrl");
const worker = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? "0";
const url = await recreateDatabase(adminUrl, `kinship_test_w${worker}`, TEMPLATE_DB);

process.env.DATABASE_URL = url;
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
// Stored files (profile photos) go to a throwaway folder per test file, never into the repository's .data/files.
const filesDir = mkdtempSync(path.join(os.tmpdir(), "kinship-test-files-"));
process.env.KINSHIP_FILES_DIR = filesDir;
// NODE_ENV is "test" under vitest.
// Services are called directly here, not through the action and route wrappers that load the start-up wiring
// (decision 021): load it now that DATABASE_URL is set.
await import("@/lib/wiring");

const cleaner = new pg.Pool({ connectionString: url, max: 1 });

/**
 * A test that times out is abandoned, not stopped: its promises run on and could write into the next test's data.
 * So after a timeout the file's remaining tests are skipped (each file runs in its own process, and the next file
 * drops and recreates the database). Its connections are cut too, so a query it left in flight ends there.
 */
let abandoned: string | undefined;

beforeEach(async (ctx) => {
  if (abandoned) ctx.skip(`"${abandoned}" timed out and may still be writing to this file's database`);
  ctx.onTestFailed(async ({ task }) => {
    if (!task.result?.errors?.some((e) => /^Test timed out in/.test(e.message ?? ""))) return;
    abandoned = task.name;
    await cleaner.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
  });
  await truncateAll(cleaner);
});

afterAll(async () => {
  await cleaner.end();
  rmSync(filesDir, { recursive: true, force: true });
  // The app keeps its clients on globalThis (one per process); close them so the next file starts clean.
  const g = globalThis as {
    kinshipDb?: { $disconnect(): Promise<void> };
    kinshipLimitPool?: pg.Pool;
    kinshipLimiters?: unknown;
    kinshipHub?: { close(): Promise<void> };
  };
  await g.kinshipHub?.close();
  await g.kinshipDb?.$disconnect();
  await g.kinshipLimitPool?.end();
  delete g.kinshipDb;
  delete g.kinshipLimitPool;
  delete g.kinshipLimiters;
  delete g.kinshipHub;
});
