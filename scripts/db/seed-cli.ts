/** `npm run db:seed`: applies migrations, then seeds demo data if the database has no users yet. */
import { resolveDatabase } from "./database-url";
import { applyMigrations } from "./migrate";
import { scriptClient } from "./client";
import { describeDemoAccounts, isEmpty, seed } from "./seed";

const { url, cluster } = await resolveDatabase();
const db = scriptClient(url);
try {
  await applyMigrations(url);
  if (await isEmpty(db)) {
    await seed(db);
    console.log(`Seeded.\n${describeDemoAccounts()}`);
  } else {
    console.log("The database already has users; nothing seeded.");
  }
} finally {
  await db.$disconnect();
  await cluster?.stop();
}
