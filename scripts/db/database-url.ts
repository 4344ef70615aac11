/**
 * Resolves the database the scripts work on: DATABASE_URL when set, else the embedded server in `.data/`.
 */
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedCluster } from "./embedded";

export const projectRoot = path.resolve(import.meta.dirname, "..", "..");
export const dataDir = path.resolve(projectRoot, process.env.KINSHIP_DATA_DIR ?? ".data");

export async function resolveDatabase(): Promise<{ url: string; cluster?: EmbeddedCluster }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const cluster = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "postgres"),
    ...(process.env.EMBEDDED_PG_PORT ? { port: Number(process.env.EMBEDDED_PG_PORT) } : {}),
  });
  await ensureDatabase(cluster.url(), "kinship");
  return { url: cluster.url("kinship"), cluster };
}

/** Creates a database if it does not exist (through a maintenance connection). */
export async function ensureDatabase(adminUrl: string, name: string) {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
