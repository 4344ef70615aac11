"use server";

import { getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { AppError } from "@/lib/errors";
import { readUnsubscribeToken } from "@/lib/email/unsubscribe-token";
import { unsubscribe } from "@/lib/notifications/preferences";

/** No sign-in needed: the signed token is the proof. */
export const unsubscribeAction = formAction({
  auth: false,
  handler: async ({ token = "" }) => {
    const t = await getTranslations("unsubscribe");
    const parsed = readUnsubscribeToken(token);
    if (!parsed) throw new AppError("NOT_FOUND", t("badLink"));
    await unsubscribe(parsed.userId, parsed.kind);
    return { message: t("done"), data: null };
  },
});
