import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "../../auth-card";
import { DeadLink } from "../../dead-link";
import { TokenButtonForm } from "../token-button-form";
import { undoEmailChangeAction } from "../actions";
import { checkUndoLink } from "@/lib/accounts/undo-email-change";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.emailChange"))("undoTitle"), referrer: "no-referrer" };
}

export default async function UndoEmailChangePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const [link, t] = await Promise.all([checkUndoLink(token), getTranslations()]);
  const retry = { href: "/forgot-password", label: t("account.emailChange.undoRetry") };
  if (link.status !== "valid")
    return (
      <AuthCard title={t("account.emailChange.deadTitle")} description={t("account.emailChange.undoDeadDescription")}>
        <DeadLink message={t(`auth.deadLink.${link.status === "stale" ? "invalid" : link.status}`)} action={retry} />
      </AuthCard>
    );
  return (
    <AuthCard title={t("account.emailChange.undoTitle")} description={t("account.emailChange.undoDescription")}>
      <ul className="mb-4 list-disc space-y-1 ps-5 text-sm">
        <li>
          {t.rich("account.emailChange.undoGoesBack", {
            email: link.oldEmail,
            b: (chunks) => <span className="font-medium break-all">{chunks}</span>,
          })}
        </li>
        <li>{t("account.emailChange.undoSignsOut")}</li>
        <li>{t("account.emailChange.undoPassword")}</li>
      </ul>
      <TokenButtonForm
        token={token}
        action={undoEmailChangeAction}
        variant="destructive"
        pendingLabel={t("account.emailChange.undoing")}
        deadLinkHelp={retry}
      >
        {t("account.emailChange.undoSubmit")}
      </TokenButtonForm>
    </AuthCard>
  );
}
