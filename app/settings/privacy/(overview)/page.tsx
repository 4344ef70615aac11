import type { Metadata } from "next";
import Link from "next/link";
import { requireUserForPage } from "@/lib/auth/session";
import { getPrivacyPage } from "@/lib/accounts/privacy-page";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DeleteAccountForm } from "../delete-account-form";
import { ExportForm } from "../export-form";
import { ExportStatus } from "../export-status";

export const metadata: Metadata = { title: "Privacy & data" };

export default async function PrivacyPage() {
  const user = await requireUserForPage();
  const page = await getPrivacyPage(user);
  const pending = page.exports.some((e) => e.status === "pending");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Privacy &amp; data</h1>

      <Card>
        <CardHeader>
          <CardTitle>Download your data</CardTitle>
          <CardDescription>
            A zip of JSON files with everything you wrote and what Kinship keeps about you: your profile, groups, posts,
            comments, applications and answers, your own check-ins, your messages, the feedback you gave and your
            notifications. Other people&apos;s words are theirs, so they are not included.
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-4 text-sm">
          {page.exports.length ? (
            <ul className="divide-y rounded-md border" aria-label="Your archives">
              {page.exports.map((item) => (
                <li key={item.id} className="px-3 py-3">
                  <ExportStatus item={item} zone={user.timeZone} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted-foreground">You haven&apos;t asked for an archive yet.</p>
          )}
          <p className="text-muted-foreground">
            We prepare it in the background and email you a link. It works for 7 days, and only for you.
          </p>
          {pending ? null : <ExportForm hasPassword={page.hasPassword} email={page.email} />}
        </CardContent>
      </Card>

      <Card className="border-destructive/40">
        <CardHeader>
          <CardTitle>Delete your account</CardTitle>
          <CardDescription>Read what happens first. You have 7 days to change your mind.</CardDescription>
        </CardHeader>
        <CardContent className="space-y-4 text-sm">
          <section aria-labelledby="erased-heading" className="space-y-1">
            <h3 id="erased-heading" className="font-medium">
              What is erased
            </h3>
            <ul className="list-disc space-y-1 ps-5">
              <li>Your name, email address, bio, photo, languages and time zone.</li>
              <li>Your password and linked GitHub or Google sign-in: no one can sign in to this account again.</li>
              <li>Your notifications, settings, reactions and group memberships; your applications are withdrawn.</li>
              <li>Your email address becomes free: you can sign up again with it later, as a new member.</li>
            </ul>
          </section>
          <section aria-labelledby="stays-heading" className="space-y-1">
            <h3 id="stays-heading" className="font-medium">
              What stays
            </h3>
            <ul className="list-disc space-y-1 ps-5">
              <li>
                Your posts, comments, messages, check-ins and feedback stay readable to the people who had them, signed
                &ldquo;Former member&rdquo;. Download your data first if you want a copy.
              </li>
              <li>Your mentorships end. Your partners are told you&apos;re no longer a member, never why.</li>
            </ul>
          </section>
          <section aria-labelledby="when-heading" className="space-y-1">
            <h3 id="when-heading" className="font-medium">
              When
            </h3>
            <p>
              You are signed out everywhere at once. Your account is erased 7 days later, for good. Signing in before
              then cancels the deletion.
            </p>
          </section>

          {page.blockingGroups.length ? (
            <div role="status" className="space-y-2 rounded-md border border-border bg-muted px-3 py-3">
              <p className="font-medium">
                You own {page.blockingGroups.length === 1 ? "a group" : `${page.blockingGroups.length} groups`}.
                Transfer ownership to another member, or archive {page.blockingGroups.length === 1 ? "it" : "them"},
                before you delete your account:
              </p>
              <ul className="list-disc space-y-1 ps-5">
                {page.blockingGroups.map((g) => (
                  <li key={g.slug}>
                    <Link href={`/groups/${g.slug}/settings`} className="underline underline-offset-4">
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
