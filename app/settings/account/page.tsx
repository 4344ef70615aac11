import type { Metadata } from "next";
import { requireUserForPage } from "@/lib/auth/session";
import { getAccountSettings } from "@/lib/accounts/get-account-settings";
import { signOutAction, signOutEverywhereAction } from "@/app/(auth)/actions";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { SignOutForm } from "@/components/sign-out-form";
import { EmailForm } from "./email-form";
import { PasswordForm } from "./password-form";
import { SetPasswordForm } from "./set-password-form";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUserForPage();
  const account = await getAccountSettings(user);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Account</h1>
        <p className="text-muted-foreground">How you sign in, and where we write to you.</p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Email</CardTitle>
          <CardDescription>
            You sign in with <span className="font-medium text-foreground break-all">{account.email}</span>, and every
            email from Kinship goes there.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <EmailForm pendingEmail={account.pendingEmail} hasPassword={account.hasPassword} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Password</CardTitle>
          <CardDescription>
            {account.hasPassword
              ? "Changing it signs you out on every other device; this one stays signed in."
              : "You sign in with GitHub or Google. Set a password to sign in with your email address too."}
          </CardDescription>
        </CardHeader>
        <CardContent>
          {account.hasPassword ? <PasswordForm email={account.email} /> : <SetPasswordForm email={account.email} />}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Sessions</CardTitle>
          <CardDescription>
            Lost a phone or used a shared computer? Signing out everywhere ends every session, including this one.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-wrap gap-3">
          <SignOutForm action={signOutAction}>
            <Button type="submit" variant="outline">
              Sign out
            </Button>
          </SignOutForm>
          <SignOutForm action={signOutEverywhereAction}>
            <Button type="submit" variant="destructive">
              Sign out everywhere
            </Button>
          </SignOutForm>
        </CardContent>
      </Card>
    </div>
  );
}
