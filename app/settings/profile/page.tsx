import Link from "next/link";
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ProfileForm } from "./profile-form";
import { PhotoCard } from "./photo-card";
import { LanguageForm } from "./language-form";
import { avatarPhoto } from "@/lib/photos/url";
import { requireUserForPage } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/accounts/get-profile";
import { availableLocales, localeName } from "@/lib/i18n/locales";
import { pseudoLocaleEnabled } from "@/lib/i18n/pseudo-enabled";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { timeZoneOptions } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.profile"))("title") };
}

export default async function ProfilePage() {
  const user = await requireUserForPage();
  const [profile, t, locale] = await Promise.all([getOwnProfile(user), getTranslations("settings"), getLocale()]);
  const languages = availableLocales(pseudoLocaleEnabled()).map((value) => ({ value, name: localeName(value) }));
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("profile.title")}</h1>
        <p className="text-muted-foreground">
          {t("profile.signedInAs", { email: profile.email })}{" "}
          <Link href="/settings/account" className="font-medium text-primary underline-offset-4 hover:underline">
            {t("profile.accountLink")}
          </Link>
        </p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>{t("profile.photoTitle")}</CardTitle>
          <CardDescription>{t("profile.photoDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          <PhotoCard
            name={profile.name}
            photo={avatarPhoto({ id: user.id, photoVersion: user.photoVersion ?? null })}
          />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("profile.aboutTitle")}</CardTitle>
          <CardDescription>{t("profile.aboutDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          <ProfileForm profile={profile} timeZones={timeZoneOptions(profile.timeZone)} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("language.title")}</CardTitle>
          <CardDescription>{t("language.description")}</CardDescription>
        </CardHeader>
        <CardContent>
          <LanguageForm current={locale} languages={languages} />
        </CardContent>
      </Card>
    </div>
  );
}
