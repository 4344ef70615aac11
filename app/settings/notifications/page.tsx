import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUserForPage } from "@/lib/auth/session";
import { getPreferences } from "@/lib/notifications/preferences";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PreferencesForm } from "./preferences-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.notifications"))("title") };
}

export default async function NotificationSettingsPage() {
  const user = await requireUserForPage();
  const [prefs, t] = await Promise.all([getPreferences(user), getTranslations("settings.notifications")]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <Card>
        <CardHeader>
          <CardTitle>{t("cardTitle")}</CardTitle>
          <CardDescription>{t("cardDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          <PreferencesForm kinds={prefs.kinds} digest={prefs.digest} />
        </CardContent>
      </Card>
    </div>
  );
}
