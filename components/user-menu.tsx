"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { Bell, Handshake, KeyRound, LogOut, User } from "lucide-react";
import { Avatar } from "@/components/ui/avatar";
import type { AvatarPhoto } from "@/lib/photos/url";
import { clearChatStorage } from "@/components/chat/clear-chat-storage";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

/** `signOut` is the app's server action, handed down by the root layout (components never import app/). */
export function UserMenu({
  name,
  email,
  photo,
  signOut,
}: {
  name: string;
  email: string;
  photo: AvatarPhoto | null;
  signOut: () => Promise<void>;
}) {
  const t = useTranslations("shell");
  return (
    // Non-modal: a modal menu hides the rest of the page with aria-hidden while leaving it focusable.
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger className="rounded-full focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background">
        {/* The name comes from hidden text, not aria-label, so it never contradicts the visible initials. */}
        <span className="sr-only">{t("accountMenu", { name })}</span>
        <Avatar name={name} photo={photo} />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-56">
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
