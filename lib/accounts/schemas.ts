import { z } from "zod";
import { repairTimeZone, toTimeZone } from "@/lib/time";

export const MAX_LANGUAGES = 10;

const email = z
  .string({ message: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email({ message: "Enter a valid email address, like name@example.com." }));

const name = z
  .string({ message: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(80, "Keep your name under 80 characters.");

export const ZSignUpInput = z.strictObject({
  name,
  email,
  password: z
    .string({ message: "Choose a password." })
    .min(10, "Use at least 10 characters.")
    .max(200, "Use at most 200 characters."),
  /** The browser's zone, detected on the form: a starting point, so an odd value becomes a valid zone, not an error. */
  timeZone: z.string().max(200).optional().transform(repairTimeZone),
});
export type SignUpInput = z.infer<typeof ZSignUpInput>;

export const ZSignInInput = z.strictObject({
  email,
  password: z
    .string({ message: "Enter your password." })
    .min(1, "Enter your password.")
    .max(200, "Enter your password."),
  callbackUrl: z.string().optional(),
});
export type SignInInput = z.infer<typeof ZSignInInput>;

/** Accepts a list or a comma-separated string ("English, Spanish"), trims, dedupes case-insensitively. */
const languages = z
  .union([z.array(z.string()), z.string()])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")))
  .transform((list) => {
    const seen = new Set<string>();
    return list.map((l) => l.trim()).filter((l) => l && !seen.has(l.toLowerCase()) && seen.add(l.toLowerCase()));
  })
  .pipe(
    z
      .array(z.string().max(40, "Each language must be under 40 characters."))
      .max(MAX_LANGUAGES, `List at most ${MAX_LANGUAGES} languages.`),
  );

export const ZProfileUpdateInput = z.strictObject({
  name,
  bio: z.string().trim().max(500, "Keep your bio under 500 characters.").default(""),
  timeZone: z.string({ message: "Choose a time zone from the list." }).transform((value, ctx) => {
    const zone = toTimeZone(value);
    if (zone) return zone;
    ctx.addIssue({ code: "custom", message: "Choose a time zone from the list." });
    return z.NEVER;
  }),
  languages: languages.default([]),
});
export type ProfileUpdateInput = z.infer<typeof ZProfileUpdateInput>;

/**
 * Only same-site paths may be a post-sign-in destination (no open redirects). The value is resolved the way a
 * browser would (which drops tabs and newlines, and reads "\\" as "/"), and only a path on our own origin is kept.
 */
export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith("/")) return "/";
  const base = "http://kinship.invalid";
  try {
    const url = new URL(value, base);
    if (url.origin !== base) return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}
