import type { Metadata } from "next";
import { AuthCard } from "../../auth-card";
import { DeadLink } from "../../dead-link";
import { TokenButtonForm } from "../token-button-form";
import { confirmEmailChangeAction } from "../actions";
import { checkEmailChangeLink } from "@/lib/accounts/change-email";
import { DEAD_LINK_MESSAGES, STALE_EMAIL_LINK } from "@/lib/accounts/link-status";

export const metadata: Metadata = { title: "Confirm your new address", referrer: "no-referrer" };

const RETRY = { href: "/settings/account", label: "Ask for a new link in your account settings" };

export default async function ConfirmEmailChangePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const link = await checkEmailChangeLink(token);
  if (link.status !== "valid")
    return (
      <AuthCard title="This link doesn't work" description="Links to confirm a new address work once, for 24 hours.">
        <DeadLink
          message={link.status === "stale" ? STALE_EMAIL_LINK : DEAD_LINK_MESSAGES[link.status]}
          action={RETRY}
        />
      </AuthCard>
    );
  return (
    <AuthCard
      title="Confirm your new address"
      description="Your Kinship account will use this address to sign in and for every email."
    >
      <p className="mb-4 rounded-md border bg-muted/40 px-3 py-2 text-center font-medium break-all">{link.newEmail}</p>
      <TokenButtonForm token={token} action={confirmEmailChangeAction} pendingLabel="Confirming…" deadLinkHelp={RETRY}>
        Use this address
      </TokenButtonForm>
    </AuthCard>
  );
}
