import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "../../auth-card";
import { DeadLink } from "../../dead-link";
import { TokenButtonForm } from "../token-button-form";
import { confirmEmailChangeAction } from "../actions";
import { checkEmailChangeLink } from "@/lib/accounts/change-email";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.emailChange"))("confirmTitle"), referrer: "no-referrer" };
}

export default async function ConfirmEmailChangePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const [link, t] = await Promise.all([checkEmailChangeLink(token), getTranslations()]);
  const retry = { href: "/settings/account", label: t("account.emailChange.confirmRetry") };
  if (link.status !== "valid")
    return (
      <AuthCard
        title={t("account.emailChange.deadTitle")}
        description={t("account.emailChange.confirmDeadDescription")}
      >
        <DeadLink
          message={link.status === "stale" ? t("account.emailChange.staleEmail") : t(`auth.deadLink.${link.status}`)}
          action={retry}
        />
      </AuthCard>
    );
  return (
    <AuthCard title={t("account.emailChange.confirmTitle")} description={t("account.emailChange.confirmDescription")}>
      <p className="mb-4 rounded-md border bg-muted/40 px-3 py-2 text-center font-medium break-all">{link.newEmail}</p>
      <TokenButtonForm
        token={token}
        action={confirmEmailChangeAction}
        pendingLabel={t("account.emailChange.confirming")}
        deadLinkHelp={retry}
      >
        {t("account.emailChange.confirmSubmit")}
      </TokenButtonForm>
    </AuthCard>
  );
}
