import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "./sign-in-form";
import { OAuthButtons } from "../oauth-buttons";
import { AuthCard } from "../auth-card";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/accounts/schemas";
import { enabledOAuthProviders } from "@/lib/auth/providers";

export const metadata: Metadata = { title: "Sign in" };

const OAUTH_ERRORS: Record<string, string> = {
  OAuthAccountNotLinked: "That email already has an account. Sign in with your password.",
  AccessDenied: "Sign-in was cancelled.",
  Configuration: "Sign-in with that provider isn't available right now.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(typeof params.callbackUrl === "string" ? params.callbackUrl : null);
  if (await getCurrentUser()) redirect(callbackUrl);
  const error =
    typeof params.error === "string"
      ? (OAUTH_ERRORS[params.error] ?? "We couldn't sign you in. Please try again.")
      : null;
  return (
    <AuthCard title="Sign in to Kinship" description="Welcome back. Your groups and mentorships are waiting.">
      {error ? (
        <p
          role="alert"
          className="mb-4 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
        >
          {error}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-4 text-center text-sm text-muted-foreground">
        Just signed up? Open the link we emailed you first: you can sign in once your address is confirmed.
      </p>
      <OAuthButtons providers={enabledOAuthProviders()} callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
