"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/http/action";
import { signIn, signOut } from "@/lib/auth/config";
import { signInWithPassword } from "./sign-in-with-password";
import { signUp } from "@/lib/accounts/sign-up";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import { INVALID_CREDENTIALS } from "@/lib/accounts/authenticate";
import { ZSignInInput, ZSignUpInput, safeCallbackUrl } from "@/lib/accounts/schemas";
import { AppError } from "@/lib/errors";
import { clientIp } from "@/lib/request/client-ip";
import { setFlash } from "@/lib/request/flash";
import { requireUser } from "@/lib/auth/session";

export const signInAction = formAction({
  schema: z.object({ email: z.string(), password: z.string(), callbackUrl: z.string().optional() }),
  auth: false,
  handler: async (input) => {
    // Shape errors get the same message as a wrong password: nothing to learn from probing.
    const parsed = ZSignInInput.safeParse(input);
    if (!parsed.success) throw new AppError("INVALID_INPUT", INVALID_CREDENTIALS);
    return signInWithPassword(
      parsed.data.email,
      parsed.data.password,
      safeCallbackUrl(parsed.data.callbackUrl),
      "You're signed in.",
    );
  },
});

export const signUpAction = formAction({
  schema: ZSignUpInput.extend({ callbackUrl: z.string().max(2000).optional() }),
  auth: false,
  handler: async ({ callbackUrl, ...input }) => {
    // The same page whether or not the address had an account, and no session either way (decision 018).
    await signUp(input, { ip: clientIp(await headers()), next: safeCallbackUrl(callbackUrl) });
    redirect("/check-email");
  },
});

export async function signOutAction(): Promise<void> {
  await setFlash("You're signed out.");
  await signOut({ redirectTo: "/" });
}

export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser();
  await signOutEverywhere(user);
  await setFlash("You're signed out on every device.");
  await signOut({ redirectTo: "/sign-in" });
}

export async function oauthSignInAction(formData: FormData): Promise<void> {
  const provider = z.enum(["github", "google"]).parse(formData.get("provider"));
  await signIn(provider, { redirectTo: safeCallbackUrl(String(formData.get("callbackUrl") ?? "/")) });
}
