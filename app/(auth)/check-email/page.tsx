import type { Metadata } from "next";
import Link from "next/link";
import { MailCheck } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "../auth-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.checkEmail"))("title") };
}

const LINK = "font-medium text-primary underline underline-offset-4";

/**
 * Where every sign-up lands, whether the address was new or already had an account: the page holds nothing about
 * the address, and nobody is signed in, so it cannot tell the two apart (docs/decisions/018-account-links.md).
 */
export default async function CheckEmailPage() {
  const t = await getTranslations("auth.checkEmail");
  return (
    <AuthCard title={t("title")} description={t("description")}>
      <div className="space-y-4 text-sm">
        <p className="flex items-start gap-3">
          <MailCheck className="mt-0.5 size-5 shrink-0 text-primary" aria-hidden="true" />
          <span>{t("sent")}</span>
        </p>
        <p className="text-muted-foreground">
          {t.rich("nothingThere", {
            link: (chunks) => (
              <Link href="/sign-up" className={LINK}>
                {chunks}
              </Link>
            ),
          })}
        </p>
        <p className="text-muted-foreground">
          {t.rich("haveAccount", {
            link: (chunks) => (
              <Link href="/sign-in" className={LINK}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      </div>
    </AuthCard>
  );
}
