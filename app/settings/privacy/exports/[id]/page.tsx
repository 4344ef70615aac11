import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUserForPage } from "@/lib/auth/session";
import { getDataExport } from "@/lib/accounts/export/find-exports";
import { identityPrompt } from "@/lib/accounts/confirm-identity";
import { orNotFound } from "@/lib/http/page";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ExportForm } from "../../export-form";
import { ExportStatus } from "../../export-status";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.privacy"))("archiveTitle") };
}

/** Where the "your data is ready" email leads: the download, or, once it has expired, the offer of a new one. */
export default async function DataExportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUserForPage();
  const { id } = await params;
  const item = await orNotFound(getDataExport(user, id));
  const [prompt, t] = await Promise.all([identityPrompt(user), getTranslations("settings.privacy")]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("archiveTitle")}</h1>
      <Card>
        <CardHeader>
          <CardTitle>{item.status === "expired" ? t("archiveExpiredTitle") : t("downloadTitle")}</CardTitle>
          <CardDescription>{t("archiveDescription")}</CardDescription>
        </CardHeader>
        <CardContent className="space-y-4 text-sm">
          <ExportStatus item={item} zone={user.timeZone} />
          {item.status === "expired" || item.status === "failed" ? <ExportForm again {...prompt} /> : null}
          <p>
            <Link href="/settings/privacy" className="underline underline-offset-4">
              {t("backToPrivacy")}
            </Link>
          </p>
        </CardContent>
      </Card>
    </div>
  );
}
