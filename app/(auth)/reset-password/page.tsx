import type { Metadata } from "next";
import { AuthCard } from "../auth-card";
import { DeadLink } from "../dead-link";
import { ResetPasswordForm } from "./reset-password-form";
import { checkResetLink } from "@/lib/accounts/reset-password";
import { DEAD_LINK_MESSAGES } from "@/lib/accounts/link-status";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  // Peek only: opening the page (or a mail scanner opening the link) does not use it up.
  const link = await checkResetLink(token);
  if (link.status !== "valid")
    return (
      <AuthCard title="This link doesn't work" description="Links to choose a new password work once, for an hour.">
        <DeadLink
          message={DEAD_LINK_MESSAGES[link.status]}
          action={{ href: "/forgot-password", label: "Email me a new link" }}
        />
      </AuthCard>
    );
  return (
    <AuthCard title="Choose a new password" description={`For the account ${link.email}.`}>
      <ResetPasswordForm token={token} email={link.email} />
    </AuthCard>
  );
}
