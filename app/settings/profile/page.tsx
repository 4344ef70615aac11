import Link from "next/link";
import type { Metadata } from "next";
import { ProfileForm } from "./profile-form";
import { PhotoCard } from "./photo-card";
import { avatarPhoto } from "@/lib/photos/url";
import { requireUserForPage } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/accounts/get-profile";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { timeZoneOptions } from "@/lib/time";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const user = await requireUserForPage();
  const profile = await getOwnProfile(user);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Your profile</h1>
        <p className="text-muted-foreground">
          Signed in as {profile.email}.{" "}
          <Link href="/settings/account" className="font-medium text-primary underline-offset-4 hover:underline">
            Email, password and sessions
          </Link>
        </p>
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
    </div>
  );
}
