"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { formAction } from "@/lib/http/action";
import { signIn, signOut } from "@/lib/auth/config";
import { signInWithPassword } from "./sign-in-with-password";
import { signUp } from "@/lib/accounts/sign-up";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import { safeCallbackUrl } from "@/lib/accounts/schemas";
import { clientIp } from "@/lib/request/client-ip";
import { setFlash } from "@/lib/request/flash";
import { requireUser } from "@/lib/auth/session";

export const signInAction = formAction({
  auth: false,
  // The credentials go to Auth.js as typed; lib/accounts/authenticate.ts parses them once, and answers a shape
  // error with the same message as a wrong password: nothing to learn from probing.
  handler: async ({ email = "", password = "", callbackUrl }) =>
    signInWithPassword(email, password, safeCallbackUrl(callbackUrl), (await getTranslations("auth"))("signedIn")),
});

export const signUpAction = formAction({
  auth: false,
  handler: async ({ callbackUrl, ...input }) => {
    // The same page whether or not the address had an account, and no session either way (decision 018).
    // The verification email is written in the language of this page (the new account has chosen none yet).
    await signUp(input, {
      ip: clientIp(await headers()),
      next: safeCallbackUrl(callbackUrl),
      locale: await getLocale(),
    });
    redirect("/check-email");
  },
});

export async function signOutAction(): Promise<void> {
  await setFlash((await getTranslations("auth"))("signedOut"));
  await signOut({ redirectTo: "/" });
}

export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser();
  await signOutEverywhere(user);
  await setFlash((await getTranslations("auth"))("signedOutEverywhere"));
  await signOut({ redirectTo: "/sign-in" });
}

export async function oauthSignInAction(formData: FormData): Promise<void> {
  const provider = z.enum(["github", "google"]).parse(formData.get("provider"));
  await signIn(provider, { redirectTo: safeCallbackUrl(String(formData.get("callbackUrl") ?? "/")) });
}
