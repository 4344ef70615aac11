import path from "node:path";
import { defineConfig } from "prisma/config";

// Used by the stock Prisma CLI (generate, and `migrate deploy` where its native engine can be downloaded).
// The app applies migrations itself through the WebAssembly engine: see docs/decisions/002-offline-migrations.md.
export default defineConfig({
  schema: path.join("prisma", "schema"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/kinship" },
});
