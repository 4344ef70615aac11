import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "./sign-in-form";
import { OAuthButtons } from "../oauth-buttons";
import { AuthCard } from "../auth-card";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/accounts/schemas";
import { enabledOAuthProviders } from "@/lib/auth/providers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("metaTitle") };
}

const OAUTH_ERRORS = {
  OAuthAccountNotLinked: "errorAccountNotLinked",
  AccessDenied: "errorAccessDenied",
  Configuration: "errorConfiguration",
} as const;

function oauthError(code: string) {
  return Object.hasOwn(OAUTH_ERRORS, code) ? OAUTH_ERRORS[code as keyof typeof OAUTH_ERRORS] : "errorGeneric";
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(typeof params.callbackUrl === "string" ? params.callbackUrl : null);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations("auth.signIn");
  const error = typeof params.error === "string" ? t(oauthError(params.error)) : null;
  return (
    <AuthCard title={t("title")} description={t("description")}>
      {error ? (
        <p
          role="alert"
          className="mb-4 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
        >
          {error}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-4 text-center text-sm text-muted-foreground">{t("justSignedUp")}</p>
      <OAuthButtons providers={enabledOAuthProviders()} callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
