import type { Metadata } from "next";
import { AuthCard } from "../../auth-card";
import { DeadLink } from "../../dead-link";
import { TokenButtonForm } from "../token-button-form";
import { undoEmailChangeAction } from "../actions";
import { checkUndoLink } from "@/lib/accounts/undo-email-change";
import { DEAD_LINK_MESSAGES } from "@/lib/accounts/link-status";

export const metadata: Metadata = { title: "Undo the change of address", referrer: "no-referrer" };

const RETRY = { href: "/forgot-password", label: "Reset the password of an account instead" };

export default async function UndoEmailChangePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const link = await checkUndoLink(token);
  if (link.status !== "valid")
    return (
      <AuthCard title="This link doesn't work" description="Links to undo a change of address work once, for 7 days.">
        <DeadLink message={DEAD_LINK_MESSAGES[link.status === "stale" ? "invalid" : link.status]} action={RETRY} />
      </AuthCard>
    );
  return (
    <AuthCard
      title="Undo the change of address"
      description="If you didn't change your Kinship address, someone else may have. Take your account back."
    >
      <ul className="mb-4 list-disc space-y-1 ps-5 text-sm">
        <li>
          Your account goes back to <span className="font-medium break-all">{link.oldEmail}</span>.
        </li>
        <li>Everyone signed in to it, on every device, is signed out.</li>
        <li>Its password stops working: you choose a new one next.</li>
      </ul>
      <TokenButtonForm
        token={token}
        action={undoEmailChangeAction}
        variant="destructive"
        pendingLabel="Taking it back…"
        deadLinkHelp={RETRY}
      >
        Undo the change
      </TokenButtonForm>
    </AuthCard>
  );
}
