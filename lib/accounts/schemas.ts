import { z } from "zod";
import { repairTimeZone, toTimeZone } from "@/lib/time";
import { vk } from "@/lib/i18n/zod-messages";

export const MAX_LANGUAGES = 10;

const email = z
  .string({ message: vk("validation.accounts.enterEmail") })
  .trim()
  .toLowerCase()
  .max(254, vk("validation.accounts.emailTooLong"))
  .pipe(z.email({ message: vk("validation.accounts.validEmail") }));

const name = z
  .string({ message: vk("validation.accounts.enterName") })
  .trim()
  .min(1, vk("validation.accounts.enterName"))
  .max(80, vk("validation.accounts.nameTooLong"));

export const ZSignUpInput = z.strictObject({
  name,
  email,
  password: z
    .string({ message: vk("validation.accounts.choosePassword") })
    .min(10, vk("validation.accounts.passwordTooShort"))
    .max(200, vk("validation.accounts.passwordTooLong")),
  /** The browser's zone, detected on the form: a starting point, so an odd value becomes a valid zone, not an error. */
  timeZone: z.string().max(200).optional().transform(repairTimeZone),
});
export type SignUpInput = z.infer<typeof ZSignUpInput>;

export const ZSignInInput = z.strictObject({
  email,
  password: z
    .string({ message: vk("validation.accounts.enterPassword") })
    .min(1, vk("validation.accounts.enterPassword"))
    .max(200, vk("validation.accounts.enterPassword")),
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
      .array(z.string().max(40, vk("validation.accounts.languageTooLong")))
      .max(MAX_LANGUAGES, vk("validation.accounts.tooManyLanguages")),
  );

export const ZProfileUpdateInput = z.strictObject({
  name,
  bio: z.string().trim().max(500, vk("validation.accounts.bioTooLong")).default(""),
  timeZone: z.string({ message: vk("validation.accounts.timeZone") }).transform((value, ctx) => {
    const zone = toTimeZone(value);
    if (zone) return zone;
    ctx.addIssue({ code: "custom", message: vk("validation.accounts.timeZone") });
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
