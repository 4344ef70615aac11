/**
 * `npx tsx bench/large-db.ts [dir]`: a long-lived embedded PostgreSQL holding the demo data and the grown community
 * of bench/seed-large.ts (scale BENCH_PAGES_SCALE, default 1), for reading query plans by hand while optimising.
 * Seeds once (the folder remembers); prints the database URL and keeps the server running until interrupted.
 */
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../scripts/db/embedded";
import { applyMigrations } from "../scripts/db/migrate";
import { scriptClient } from "../scripts/db/client";
import { seed } from "../scripts/db/seed";
import { recreateDatabase, withDatabase } from "../tests/support/test-database";
import { largeShape, seedLarge } from "./seed-large";

const dir = path.resolve(process.argv[2] ?? ".bench-large");
fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
fs.chmodSync(dir, 0o755);
const cluster = await startEmbeddedPostgres({
  dataDir: path.join(dir, "pg"),
  settings: { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.track": "all" },
});
const url = withDatabase(cluster.url("postgres"), "kinship_large");
const done = path.join(dir, "seeded");
if (!fs.existsSync(done)) {
  await recreateDatabase(cluster.url("postgres"), "kinship_large");
  await applyMigrations(url);
  const prisma = scriptClient(url);
  await seed(prisma);
  await prisma.$disconnect();
  const started = Date.now();
  await seedLarge(url, largeShape(Number(process.env.BENCH_PAGES_SCALE ?? 1)), (l) => console.error(`[large] ${l}`));
  console.error(`[large] seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  fs.writeFileSync(done, new Date().toISOString());
}
fs.writeFileSync(path.join(dir, "url"), url);
console.log(url);
await new Promise<void>((resolve) => process.once("SIGINT", resolve).once("SIGTERM", resolve));
await cluster.stop();
