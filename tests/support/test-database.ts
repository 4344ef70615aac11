/**
 * The test-database strategy (docs/decisions/004-test-databases.md): one PostgreSQL server per test run (the
 * embedded one in a temporary folder, or TEST_DATABASE_URL's server), a template database migrated once, and a
 * database per test worker cloned from it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../../scripts/db/embedded";
import { applyMigrations } from "../../scripts/db/migrate";

export const TEMPLATE_DB = "kinship_test_template";

export type TestServer = { adminUrl: string; cluster?: EmbeddedCluster; tmpDir?: string };

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function startTestServer(settings?: Record<string, string>): Promise<TestServer> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) return { adminUrl: external };
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "kinship-test-"));
  fs.chmodSync(tmpDir, 0o755); // as root, the server runs as the postgres user, who must reach the folder
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(tmpDir, "pg"),
    throwaway: true,
    ...(settings ? { settings } : {}),
  });
  return { adminUrl: cluster.url("postgres"), cluster, tmpDir };
}

export async function stopTestServer(server: TestServer): Promise<void> {
  await server.cluster?.stop();
  if (server.tmpDir) fs.rmSync(server.tmpDir, { recursive: true, force: true });
}

async function admin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function recreateDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  await admin(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    // Cloning a template fails while anything else is connected to it; clones are quick, so retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
        break;
      } catch (error) {
        if (attempt >= 20 || !String(error).includes("is being accessed by other users")) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  return withDatabase(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Creates the migrated template that every worker's database is cloned from. */
export async function prepareTemplate(adminUrl: string): Promise<void> {
  const url = await recreateDatabase(adminUrl, TEMPLATE_DB);
  await applyMigrations(url);
}

/** Empties every table but the migration history, so each test starts from a clean database. */
export async function truncateAll(client: pg.Client | pg.Pool): Promise<void> {
  const { rows } = await client.query<{ tablename: string }>(
    `select tablename from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations'`,
  );
  if (rows.length)
    await client.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
}
