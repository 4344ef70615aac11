"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/http/action";
import { signIn } from "@/lib/auth/config";
import { clientIp } from "@/lib/request/client-ip";
import { setFlash } from "@/lib/request/flash";
import { changePassword } from "@/lib/accounts/change-password";
import { requestEmailChange } from "@/lib/accounts/change-email";
import { requestPasswordSetLink } from "@/lib/accounts/request-password-reset";

function isRedirect(error: unknown) {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT");
}

const PASSWORD_FIELDS = ["currentPassword", "newPassword", "confirmPassword"];

/**
 * The change bumps the session version, which ends every session, this browser's included; a fresh sign-in with
 * the new password (through Auth.js, as the sign-in form does) gives this browser a session at the new version.
 */
export const changePasswordAction = formAction({
  schema: z.object({ currentPassword: z.string(), newPassword: z.string(), confirmPassword: z.string() }),
  secretFields: PASSWORD_FIELDS,
  handler: async (input, { user }) => {
    const ip = clientIp(await headers());
    const { email } = await changePassword(user, input, { ip });
    try {
      await signIn("credentials", { email, password: input.newPassword, redirectTo: "/settings/account" });
    } catch (error) {
      if (!isRedirect(error)) {
        // The password is changed; only this browser's new session failed (a sign-in limit): say so plainly.
        await setFlash("Your password is changed. Sign in with your new password.");
        redirect("/sign-in?callbackUrl=%2Fsettings%2Faccount");
      }
      await setFlash("Your password is changed. Every other device is signed out.");
      throw error;
    }
    redirect("/settings/account");
  },
});

export const requestEmailChangeAction = formAction({
  schema: z.object({ newEmail: z.string(), currentPassword: z.string() }),
  secretFields: ["currentPassword"],
  handler: async (input, { user }) => {
    const { message, pendingEmail } = await requestEmailChange(user, input, { ip: clientIp(await headers()) });
    revalidatePath("/settings/account");
    return { message, data: { pendingEmail } };
  },
});

export const requestPasswordSetLinkAction = formAction({
  schema: z.object({}),
  handler: async (_input, { user }) => {
    const { message } = await requestPasswordSetLink(user, { ip: clientIp(await headers()) });
    return { message, data: null };
  },
});
