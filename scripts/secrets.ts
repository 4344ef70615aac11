import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir, projectRoot } from "./db/database-url";

/**
 * AUTH_SECRET for local use: the environment's, else one generated once and kept in .data/auth-secret.
 * In production (NODE_ENV=production) there is no fallback: returns null.
 */
export function localAuthSecret(): string | null {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (process.env.NODE_ENV === "production") return null;
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    console.log(
      `Generated a local AUTH_SECRET in ${path.relative(projectRoot, file)} (set AUTH_SECRET to use your own).`,
    );
  }
  return fs.readFileSync(file, "utf8").trim();
}
