import { db } from "@/lib/db";
import { toAppError, type AppError } from "@/lib/errors";

/** A random client address, so each test's rate limits are its own. */
export const ip = () =>
  `10.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;

/** The error a service fails with, as the form would see it. */
export async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    // Services parse with zod; the action and route wrappers turn that into field errors, as toAppError does.
    const appError = toAppError(error);
    if (appError.code !== "INTERNAL") return appError;
    throw error;
  }
  throw new Error("expected an AppError, but it succeeded");
}

/** The emails sent to an address, oldest first, as the outbox holds them. */
export function emailsTo(to: string, kind?: string) {
  return db.email.findMany({ where: { to, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });
}

/** The token of the link in the newest email of this kind to this address, read as a member would: from the text. */
export async function linkToken(to: string, kind: string, path: string): Promise<string> {
  const emails = await emailsTo(to, kind);
  const text = emails.at(-1)?.text ?? "";
  const match = new RegExp(`${path.replace(/[?/]/g, "\\$&")}\\?token=([A-Za-z0-9_-]{43})`).exec(text);
  if (!match) throw new Error(`no ${path} link in the ${kind} emails to ${to}`);
  return match[1]!;
}
