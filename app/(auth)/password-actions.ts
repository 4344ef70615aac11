"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { signOut } from "@/lib/auth/config";
import { clientIp } from "@/lib/request/client-ip";
import { setFlash } from "@/lib/request/flash";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { resetPassword } from "@/lib/accounts/reset-password";

export const forgotPasswordAction = formAction({
  auth: false,
  handler: async ({ email }) => {
    const { message } = await requestPasswordReset({ email }, { ip: clientIp(await headers()) });
    return { message, data: { sent: true } };
  },
});

/**
 * A reset ends every session of the account (this browser's too, whoever it was signed in as): the member signs
 * in again with the new password, which is also the moment a password manager offers to save it.
 */
export const resetPasswordAction = formAction({
  auth: false,
  secretFields: ["password", "confirmPassword", "token"],
  handler: async ({ token, password, confirmPassword }) => {
    await resetPassword({ token, password, confirmPassword }, { ip: clientIp(await headers()) });
    await setFlash((await getTranslations("auth"))("passwordChanged"));
    return signOut({ redirectTo: "/sign-in" });
  },
});
