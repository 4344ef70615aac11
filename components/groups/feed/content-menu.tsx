"use client";

import { lazy, Suspense, useRef, useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { LazyMenu } from "@/components/ui/lazy-menu";
import { useOnce } from "@/components/ui/use-once";
import { useStartEditing } from "./edit-scope";
import { hasMenu, type MenuAbilities } from "./labels";
import type { ContentRef } from "./moderation-dialogs";
import type { FeedActions } from "./feed-actions";
import { FeedIcon } from "./feed-icon";
import { runAction } from "./use-feed-action";

const loadMenu = () => import("./content-menu-dropdown").then((m) => m.ContentMenuDropdown);
// The ghost icon button's look in the few classes it uses: every post and comment has one, and the button's full
// class list (states this trigger never has) was 540 bytes of each (issue 18). Focus shows by the global ring.
const TRIGGER =
  "inline-flex size-8 shrink-0 items-center justify-center rounded-md text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground";
// The dialogs' code (forms, reasons, actions) loads when one first opens, not with every post of the feed (issue 18).
const loadDialogs = () => import("./moderation-dialogs");
const DeleteDialog = lazy(() => loadDialogs().then((m) => ({ default: m.DeleteDialog })));
const RemoveDialog = lazy(() => loadDialogs().then((m) => ({ default: m.RemoveDialog })));
const ReportDialog = lazy(() => loadDialogs().then((m) => ({ default: m.ReportDialog })));

export type { MenuAbilities };

/**
 * The "…" menu of a post or comment: what its author, a moderator or a member may do with it. The menu itself
 * (./content-menu-dropdown.tsx, Radix's dropdown) loads on first use; its dialogs load when they open. A client
 * island of a card rendered on the server: Edit reaches the text through the card's EditScope (./edit-scope.tsx).
 */
export function ContentMenu({
  slug,
  content,
  label,
  can,
  actions,
}: {
  slug: string;
  content: ContentRef;
  /** The button's name, "Actions for Ana's comment" (written by the card, in the reader's language). */
  label: string;
  can: MenuAbilities;
  actions: FeedActions;
}) {
  const startEditing = useStartEditing();
  const [dialog, setDialog] = useState<null | "delete" | "remove" | "report">(null);
  const [, startTransition] = useTransition();
  const trigger = useRef<HTMLButtonElement>(null);
  // When an item opens a dialog or the editor, focus goes there, not back to the menu button.
  const focusElsewhere = useRef(false);
  const dialogsWanted = useOnce(dialog !== null);
  const onEdit = startEditing ?? (() => {});
  if (!hasMenu(can)) return null;

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
      <LazyMenu
        load={loadMenu}
        props={{ can, label, triggerRef: trigger, focusElsewhereRef: focusElsewhere, onEdit, show, togglePin }}
        className={TRIGGER}
        label={label}
      >
        <FeedIcon name="more" />
      </LazyMenu>
      {dialogsWanted ? (
        <Suspense fallback={null}>
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
        </Suspense>
      ) : null}
    </>
  );
}
