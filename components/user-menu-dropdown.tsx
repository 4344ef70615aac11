"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { Bell, Handshake, KeyRound, LogOut, User } from "lucide-react";
import { clearChatStorage } from "@/components/chat/clear-chat-storage";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useFirstItemFocus, type MenuOpening } from "@/components/ui/lazy-menu";
import type { ReactNode } from "react";

/** The account menu itself, loaded on first use by UserMenu (components/user-menu.tsx). */
export function UserMenuDropdown({
  name,
  email,
  signOut,
  trigger,
  triggerClassName,
  opening,
}: {
  name: string;
  email: string;
  signOut: () => Promise<void>;
  trigger: ReactNode;
  triggerClassName: string;
  opening: MenuOpening;
}) {
  const t = useTranslations("shell");
  const content = useFirstItemFocus(opening);
  return (
    // Non-modal: a modal menu hides the rest of the page with aria-hidden while leaving it focusable.
    <DropdownMenu modal={false} defaultOpen={opening !== null}>
      <DropdownMenuTrigger className={triggerClassName}>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-56" ref={content}>
        <DropdownMenuLabel>
          <span className="block truncate font-medium">{name}</span>
          <span className="block truncate text-xs font-normal text-muted-foreground">{email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/mentorships">
            <Handshake aria-hidden className="size-4" />
            {t("myMentorships")}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/settings/profile">
            <User aria-hidden className="size-4" />
            {t("profile")}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/settings/account">
            <KeyRound aria-hidden className="size-4" />
            {t("accountAndPassword")}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/settings/notifications">
            <Bell aria-hidden className="size-4" />
            {t("notificationSettings")}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem
          onSelect={() => {
            // What was being written in a conversation doesn't stay behind for the next person at this computer.
            clearChatStorage();
            void signOut();
          }}
        >
          <LogOut aria-hidden className="size-4 rtl:-scale-x-100" />
          {t("signOut")}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
