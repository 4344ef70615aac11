/** `npm run db:migrate` (deploy), `npm run db:migrate:create -- <name>`, `npm run db:migrate:status`. */
import { applyMigrations, createMigration, migrationStatus } from "./migrate";
import { resolveDatabase } from "./database-url";

const [command = "deploy", name] = process.argv.slice(2);
const { url, cluster } = await resolveDatabase();
try {
  if (command === "deploy") {
    const applied = await applyMigrations(url);
    console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
  } else if (command === "create") {
    if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("Usage: npm run db:migrate:create -- <snake_case_name>");
    await applyMigrations(url);
    const dir = await createMigration(url, name);
    console.log(
      dir
        ? `Created ${dir}. Review it, add what Prisma cannot express, then run npm run db:migrate.`
        : "No schema changes.",
    );
  } else if (command === "status") {
    console.log(JSON.stringify(await migrationStatus(url), null, 2));
  } else {
    throw new Error(`Unknown command ${command}: use deploy, create or status.`);
  }
} finally {
  await cluster?.stop();
}
