import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import type { AccountTokenPurpose } from "@/lib/db/generated/client";

/** How long each kind of emailed link lives (issue 15; docs/decisions/018-account-links.md). */
export const TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * 60 * 60 * 1000,
  RESET_PASSWORD: 60 * 60 * 1000,
  CHANGE_EMAIL: 24 * 60 * 60 * 1000,
  UNDO_EMAIL_CHANGE: 7 * 24 * 60 * 60 * 1000,
};

/** A token is 32 random bytes in base64url (43 characters); anything else names no link. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The stored form: an HMAC keyed by AUTH_SECRET, so neither a copy of the table nor the secret alone opens a link. */
export function tokenHash(token: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`account-token:${token}`).digest("base64url");
}

/** Ties a reset link to the password it was issued against: after any password change the link is dead. */
export function passwordBinding(passwordHash: string | null): string {
  return createHmac("sha256", env().AUTH_SECRET)
    .update(`password-binding:${passwordHash ?? ""}`)
    .digest("base64url");
}

/**
 * Issues a single-use link token in the caller's transaction and returns the token itself (only its hash is
 * stored; the caller puts it in the email and nowhere else: never in a log). Older unused links of the same
 * purpose for the same user stop working, so only the newest email's link opens, unless `keepOlder` (an undo
 * link of an email change: a second change must not cancel the undo link the first one sent to its old address).
 */
export async function issueToken(
  tx: Tx,
  input: {
    userId: string;
    purpose: AccountTokenPurpose;
    email: string;
    binding?: string | null;
    now?: Date;
    keepOlder?: boolean;
  },
): Promise<string> {
  const now = input.now ?? new Date();
  if (!input.keepOlder)
    await tx.accountToken.updateMany({
      where: { userId: input.userId, purpose: input.purpose, usedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
  const token = randomBytes(32).toString("base64url");
  await tx.accountToken.create({
    data: {
      userId: input.userId,
      purpose: input.purpose,
      tokenHash: tokenHash(token),
      email: input.email,
      binding: input.binding ?? null,
      expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[input.purpose]),
    },
  });
  return token;
}

export type TokenRow = { id: string; userId: string; email: string; binding: string | null; expiresAt: Date };
export type TokenCheck = { status: "valid"; token: TokenRow } | { status: "expired" | "used" | "invalid" };

/** Reads a link without using it (a page that shows a form first). Says why a dead link is dead. */
export async function peekToken(
  tx: Tx,
  token: string,
  purpose: AccountTokenPurpose,
  now = new Date(),
): Promise<TokenCheck> {
  if (!TOKEN_SHAPE.test(token)) return { status: "invalid" };
  const row = await tx.accountToken.findUnique({
    where: { tokenHash: tokenHash(token) },
    select: { id: true, userId: true, email: true, binding: true, expiresAt: true, usedAt: true, purpose: true },
  });
  return judge(row, purpose, now);
}

/**
 * Uses a link: locks its row (two clicks at once cannot both pass), checks it and marks it used, in the caller's
 * transaction, so the change it authorises and its use commit together.
 */
export async function consumeToken(
  tx: Tx,
  token: string,
  purpose: AccountTokenPurpose,
  now = new Date(),
): Promise<TokenCheck> {
  if (!TOKEN_SHAPE.test(token)) return { status: "invalid" };
  const rows = await tx.$queryRaw<(TokenRow & { usedAt: Date | null; purpose: AccountTokenPurpose })[]>`
    SELECT id, "userId", email, binding, "expiresAt", "usedAt", purpose::text AS purpose FROM "AccountToken"
    WHERE "tokenHash" = ${tokenHash(token)} FOR UPDATE`;
  const check = judge(rows[0] ?? null, purpose, now);
  if (check.status === "valid") await tx.accountToken.update({ where: { id: check.token.id }, data: { usedAt: now } });
  return check;
}

function judge(
  row: (TokenRow & { usedAt: Date | null; purpose: AccountTokenPurpose }) | null,
  purpose: AccountTokenPurpose,
  now: Date,
): TokenCheck {
  if (!row || row.purpose !== purpose) return { status: "invalid" };
  if (row.usedAt) return { status: "used" };
  if (row.expiresAt <= now) return { status: "expired" };
  return {
    status: "valid",
    token: { id: row.id, userId: row.userId, email: row.email, binding: row.binding, expiresAt: row.expiresAt },
  };
}
