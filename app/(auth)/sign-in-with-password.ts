import "server-only";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/config";
import { INVALID_CREDENTIALS_MESSAGE } from "@/lib/accounts/authenticate";
import { AppError } from "@/lib/errors";
import { setFlash } from "@/lib/request/flash";

// Not in a "use server" file: exported from one, it would be a public endpoint with a caller-chosen redirect.

function isRedirect(error: unknown) {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest.startsWith("NEXT_REDIRECT");
}

/** Signs in through Auth.js; its refusals become our error codes, its redirect carries a welcome toast. */
export async function signInWithPassword(
  email: string,
  password: string,
  redirectTo: string,
  flash: string,
): Promise<never> {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (isRedirect(error)) {
      await setFlash(flash, { keepEarlier: true });
      throw error;
    }
    if (error instanceof CredentialsSignin && error.code === "rate_limited") throw new AppError("RATE_LIMITED");
    if (error instanceof AuthError) throw new AppError("INVALID_INPUT", INVALID_CREDENTIALS_MESSAGE);
    throw error;
  }
  throw new AppError("INTERNAL");
}
