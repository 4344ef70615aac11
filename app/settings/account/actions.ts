"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
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
  secretFields: PASSWORD_FIELDS,
  handler: async ({ currentPassword, newPassword, confirmPassword }, { user }) => {
    const ip = clientIp(await headers());
    const { email } = await changePassword(user, { currentPassword, newPassword, confirmPassword }, { ip });
    const t = await getTranslations("account.password");
    try {
      await signIn("credentials", { email, password: newPassword, redirectTo: "/settings/account" });
    } catch (error) {
      if (!isRedirect(error)) {
        // The password is changed; only this browser's new session failed (a sign-in limit): say so plainly.
        await setFlash(t("changedSignIn"));
        redirect("/sign-in?callbackUrl=%2Fsettings%2Faccount");
      }
      await setFlash(t("changed"));
      throw error;
    }
    redirect("/settings/account");
  },
});

export const requestEmailChangeAction = formAction({
  secretFields: ["currentPassword"],
  handler: async ({ newEmail, currentPassword }, { user }) => {
    const { pendingEmail } = await requestEmailChange(
      user,
      { newEmail, currentPassword },
      { ip: clientIp(await headers()) },
    );
    revalidatePath("/settings/account");
    const t = await getTranslations("account.email");
    return { message: t("sent", { newEmail: pendingEmail, email: user.email }), data: { pendingEmail } };
  },
});

export const requestPasswordSetLinkAction = formAction({
  handler: async (_values, { user }) => {
    await requestPasswordSetLink(user, { ip: clientIp(await headers()) });
    return { message: (await getTranslations("account.password"))("setLinkSent", { email: user.email }), data: null };
  },
});
