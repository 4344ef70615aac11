"use client";

import { MoreHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useFirstItemFocus, type MenuOpening } from "@/components/ui/lazy-menu";
import type { PendingMemberAction } from "./member-action-dialog";
import type { MemberRow } from "./members-list";

/** A member's admin menu itself, loaded on first use by MemberMenu (./members-list.tsx). */
export function MemberMenuDropdown({
  member,
  onPick,
  triggerRef,
  opening,
}: {
  member: MemberRow;
  onPick: (action: PendingMemberAction) => void;
  triggerRef: (el: HTMLButtonElement | null) => void;
  opening: MenuOpening;
}) {
  const t = useTranslations("members.list");
  const content = useFirstItemFocus(opening);
  const manage = member.manage;
  if (!manage) return null;
  const base = { membershipId: member.membershipId, name: member.name };
  return (
    // Not modal: the menu hands focus to a dialog, which must be free to take it.
    <DropdownMenu modal={false} defaultOpen={opening !== null}>
      <DropdownMenuTrigger asChild>
        <Button ref={triggerRef} variant="ghost" size="icon" aria-label={t("manage", { name: member.name })}>
          <MoreHorizontal aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent ref={content}>
        {manage.roles.length ? (
          <DropdownMenuItem
            onSelect={() => onPick({ ...base, op: "role", roles: manage.roles, currentRole: member.role })}
          >
            {t("changeRole")}
          </DropdownMenuItem>
        ) : null}
        {manage.mute ? (
          member.mutedUntil ? (
            <DropdownMenuItem onSelect={() => onPick({ ...base, op: "unmute" })}>{t("unmute")}</DropdownMenuItem>
          ) : (
            <DropdownMenuItem onSelect={() => onPick({ ...base, op: "mute" })}>{t("mute")}</DropdownMenuItem>
          )
        ) : null}
        {manage.remove || manage.ban ? <DropdownMenuSeparator /> : null}
        {manage.remove ? (
          <DropdownMenuItem variant="destructive" onSelect={() => onPick({ ...base, op: "remove" })}>
            {t("remove")}
          </DropdownMenuItem>
        ) : null}
        {manage.ban ? (
          <DropdownMenuItem variant="destructive" onSelect={() => onPick({ ...base, op: "ban" })}>
            {t("ban")}
          </DropdownMenuItem>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
