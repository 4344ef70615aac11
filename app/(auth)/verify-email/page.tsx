import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AuthCard } from "../auth-card";
import { ConfirmForm } from "./confirm-form";
import { ResendLinkForm } from "./resend-link-form";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/accounts/schemas";
import { inspectVerificationLink, LINK_PROBLEMS } from "@/lib/accounts/confirm-email";
import { verifyEmailUrl } from "@/lib/accounts/verification";

export const metadata: Metadata = { title: "Confirm your email", referrer: "no-referrer" };

const linkClass = "font-medium text-primary underline underline-offset-4";

function Problem({ children }: { children: ReactNode }) {
  return (
    <p
      role="alert"
      className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive"
    >
      {children}
    </p>
  );
}

/**
 * Opening the link shows what it is for and a button; only the button (a POST) uses it. A dead link says why
 * (expired, used, not valid) and what to do next.
 */
export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const next = safeCallbackUrl(typeof params.next === "string" ? params.next : null);
  const [link, user] = await Promise.all([inspectVerificationLink(token), getCurrentUser()]);

  if (link.status === "valid") {
    const self = user?.id === link.userId;
    if (user && !self)
      return (
        <AuthCard title="Confirm your email" description={`This link confirms ${link.email}.`}>
          <div className="space-y-4 text-sm">
            <Problem>You&apos;re signed in to another account. Sign out first, then open the link again.</Problem>
          </div>
        </AuthCard>
      );
    if (!self && !link.hasPassword)
      return (
        <AuthCard title="Confirm your email" description={`This link confirms ${link.email}.`}>
          <p className="text-sm">
            <Link
              href={`/sign-in?callbackUrl=${encodeURIComponent(verifyEmailUrl(token, next))}`}
              className={linkClass}
            >
              Sign in
            </Link>{" "}
            to this account first; you&apos;ll come back here to confirm.
          </p>
        </AuthCard>
      );
    return (
      <AuthCard
        title="Confirm your email"
        description={
          link.hasPassword
            ? `Confirm that ${link.email} is your address by entering your Kinship password.`
            : `Confirm that ${link.email} is your address.`
        }
      >
        <ConfirmForm token={token} next={next} email={link.email} askPassword={link.hasPassword} signedIn={self} />
      </AuthCard>
    );
  }

  if (link.status === "confirmed")
    return (
      <AuthCard title="Email already confirmed" description={LINK_PROBLEMS.confirmed}>
        <p className="text-sm">
          {user ? (
            <Link href={next} className={linkClass}>
              Continue
            </Link>
          ) : (
            <Link
              href={next === "/" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(next)}`}
              className={linkClass}
            >
              Sign in
            </Link>
          )}
        </p>
      </AuthCard>
    );

  const dead = {
    expired: { title: "This link has expired", why: "Links work for 24 hours, and only the newest one we sent works." },
    used: { title: "This link was already used", why: "Each link works once." },
    invalid: { title: "This link isn't valid", why: "Check that you copied all of it from the email." },
  }[link.status];
  const signIn = next === "/" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(next)}`;
  return (
    <AuthCard title={dead.title} description={dead.why}>
      <div className="space-y-4 text-sm">
        {link.status === "invalid" ? (
          <p className="text-muted-foreground">
            {user ? (
              "Use “Resend email” at the top of the page for a new link."
            ) : (
              <>
                Need a new link?{" "}
                <Link href="/sign-up" className={linkClass}>
                  Sign up again
                </Link>{" "}
                with the same address. Already confirmed?{" "}
                <Link href="/sign-in" className={linkClass}>
                  Sign in
                </Link>
                .
              </>
            )}
          </p>
        ) : link.status === "used" && link.confirmed ? (
          <p>
            Your email address is confirmed.{" "}
            <Link href={user ? next : signIn} className={linkClass}>
              {user ? "Continue" : "Sign in"}
            </Link>
          </p>
        ) : (
          <>
            <p className="text-muted-foreground">Ask for a new one: we&apos;ll send it to the same address.</p>
            <ResendLinkForm token={token} next={next} />
          </>
        )}
      </div>
    </AuthCard>
  );
}
