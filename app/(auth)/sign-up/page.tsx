import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "./sign-up-form";
import { OAuthButtons } from "../oauth-buttons";
import { AuthCard } from "../auth-card";
import { getCurrentUser } from "@/lib/auth/session";
import { enabledOAuthProviders } from "@/lib/auth/providers";
import { safeCallbackUrl } from "@/lib/accounts/schemas";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signUp"))("metaTitle") };
}

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  // An invitation link sends newcomers here and expects them back afterwards.
  const callbackUrl = safeCallbackUrl(typeof params.callbackUrl === "string" ? params.callbackUrl : null);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations("auth.signUp");
  return (
    <AuthCard title={t("title")} description={t("description")}>
      <SignUpForm callbackUrl={callbackUrl} />
      <OAuthButtons providers={enabledOAuthProviders()} callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
