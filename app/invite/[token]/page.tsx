import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { getInvitation } from "@/lib/groups/members/get-invitation";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { AcceptInvitationForm } from "./accept-form";

export const metadata: Metadata = { title: "Invitation", robots: { index: false, follow: false } };

const TITLES = {
  invalid: "This invitation can't be used",
  expired: "This invitation has expired",
  revoked: "This invitation was withdrawn",
  used: "This invitation is used up",
} as const;

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await getCurrentUser();
  const invitation = await getInvitation(user, token);
  const here = `/invite/${encodeURIComponent(token)}`;

  if (invitation.state !== "valid") {
    return (
      <Card className="mx-auto max-w-lg">
        <CardHeader>
          <CardTitle as="h1">{TITLES[invitation.state]}</CardTitle>
          <CardDescription>{invitation.message}</CardDescription>
        </CardHeader>
        <CardContent>
          <Button asChild variant="outline">
            <Link href="/groups">Find groups</Link>
          </Button>
        </CardContent>
      </Card>
    );
  }

  const { group } = invitation;
  return (
    <Card className="mx-auto max-w-lg">
      <CardHeader>
        <p className="text-sm text-muted-foreground">{invitation.invitedByName} invited you to join</p>
        <CardTitle as="h1">{group.name}</CardTitle>
        {group.description ? (
          <CardDescription className="whitespace-pre-line">{group.description}</CardDescription>
        ) : null}
      </CardHeader>
      <CardContent className="space-y-4">
        {invitation.alreadyMember ? (
          <>
            <p>You&apos;re already a member of this group.</p>
            <Button asChild>
              <Link href={`/groups/${group.slug}`}>Open the group</Link>
            </Button>
          </>
        ) : user ? (
          <AcceptInvitationForm token={token} rules={group.rules} admitsAtOnce={invitation.admitsAtOnce} />
        ) : (
          <div className="space-y-3">
            <p className="text-sm text-muted-foreground">
              Sign in, or create an account, to accept. You&apos;ll come straight back here.
            </p>
            <div className="flex flex-wrap gap-2">
              <Button asChild>
                <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>Sign in to accept</Link>
              </Button>
              <Button asChild variant="outline">
                <Link href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`}>Create an account</Link>
              </Button>
            </div>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
