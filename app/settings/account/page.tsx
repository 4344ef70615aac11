import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUserForPage } from "@/lib/auth/session";
import { getAccountSettings } from "@/lib/accounts/get-account-settings";
import { signOutAction, signOutEverywhereAction } from "@/app/(auth)/actions";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { SignOutForm } from "@/components/sign-out-form";
import { EmailForm } from "./email-form";
import { PasswordForm } from "./password-form";
import { SetPasswordForm } from "./set-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const user = await requireUserForPage();
  const [account, t] = await Promise.all([getAccountSettings(user), getTranslations("account")]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-muted-foreground">{t("lead")}</p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>{t("emailTitle")}</CardTitle>
          <CardDescription>
            {t.rich("emailDescription", {
              email: account.email,
              b: (chunks) => <span className="font-medium text-foreground break-all">{chunks}</span>,
            })}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <EmailForm pendingEmail={account.pendingEmail} hasPassword={account.hasPassword} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("passwordTitle")}</CardTitle>
          <CardDescription>
            {account.hasPassword ? t("passwordDescription") : t("noPasswordDescription")}
          </CardDescription>
        </CardHeader>
        <CardContent>
          {account.hasPassword ? <PasswordForm email={account.email} /> : <SetPasswordForm email={account.email} />}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("sessionsTitle")}</CardTitle>
          <CardDescription>{t("sessionsDescription")}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-wrap gap-3">
          <SignOutForm action={signOutAction}>
            <Button type="submit" variant="outline">
              {t("signOut")}
            </Button>
          </SignOutForm>
          <SignOutForm action={signOutEverywhereAction}>
            <Button type="submit" variant="destructive">
              {t("signOutEverywhere")}
            </Button>
          </SignOutForm>
        </CardContent>
      </Card>
    </div>
  );
}
