import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUserForPage } from "@/lib/auth/session";
import { getPrivacyPage } from "@/lib/accounts/privacy-page";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DeleteAccountForm } from "../delete-account-form";
import { ExportForm } from "../export-form";
import { ExportStatus } from "../export-status";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.privacy"))("title") };
}

export default async function PrivacyPage() {
  const user = await requireUserForPage();
  const [page, t] = await Promise.all([getPrivacyPage(user), getTranslations("settings.privacy")]);
  const pending = page.exports.some((e) => e.status === "pending");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>

      <Card>
        <CardHeader>
          <CardTitle>{t("downloadTitle")}</CardTitle>
          <CardDescription>{t("downloadDescription")}</CardDescription>
        </CardHeader>
        <CardContent className="space-y-4 text-sm">
          {page.exports.length ? (
            <ul className="divide-y rounded-md border" aria-label={t("archives")}>
              {page.exports.map((item) => (
                <li key={item.id} className="px-3 py-3">
                  <ExportStatus item={item} zone={user.timeZone} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted-foreground">{t("noArchive")}</p>
          )}
          <p className="text-muted-foreground">{t("background")}</p>
          {pending ? null : <ExportForm hasPassword={page.hasPassword} email={page.email} />}
        </CardContent>
      </Card>

      <Card className="border-destructive/40">
        <CardHeader>
          <CardTitle>{t("deleteTitle")}</CardTitle>
          <CardDescription>{t("deleteDescription")}</CardDescription>
        </CardHeader>
        <CardContent className="space-y-4 text-sm">
          <section aria-labelledby="erased-heading" className="space-y-1">
            <h3 id="erased-heading" className="font-medium">
              {t("erasedTitle")}
            </h3>
            <ul className="list-disc space-y-1 ps-5">
              <li>{t("erasedProfile")}</li>
              <li>{t("erasedSignIn")}</li>
              <li>{t("erasedActivity")}</li>
              <li>{t("erasedEmail")}</li>
            </ul>
          </section>
          <section aria-labelledby="stays-heading" className="space-y-1">
            <h3 id="stays-heading" className="font-medium">
              {t("staysTitle")}
            </h3>
            <ul className="list-disc space-y-1 ps-5">
              <li>{t("staysWords")}</li>
              <li>{t("staysMentorships")}</li>
            </ul>
          </section>
          <section aria-labelledby="when-heading" className="space-y-1">
            <h3 id="when-heading" className="font-medium">
              {t("whenTitle")}
            </h3>
            <p>{t("whenBody")}</p>
          </section>

          {page.blockingGroups.length ? (
            <div role="status" className="space-y-2 rounded-md border border-border bg-muted px-3 py-3">
              <p className="font-medium">{t("ownsGroups", { count: page.blockingGroups.length })}</p>
              <ul className="list-disc space-y-1 ps-5">
                {page.blockingGroups.map((g) => (
                  <li key={g.slug}>
                    <Link href={`/groups/${g.slug}/settings`} dir="auto" className="underline underline-offset-4">
                      {g.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <DeleteAccountForm hasPassword={page.hasPassword} email={page.email} />
          )}
        </CardContent>
      </Card>
    </div>
  );
}
