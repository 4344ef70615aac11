import type { Metadata } from "next";
import { ProfileForm } from "./profile-form";
import { PhotoCard } from "./photo-card";
import { avatarPhoto } from "@/lib/photos/url";
import { requireUserForPage } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/accounts/get-profile";
import { signOutAction, signOutEverywhereAction } from "@/app/(auth)/actions";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { SignOutForm } from "@/components/sign-out-form";
import { timeZoneOptions } from "@/lib/time";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const user = await requireUserForPage();
  const profile = await getOwnProfile(user);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your profile</h1>
        <p className="text-muted-foreground">Signed in as {profile.email}</p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Photo</CardTitle>
          <CardDescription>Shown beside your name wherever other members see it. Optional.</CardDescription>
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
          <CardTitle>About you</CardTitle>
          <CardDescription>Admins use this to introduce you to a mentor or mentee.</CardDescription>
        </CardHeader>
        <CardContent>
          <ProfileForm profile={profile} timeZones={timeZoneOptions(profile.timeZone)} />
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
