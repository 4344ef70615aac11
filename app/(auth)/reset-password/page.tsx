import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "../auth-card";
import { DeadLink } from "../dead-link";
import { ResetPasswordForm } from "./reset-password-form";
import { checkResetLink } from "@/lib/accounts/reset-password";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.reset"))("title"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  // Peek only: opening the page (or a mail scanner opening the link) does not use it up.
  const [link, t] = await Promise.all([checkResetLink(token), getTranslations("auth")]);
  if (link.status !== "valid")
    return (
      <AuthCard title={t("reset.deadTitle")} description={t("reset.deadDescription")}>
        <DeadLink
          message={t(`deadLink.${link.status}`)}
          action={{ href: "/forgot-password", label: t("reset.newLink") }}
        />
      </AuthCard>
    );
  return (
    <AuthCard title={t("reset.title")} description={t("reset.description", { email: link.email })}>
      <ResetPasswordForm token={token} email={link.email} />
    </AuthCard>
  );
}
