import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A link token: 32 random bytes, shown once. Only its SHA-256 is stored, so a database leak lets nobody in. */
export function newInviteToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInviteToken(token) };
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
