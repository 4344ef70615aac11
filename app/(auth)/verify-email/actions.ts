"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { clientIp } from "@/lib/request/client-ip";
import { setFlash } from "@/lib/request/flash";
import { safeCallbackUrl } from "@/lib/accounts/schemas";
import { confirmEmail, resendFromLink, resendVerification } from "@/lib/accounts/confirm-email";
import { signInWithPassword } from "../sign-in-with-password";

/** The verification page's button: confirms the address, then signs the member in (with the password they gave). */
export const confirmEmailAction = formAction({
  auth: false,
  // Never echoed back to the form: the link's token stays in the page, not in the action's answer.
  secretFields: ["password", "token"],
  handler: async ({ token, password, next }, { user }) => {
    const confirmed = await confirmEmail(
      { token, ...(password === undefined ? {} : { password }) },
      { actor: user, ip: clientIp(await headers()) },
    );
    const to = safeCallbackUrl(next);
    const flash = (await getTranslations("account.verifyEmail"))("welcome", { name: confirmed.name });
    if (confirmed.signedIn) {
      await setFlash(flash);
      redirect(to);
    }
    return signInWithPassword(confirmed.email, password ?? "", to, flash);
  },
});

/** "Send a new link" on the page of an expired link. */
export const resendFromLinkAction = formAction({
  auth: false,
  secretFields: ["token"],
  handler: async ({ token, next }) => {
    const result = await resendFromLink({ token }, { ip: clientIp(await headers()), next: safeCallbackUrl(next) });
    const t = await getTranslations("account.verifyEmail");
    return { message: result.status === "sent" ? t("resent") : t("alreadyConfirmedSignIn"), data: result };
  },
});

/** The banner's "Resend email", for a signed-in member who has not confirmed their address yet. */
export const resendVerificationAction = formAction({
  handler: async (_values, { user }) => {
    const { email } = await resendVerification(user, { ip: clientIp(await headers()), locale: await getLocale() });
    return { message: (await getTranslations("account.verifyEmail"))("resentTo", { email }), data: null };
  },
});
