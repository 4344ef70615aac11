"use client";

import { useRef, useState, useTransition } from "react";
import { Flag, MoreHorizontal, Pencil, Pin, PinOff, ShieldX, Trash2 } from "lucide-react";
import { toast } from "@/components/ui/toast";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { DeleteDialog, RemoveDialog, ReportDialog, type ContentRef } from "./moderation-dialogs";
import type { FeedActions } from "./feed-actions";
import { runAction } from "./use-feed-action";

export type MenuAbilities = {
  edit: boolean;
  delete: boolean;
  /** Pin (false) or unpin (true); undefined when the viewer may not pin. */
  pinned?: boolean;
  remove: boolean;
  report: boolean;
};

/** The "…" menu of a post or comment: what its author, a moderator or a member may do with it. */
export function ContentMenu({
  slug,
  content,
  can,
  onEdit,
  actions,
}: {
  slug: string;
  content: ContentRef;
  can: MenuAbilities;
  onEdit: () => void;
  actions: FeedActions;
}) {
  const [dialog, setDialog] = useState<null | "delete" | "remove" | "report">(null);
  const t = useTranslations("feed.menu");
  const [, startTransition] = useTransition();
  const trigger = useRef<HTMLButtonElement>(null);
  // When an item opens a dialog or the editor, focus goes there, not back to the menu button.
  const focusElsewhere = useRef(false);
  const any = can.edit || can.delete || can.pinned !== undefined || can.remove || can.report;
  if (!any) return null;

  const togglePin = (pinned: boolean) =>
    startTransition(async () => {
      const result = await runAction(actions.pinPost, { slug, postId: content.id, pinned: String(pinned) });
      if (result.status === "success") toast.success(result.message);
      else if (result.status === "error") toast.error(result.message);
    });
  const open = (d: typeof dialog) => (next: boolean) => setDialog(next ? d : null);
  const show = (d: NonNullable<typeof dialog>) => {
    focusElsewhere.current = true;
    setDialog(d);
  };

  return (
    <>
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button
            ref={trigger}
            variant="ghost"
            size="icon"
            className="size-8 shrink-0 text-muted-foreground"
            aria-label={t("label", { name: content.authorName, kind: content.kind })}
          >
            <MoreHorizontal aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent
          onCloseAutoFocus={(e) => {
            if (!focusElsewhere.current) return;
            focusElsewhere.current = false;
            e.preventDefault();
          }}
        >
          {can.edit ? (
            <DropdownMenuItem
              onSelect={() => {
                focusElsewhere.current = true;
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
      {can.delete ? (
        <DeleteDialog
          slug={slug}
          content={content}
          open={dialog === "delete"}
          onOpenChange={open("delete")}
          returnFocusTo={trigger}
          actions={actions}
        />
      ) : null}
      {can.remove ? (
        <RemoveDialog
          slug={slug}
          content={content}
          open={dialog === "remove"}
          onOpenChange={open("remove")}
          returnFocusTo={trigger}
          actions={actions}
        />
      ) : null}
      {can.report ? (
        <ReportDialog
          slug={slug}
          content={content}
          open={dialog === "report"}
          onOpenChange={open("report")}
          returnFocusTo={trigger}
          actions={actions}
        />
      ) : null}
    </>
  );
}
