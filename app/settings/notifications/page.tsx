import type { Metadata } from "next";
import { requireUserForPage } from "@/lib/auth/session";
import { getPreferences } from "@/lib/notifications/preferences";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PreferencesForm } from "./preferences-form";

export const metadata: Metadata = { title: "Notification settings" };

export default async function NotificationSettingsPage() {
  const user = await requireUserForPage();
  const prefs = await getPreferences(user);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Notification settings</h1>
      <Card>
        <CardHeader>
          <CardTitle>What you hear about</CardTitle>
          <CardDescription>
            Choose, for each kind of event, whether it shows in Kinship, arrives by email, or both.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <PreferencesForm kinds={prefs.kinds} digest={prefs.digest} />
        </CardContent>
      </Card>
    </div>
  );
}
