import type { Metadata } from "next";
import Link from "next/link";
import { MailCheck } from "lucide-react";
import { AuthCard } from "../auth-card";

export const metadata: Metadata = { title: "Check your email" };

/**
 * Where every sign-up lands, whether the address was new or already had an account: the page holds nothing about
 * the address, and nobody is signed in, so it cannot tell the two apart (docs/decisions/018-account-links.md).
 */
export default function CheckEmailPage() {
  return (
    <AuthCard title="Check your email" description="One more step to finish signing up.">
      <div className="space-y-4 text-sm">
        <p className="flex items-start gap-3">
          <MailCheck className="mt-0.5 size-5 shrink-0 text-primary" aria-hidden="true" />
          <span>
            We&apos;ve sent a message to the address you gave. Open the link in it within 24 hours and confirm with your
            password: you&apos;ll be signed in, ready to join groups and talk with people.
          </span>
        </p>
        <p className="text-muted-foreground">
          Nothing there? Look in your spam folder, or{" "}
          <Link href="/sign-up" className="font-medium text-primary underline underline-offset-4">
            sign up again with the same address
          </Link>{" "}
          for a new link. Only the newest link works.
        </p>
        <p className="text-muted-foreground">
          Already have an account?{" "}
          <Link href="/sign-in" className="font-medium text-primary underline underline-offset-4">
            Sign in
          </Link>
          .
        </p>
      </div>
    </AuthCard>
  );
}
