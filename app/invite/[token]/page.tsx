import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { getInvitation } from "@/lib/groups/members/get-invitation";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { AcceptInvitationForm } from "./accept-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invite"))("title"), robots: { index: false, follow: false } };
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await getCurrentUser();
  const [invitation, t] = await Promise.all([getInvitation(user, token), getTranslations("invite")]);
  const here = `/invite/${encodeURIComponent(token)}`;

  if (invitation.state !== "valid") {
    return (
      <Card className="mx-auto max-w-lg">
        <CardHeader>
          <CardTitle as="h1">{t(`problemTitle.${invitation.state}`)}</CardTitle>
          <CardDescription>{t(`problem.${invitation.state}`)}</CardDescription>
        </CardHeader>
        <CardContent>
          <Button asChild variant="outline">
            <Link href="/groups">{t("findGroups")}</Link>
          </Button>
        </CardContent>
      </Card>
    );
  }

  const { group } = invitation;
  return (
    <Card className="mx-auto max-w-lg">
      <CardHeader>
        <p className="text-sm text-muted-foreground">{t("invitedBy", { name: invitation.invitedByName })}</p>
        <CardTitle as="h1" dir="auto">
          {group.name}
        </CardTitle>
        {group.description ? (
          <CardDescription dir="auto" className="whitespace-pre-line">
            {group.description}
          </CardDescription>
        ) : null}
      </CardHeader>
      <CardContent className="space-y-4">
        {invitation.alreadyMember ? (
          <>
            <p>{t("alreadyMember")}</p>
            <Button asChild>
              <Link href={`/groups/${group.slug}`}>{t("openGroup")}</Link>
            </Button>
          </>
        ) : user ? (
          <AcceptInvitationForm token={token} rules={group.rules} admitsAtOnce={invitation.admitsAtOnce} />
        ) : (
          <div className="space-y-3">
            <p className="text-sm text-muted-foreground">{t("signInLead")}</p>
            <div className="flex flex-wrap gap-2">
              <Button asChild>
                <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>{t("signIn")}</Link>
              </Button>
              <Button asChild variant="outline">
                <Link href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`}>{t("createAccount")}</Link>
              </Button>
            </div>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
