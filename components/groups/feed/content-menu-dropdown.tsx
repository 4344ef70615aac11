"use client";

import type { RefObject } from "react";
import { Flag, MoreHorizontal, Pencil, Pin, PinOff, ShieldX, Trash2 } from "lucide-react";
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
import type { MenuAbilities } from "./content-menu";

/** The "…" menu itself, loaded on first use by ContentMenu (./content-menu.tsx), which keeps its dialogs. */
export function ContentMenuDropdown({
  can,
  label,
  triggerRef,
  focusElsewhereRef,
  onEdit,
  show,
  togglePin,
  opening,
}: {
  can: MenuAbilities;
  label: string;
  triggerRef: RefObject<HTMLButtonElement | null>;
  /** Set when an item moves focus elsewhere (a dialog, the editor): the menu then leaves focus alone on close. */
  focusElsewhereRef: RefObject<boolean>;
  onEdit: () => void;
  show: (dialog: "delete" | "remove" | "report") => void;
  togglePin: (pinned: boolean) => void;
  opening: MenuOpening;
}) {
  const t = useTranslations("feed.menu");
  const content = useFirstItemFocus(opening);
  return (
    <DropdownMenu modal={false} defaultOpen={opening !== null}>
      <DropdownMenuTrigger asChild>
        <Button
          ref={triggerRef}
          variant="ghost"
          size="icon"
          className="size-8 shrink-0 text-muted-foreground"
          aria-label={label}
        >
          <MoreHorizontal aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent
        ref={content}
        onCloseAutoFocus={(e) => {
          if (!focusElsewhereRef.current) return;
          focusElsewhereRef.current = false;
          e.preventDefault();
        }}
      >
        {can.edit ? (
          <DropdownMenuItem
            onSelect={() => {
              focusElsewhereRef.current = true;
              onEdit();
            }}
          >
            <Pencil aria-hidden /> {t("edit")}
          </DropdownMenuItem>
        ) : null}
        {can.delete ? (
          <DropdownMenuItem variant="destructive" onSelect={() => show("delete")}>
            <Trash2 aria-hidden /> {t("delete")}
          </DropdownMenuItem>
        ) : null}
        {(can.edit || can.delete) && (can.pinned !== undefined || can.remove || can.report) ? (
          <DropdownMenuSeparator />
        ) : null}
        {can.pinned !== undefined ? (
          <DropdownMenuItem onSelect={() => togglePin(!can.pinned)}>
            {can.pinned ? <PinOff aria-hidden /> : <Pin aria-hidden />}
            {can.pinned ? t("unpin") : t("pin")}
          </DropdownMenuItem>
        ) : null}
        {can.remove ? (
          <DropdownMenuItem variant="destructive" onSelect={() => show("remove")}>
            <ShieldX aria-hidden /> {t("remove")}
          </DropdownMenuItem>
        ) : null}
        {can.report ? (
          <DropdownMenuItem onSelect={() => show("report")}>
            <Flag aria-hidden /> {t("report")}
          </DropdownMenuItem>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
