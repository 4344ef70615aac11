"use client";

import { lazy, Suspense, useCallback, useRef, useState } from "react";
import { MoreHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import type { MemberDto } from "@/lib/groups/members/dto";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { LazyMenu } from "@/components/ui/lazy-menu";
import type { PendingMemberAction } from "./member-action-dialog";
import { useOnce } from "@/components/ui/use-once";
import type { MemberMenuDropdown } from "./member-menu-dropdown";
import { RoleBadge } from "./role-badge";

export type MemberRow = MemberDto & { joinedLabel: string | null; mutedLabel: string | null };

// The dialog's code loads when first opened, not with the page (issue 18).
const MemberActionDialog = lazy(() =>
  import("./member-action-dialog").then((m) => ({ default: m.MemberActionDialog })),
);
// Radix's dropdown (with its popper and focus layers) loads when a menu is first used, not with the page (issue 18).
const loadMenu = () => import("./member-menu-dropdown").then((m) => m.MemberMenuDropdown);
type MenuProps = Omit<Parameters<typeof MemberMenuDropdown>[0], "opening">;

function MemberMenu({ member, onPick, triggerRef }: MenuProps) {
  const t = useTranslations("members.list");
  if (!member.manage) return null;
  const label = t("manage", { name: member.name });
  return (
    <LazyMenu
      load={loadMenu}
      props={{ member, onPick, triggerRef }}
      className={buttonVariants({ variant: "ghost", size: "icon" })}
      label={label}
    >
      <MoreHorizontal aria-hidden />
    </LazyMenu>
  );
}

/** The members, with role badges and join dates, and the admin tools the viewer may use on each. */
export function MembersList({ members }: { members: MemberRow[] }) {
  const [pending, setPending] = useState<PendingMemberAction | null>(null);
  const t = useTranslations("members.list");
  const triggers = useRef(new Map<string, HTMLButtonElement>());
  const lastId = useRef<string | null>(null);
  const close = useCallback(() => setPending(null), []);
  const dialogWanted = useOnce(pending !== null);
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
      {dialogWanted ? (
        <Suspense fallback={null}>
          <MemberActionDialog pending={pending} onClose={close} onCloseAutoFocus={restoreFocus} />
        </Suspense>
      ) : null}
    </>
  );
}
