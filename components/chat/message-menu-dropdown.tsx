"use client";

import type { RefObject } from "react";
import { Copy, Flag, MoreHorizontal, Pencil, Trash2 } from "lucide-react";
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

/** A message's "…" menu itself, loaded on first use by MessageMenu (./message-menu.tsx), which keeps its dialogs. */
export function MessageMenuDropdown({
  mine,
  canChange,
  canReport,
  label,
  triggerClassName,
  triggerRef,
  focusElsewhereRef,
  onEdit,
  show,
  copy,
  opening,
}: {
  mine: boolean;
  canChange: boolean;
  canReport: boolean;
  label: string;
  triggerClassName: string;
  triggerRef: RefObject<HTMLButtonElement | null>;
  /** Set when an item moves focus elsewhere (a dialog, the editor): the menu then leaves focus alone on close. */
  focusElsewhereRef: RefObject<boolean>;
  onEdit: () => void;
  show: (dialog: "delete" | "report") => void;
  copy: () => void;
  opening: MenuOpening;
}) {
  const t = useTranslations("chat.menu");
  const content = useFirstItemFocus(opening);
  return (
    <DropdownMenu modal={false} defaultOpen={opening !== null}>
      <DropdownMenuTrigger asChild>
        <Button ref={triggerRef} variant="ghost" size="icon" aria-label={label} className={triggerClassName}>
          <MoreHorizontal aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent
        ref={content}
        align={mine ? "end" : "start"}
        onCloseAutoFocus={(e) => {
          if (!focusElsewhereRef.current) return;
          focusElsewhereRef.current = false;
          e.preventDefault();
        }}
      >
        <DropdownMenuItem onSelect={copy}>
          <Copy aria-hidden /> {t("copy")}
        </DropdownMenuItem>
        {canChange ? (
          <>
            <DropdownMenuItem
              onSelect={() => {
                focusElsewhereRef.current = true;
                onEdit();
              }}
            >
              <Pencil aria-hidden /> {t("edit")}
            </DropdownMenuItem>
            <DropdownMenuItem variant="destructive" onSelect={() => show("delete")}>
              <Trash2 aria-hidden /> {t("delete")}
            </DropdownMenuItem>
          </>
        ) : null}
        {canReport ? (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={() => show("report")}>
              <Flag aria-hidden /> {t("report")}
            </DropdownMenuItem>
          </>
        ) : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
