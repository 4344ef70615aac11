import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "../auth-card";
import { ConfirmForm } from "./confirm-form";
import { ResendLinkForm } from "./resend-link-form";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/accounts/schemas";
import { inspectVerificationLink } from "@/lib/accounts/confirm-email";
import { verifyEmailUrl } from "@/lib/accounts/verification";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.verifyEmail"))("title"), referrer: "no-referrer" };
}

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
  const [link, user, t, shell] = await Promise.all([
    inspectVerificationLink(token),
    getCurrentUser(),
    getTranslations("account.verifyEmail"),
    getTranslations("shell"),
  ]);

  if (link.status === "valid") {
    const self = user?.id === link.userId;
    if (user && !self)
      return (
        <AuthCard title={t("title")} description={t("thisLinkConfirms", { email: link.email })}>
          <div className="space-y-4 text-sm">
            <Problem>{t("otherAccount")}</Problem>
          </div>
        </AuthCard>
      );
    if (!self && !link.hasPassword)
      return (
        <AuthCard title={t("title")} description={t("thisLinkConfirms", { email: link.email })}>
          <p className="text-sm">
            {t.rich("signInFirst", {
              link: (chunks) => (
                <Link
                  href={`/sign-in?callbackUrl=${encodeURIComponent(verifyEmailUrl(token, next))}`}
                  className={linkClass}
                >
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </AuthCard>
      );
    return (
      <AuthCard
        title={t("title")}
        description={
          link.hasPassword
            ? t("confirmWithPassword", { email: link.email })
            : t("confirmAddress", { email: link.email })
        }
      >
        <ConfirmForm token={token} next={next} email={link.email} askPassword={link.hasPassword} signedIn={self} />
      </AuthCard>
    );
  }

  if (link.status === "confirmed")
    return (
      <AuthCard title={t("alreadyTitle")} description={t("alreadyDescription")}>
        <p className="text-sm">
          {user ? (
            <Link href={next} className={linkClass}>
              {t("continue")}
            </Link>
          ) : (
            <Link
              href={next === "/" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(next)}`}
              className={linkClass}
            >
              {t("signIn")}
            </Link>
          )}
        </p>
      </AuthCard>
    );

  const dead = {
    expired: { title: t("expiredTitle"), why: t("expiredWhy") },
    used: { title: t("usedTitle"), why: t("usedWhy") },
    invalid: { title: t("invalidTitle"), why: t("invalidWhy") },
  }[link.status];
  const signIn = next === "/" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(next)}`;
  return (
    <AuthCard title={dead.title} description={dead.why}>
      <div className="space-y-4 text-sm">
        {link.status === "invalid" ? (
          <p className="text-muted-foreground">
            {user
              ? t("useResend", { button: shell("resendEmail") })
              : t.rich("needNewLink", {
                  signUp: (chunks) => (
                    <Link href="/sign-up" className={linkClass}>
                      {chunks}
                    </Link>
                  ),
                  signIn: (chunks) => (
                    <Link href="/sign-in" className={linkClass}>
                      {chunks}
                    </Link>
                  ),
                })}
          </p>
        ) : link.status === "used" && link.confirmed ? (
          <p>
            {t("confirmedLead")}{" "}
            <Link href={user ? next : signIn} className={linkClass}>
              {user ? t("continue") : t("signIn")}
            </Link>
          </p>
        ) : (
          <>
            <p className="text-muted-foreground">{t("askNew")}</p>
            <ResendLinkForm token={token} next={next} />
          </>
        )}
      </div>
    </AuthCard>
  );
}
