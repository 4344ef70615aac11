"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { signOut } from "@/lib/auth/config";
import { clientIp } from "@/lib/request/client-ip";
import { setFlash } from "@/lib/request/flash";
import { confirmEmailChange } from "@/lib/accounts/change-email";
import { undoEmailChange } from "@/lib/accounts/undo-email-change";

/** The link proves the new address; the member need not be signed in on this browser to use it. */
export const confirmEmailChangeAction = formAction({
  auth: false,
  secretFields: ["token"],
  handler: async ({ token }) => {
    const { email } = await confirmEmailChange({ token }, { ip: clientIp(await headers()) });
    await setFlash((await getTranslations("account.emailChange"))("confirmed", { email }));
    redirect("/settings/account");
  },
});

/**
 * Undo ends every session (this browser's too) and sends the member straight to choose a new password: the
 * reset token rides in the redirect to this same browser, never in an email or a log.
 */
export const undoEmailChangeAction = formAction({
  auth: false,
  secretFields: ["token"],
  handler: async ({ token }) => {
    const { email, resetToken } = await undoEmailChange({ token }, { ip: clientIp(await headers()) });
    await setFlash((await getTranslations("account.emailChange"))("undone", { email }));
    return signOut({ redirectTo: `/reset-password?token=${resetToken}` });
  },
});
