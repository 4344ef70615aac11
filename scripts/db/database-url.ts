/**
 * Resolves the database the scripts work on: DATABASE_URL when set, else the embedded server in `.data/postgres`
 * (or, as root in a private folder, in `/var/lib/kinship/<hash of the project path>/postgres`).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { isRoot, reachableByOthers, startEmbeddedPostgres, type EmbeddedCluster } from "./embedded";

export const projectRoot = path.resolve(import.meta.dirname, "..", "..");
/** Local state of the project (the auth secret, and the embedded cluster unless it had to move). */
export const dataDir = path.resolve(projectRoot, process.env.KINSHIP_DATA_DIR ?? ".data");

/** Where root's embedded clusters live when the project's own folder is private. */
export const ROOT_FALLBACK_BASE = "/var/lib/kinship";

type Env = Record<string, string | undefined>;

/**
 * The embedded cluster's folder. As root the server runs as the `postgres` user, who cannot reach a project under
 * a private folder such as `/root` (0700 on Debian). Then, unless KINSHIP_DATA_DIR names a folder on purpose, the
 * cluster lives under /var/lib/kinship in a folder named by the project's path, so every start finds the same data.
 */
export function clusterLocation(
  root: string = projectRoot,
  env: Env = process.env,
  asRoot: boolean = isRoot(),
): { dir: string; movedBecause?: string } {
  const local = path.resolve(root, env.KINSHIP_DATA_DIR ?? ".data");
  const dir = path.join(local, "postgres");
  if (env.KINSHIP_DATA_DIR || !asRoot) return { dir };
  if (fs.existsSync(path.join(dir, "PG_VERSION")) || reachableByOthers(nearestExisting(local))) return { dir };
  const hash = createHash("sha256").update(fs.realpathSync(root)).digest("hex").slice(0, 16);
  return {
    dir: path.join(ROOT_FALLBACK_BASE, hash, "postgres"),
    movedBecause: `the postgres user cannot reach ${local}`,
  };
}

function nearestExisting(p: string): string {
  let dir = path.resolve(p);
  while (!fs.existsSync(dir)) dir = path.dirname(dir);
  return dir;
}

/** Makes /var/lib/kinship/<hash>/ traversable (the cluster folder itself is made the postgres user's, 0700). */
function prepareFallback(clusterDir: string, root: string) {
  const home = path.dirname(clusterDir);
  for (const dir of [path.dirname(home), home]) {
    fs.mkdirSync(dir, { recursive: true });
    fs.chmodSync(dir, 0o755);
  }
  // For whoever finds the folder later: which checkout it belongs to.
  fs.writeFileSync(path.join(home, "project"), `${root}\n`);
}

export async function resolveDatabase(
  options: { root?: string; env?: Env; throwaway?: boolean } = {},
): Promise<{ url: string; cluster?: EmbeddedCluster }> {
  if (!options.env && process.env.DATABASE_URL) return { url: process.env.DATABASE_URL };
  const root = options.root ?? projectRoot;
  const location = clusterLocation(root, options.env ?? process.env);
  if (location.movedBecause) {
    prepareFallback(location.dir, root);
    console.log(`PostgreSQL's data is in ${location.dir} (running as root, ${location.movedBecause}).`);
  }
  const cluster = await startEmbeddedPostgres({
    dataDir: location.dir,
    ...(process.env.EMBEDDED_PG_PORT ? { port: Number(process.env.EMBEDDED_PG_PORT) } : {}),
    ...(options.throwaway ? { throwaway: true } : {}),
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
