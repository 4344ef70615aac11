import { z } from "zod";
import { vk } from "@/lib/i18n/zod-messages";
import { ZSignInInput, ZSignUpInput } from "./schemas";

/** The same rules as at sign-up (10 to 200 characters), so no path to a weaker password. */
const newPassword = ZSignUpInput.shape.password;
const email = ZSignInInput.shape.email;
const currentPassword = z
  .string({ message: vk("validation.accounts.enterCurrentPassword") })
  .min(1, vk("validation.accounts.enterCurrentPassword"))
  .max(200, vk("validation.accounts.currentPasswordMismatch"));
/** Only compared with the new password, which carries the length rules (one message, on that field). */
const confirmPassword = z.string().max(10_000, vk("validation.accounts.passwordsDiffer"));
/** A link token: its shape is checked by lib/accounts/tokens.ts, which calls anything else "invalid". */
const token = z.string().max(200).default("");

function confirmed<T extends z.ZodType<Record<string, unknown>>>(schema: T, field: string) {
  return schema.superRefine((value, ctx) => {
    if (value[field] !== value.confirmPassword)
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: vk("validation.accounts.passwordsDiffer") });
  });
}

export const ZForgotPasswordInput = z.strictObject({ email });

export const ZResetPasswordInput = confirmed(
  z.strictObject({ token, password: newPassword, confirmPassword }),
  "password",
);
export type ResetPasswordInput = z.infer<typeof ZResetPasswordInput>;

export const ZChangePasswordInput = confirmed(
  z.strictObject({ currentPassword, newPassword, confirmPassword }),
  "newPassword",
);
export type ChangePasswordInput = z.infer<typeof ZChangePasswordInput>;

export const ZChangeEmailInput = z.strictObject({ newEmail: email, currentPassword });
export type ChangeEmailInput = z.infer<typeof ZChangeEmailInput>;

export const ZTokenInput = z.strictObject({ token });
