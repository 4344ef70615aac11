"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Link2, Mail } from "lucide-react";
import type { InvitationDto } from "@/lib/groups/members/dto";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { revokeInvitationAction } from "./actions";

export type InvitationRow = InvitationDto & { expiresLabel: string | null };

/**
 * Open invitations with a Revoke button each. One form holds them all (each button names its invitation), so the
 * confirmation survives the row disappearing.
 */
export function InvitationsList({ invitations }: { invitations: InvitationRow[] }) {
  const [state, action, pending] = useActionState(revokeInvitationAction, idle);
  const t = useTranslations("members.invitations");
  return (
    <form action={action} className="space-y-2">
      <ActionFeedback state={state} />
      {invitations.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-border">
          {invitations.map((inv) => (
            <li key={inv.id} className="flex items-start justify-between gap-3 py-2 text-sm">
              <div className="flex min-w-0 gap-2">
                {inv.kind === "link" ? (
                  <Link2 aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
                ) : (
                  <Mail aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
                )}
                <div className="min-w-0">
                  <p className="font-medium">
                    {inv.kind === "link"
                      ? t("link")
                      : inv.inviteeName
                        ? t("to", { name: inv.inviteeName })
                        : t("toSomeone")}
                  </p>
                  <p className="text-muted-foreground">
                    {[
                      t("by", { name: inv.invitedByName }),
                      inv.kind === "link"
                        ? inv.maxUses === null
                          ? t("used", { used: inv.useCount })
                          : t("usedOf", { used: inv.useCount, max: inv.maxUses })
                        : null,
                      inv.expiresLabel ? t("expires", { date: inv.expiresLabel }) : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                </div>
              </div>
              {inv.canRevoke ? (
                <Button
                  type="submit"
                  name="invitationId"
                  value={inv.id}
                  variant="ghost"
                  size="sm"
                  aria-disabled={pending || undefined}
                  onClick={(e) => pending && e.preventDefault()}
                  aria-label={
                    inv.kind === "link"
                      ? t("revokeLink")
                      : inv.inviteeName
                        ? t("revokeTo", { name: inv.inviteeName })
                        : t("revokeToSomeone")
                  }
                >
                  {t("revoke")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
