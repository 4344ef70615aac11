import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "./sign-up-form";
import { OAuthButtons } from "../oauth-buttons";
import { AuthCard } from "../auth-card";
import { getCurrentUser } from "@/lib/auth/session";
import { enabledOAuthProviders } from "@/lib/auth/providers";
import { safeCallbackUrl } from "@/lib/accounts/schemas";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  // An invitation link sends newcomers here and expects them back afterwards.
  const callbackUrl = safeCallbackUrl(typeof params.callbackUrl === "string" ? params.callbackUrl : null);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <AuthCard
      title="Join Kinship"
      description="Find your communities, and mentors who have walked the path before you."
    >
      <SignUpForm callbackUrl={callbackUrl} />
      <OAuthButtons providers={enabledOAuthProviders()} callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
