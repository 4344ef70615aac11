"use client";

import { useCallback, useRef, useState } from "react";
import { MoreHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import type { MemberDto } from "@/lib/groups/members/dto";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { MemberActionDialog, type PendingMemberAction } from "./member-action-dialog";
import { RoleBadge } from "./role-badge";

export type MemberRow = MemberDto & { joinedLabel: string | null; mutedLabel: string | null };

function MemberMenu({
  member,
  onPick,
  triggerRef,
}: {
  member: MemberRow;
  onPick: (action: PendingMemberAction) => void;
  triggerRef: (el: HTMLButtonElement | null) => void;
}) {
  const t = useTranslations("members.list");
  const manage = member.manage;
  if (!manage) return null;
  const base = { membershipId: member.membershipId, name: member.name };
  return (
    // Not modal: the menu hands focus to a dialog, which must be free to take it.
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger asChild>
        <Button ref={triggerRef} variant="ghost" size="icon" aria-label={t("manage", { name: member.name })}>
          <MoreHorizontal aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent>
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

/** The members, with role badges and join dates, and the admin tools the viewer may use on each. */
export function MembersList({ members }: { members: MemberRow[] }) {
  const [pending, setPending] = useState<PendingMemberAction | null>(null);
  const t = useTranslations("members.list");
  const triggers = useRef(new Map<string, HTMLButtonElement>());
  const lastId = useRef<string | null>(null);
  const close = useCallback(() => setPending(null), []);
  const pick = (action: PendingMemberAction) => {
    lastId.current = action.membershipId;
    setPending(action);
  };
  // Focus goes back to the row's menu button; if the row is gone (removed, banned), to the list.
  const restoreFocus = (event: Event) => {
    const trigger = lastId.current ? triggers.current.get(lastId.current) : undefined;
    if (trigger?.isConnected) {
      event.preventDefault();
      trigger.focus();
    }
  };

  return (
    <>
      <ul className="divide-y divide-border" aria-label={t("label")}>
        {members.map((m) => (
          <li key={m.membershipId} className="flex items-start gap-3 py-3">
            <Avatar name={m.name} photo={m.photo} />
            <div className="min-w-0 flex-1 space-y-1">
              <p className="flex flex-wrap items-center gap-2">
                <span dir="auto" className="font-medium">
                  {m.name}
                </span>
                {m.isYou ? <span className="text-sm text-muted-foreground">{t("you")}</span> : null}
                <RoleBadge role={m.role} />
                {m.mutedLabel ? (
                  // Dates and times vary in length: let it wrap rather than push the row off a phone screen.
                  <Badge variant="outline" className="max-w-full whitespace-normal">
                    {t("mutedUntil", { date: m.mutedLabel })}
                  </Badge>
                ) : null}
              </p>
              {m.bio ? (
                <p dir="auto" className="line-clamp-2 text-sm text-muted-foreground">
                  {m.bio}
                </p>
              ) : null}
              <p className="text-xs text-muted-foreground">
                {m.joinedLabel ? t("joined", { date: m.joinedLabel }) : null}
              </p>
            </div>
            <MemberMenu
              member={m}
              onPick={pick}
              triggerRef={(el) => {
                if (el) triggers.current.set(m.membershipId, el);
                else triggers.current.delete(m.membershipId);
              }}
            />
          </li>
        ))}
      </ul>
      <MemberActionDialog pending={pending} onClose={close} onCloseAutoFocus={restoreFocus} />
    </>
  );
}
