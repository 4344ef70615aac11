"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { BannedMemberDto } from "@/lib/groups/members/dto";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { unbanMemberAction } from "./actions";

export type BannedRow = BannedMemberDto & { bannedLabel: string | null };

/** Banned people, with "Lift ban" (which lets them find the group and ask to join again). */
export function BannedList({ banned }: { banned: BannedRow[] }) {
  const [state, action, pending] = useActionState(unbanMemberAction, idle);
  const t = useTranslations("members.banned");
  return (
    <form action={action} className="space-y-2">
      <ActionFeedback state={state} />
      {banned.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("nobody")}</p>
      ) : (
        <ul className="divide-y divide-border">
          {banned.map((b) => (
            <li key={b.membershipId} className="flex items-center gap-3 py-2 text-sm">
              <Avatar name={b.name} size="sm" />
              <div className="min-w-0 flex-1">
                <p dir="auto" className="font-medium">
                  {b.name}
                </p>
                {b.bannedLabel ? <p className="text-muted-foreground">{t("since", { date: b.bannedLabel })}</p> : null}
              </div>
              <Button
                type="submit"
                name="membershipId"
                value={b.membershipId}
                variant="outline"
                size="sm"
                aria-disabled={pending || undefined}
                onClick={(e) => pending && e.preventDefault()}
                aria-label={t("liftFor", { name: b.name })}
              >
                {t("lift")}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
