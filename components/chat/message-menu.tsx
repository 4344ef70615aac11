"use client";

import { lazy, Suspense, useRef, useState, type RefObject } from "react";
import { MoreHorizontal } from "lucide-react";
import { toast } from "@/components/ui/toast";
import { useTranslations } from "next-intl";
import type { MessageDto } from "@/lib/chat/dto";
import { LazyMenu } from "@/components/ui/lazy-menu";
import { cn } from "@/lib/utils/cn";
import { useOnce } from "@/components/ui/use-once";

const loadMenu = () => import("./message-menu-dropdown").then((m) => m.MessageMenuDropdown);
// The report form and the delete confirmation load when first opened, not with the conversation (issue 18).
const ReportDialog = lazy(() => import("./report-dialog").then((m) => ({ default: m.ReportDialog })));
const DeleteMessageDialog = lazy(() =>
  import("./delete-message-dialog").then((m) => ({ default: m.DeleteMessageDialog })),
);
const TRIGGER = cn(
  "size-8 shrink-0 self-center text-muted-foreground transition-opacity",
  "opacity-0 group-hover/row:opacity-100 group-focus-within/row:opacity-100 focus-visible:opacity-100",
  "data-[state=open]:opacity-100 [@media(hover:none)]:opacity-100",
);
// Until the menu loads, its button in the few classes it shows (the ghost icon button's whole list, for states
// this button never has, was 580 bytes of each of the page's 50 messages: issue 18).
const PLACEHOLDER = cn(
  "inline-flex items-center justify-center rounded-md hover:bg-accent hover:text-accent-foreground",
  TRIGGER,
);

/**
 * The "…" menu of a message: copy; edit and delete your own (for 15 minutes); report the other person's. The menu
 * itself (./message-menu-dropdown.tsx, Radix's dropdown) loads on first use; its dialogs load when they open.
 */
export function MessageMenu({
  message,
  mine,
  authorName,
  canChange,
  canReport,
  onEdit,
  onChanged,
  triggerRef,
}: {
  message: MessageDto;
  mine: boolean;
  authorName: string;
  canChange: boolean;
  canReport: boolean;
  onEdit: () => void;
  onChanged: (message: MessageDto) => void;
  /** The menu button, for focus to come back to after editing. */
  triggerRef: RefObject<HTMLButtonElement | null>;
}) {
  const t = useTranslations("chat.menu");
  const [dialog, setDialog] = useState<null | "delete" | "report">(null);
  const trigger = triggerRef;
  const focusElsewhere = useRef(false);
  const show = (d: "delete" | "report") => {
    focusElsewhere.current = true;
    setDialog(d);
  };
  const reportWanted = useOnce(dialog === "report");
  const deleteWanted = useOnce(dialog === "delete");
  const openChange = (d: "delete" | "report") => (open: boolean) => setDialog(open ? d : null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(message.body ?? "");
      toast.success(t("copied"));
    } catch {
      toast.error(t("copyFailed"));
    }
  };
  const label = mine ? t("actionsMine") : t("actionsTheirs", { name: authorName });
  return (
    <>
      <LazyMenu
        load={loadMenu}
        props={{
          mine,
          canChange,
          canReport,
          label,
          triggerClassName: TRIGGER,
          triggerRef: trigger,
          focusElsewhereRef: focusElsewhere,
          onEdit,
          show,
          copy: () => void copy(),
        }}
        className={PLACEHOLDER}
        label={label}
      >
        <MoreHorizontal aria-hidden className="size-4" />
      </LazyMenu>

      {deleteWanted ? (
        <Suspense fallback={null}>
          <DeleteMessageDialog
            message={message}
            open={dialog === "delete"}
            onOpenChange={openChange("delete")}
            returnFocusTo={trigger}
            onDeleted={(deleted) => {
              setDialog(null);
              onChanged(deleted);
            }}
          />
        </Suspense>
      ) : null}
      {canReport && reportWanted ? (
        <Suspense fallback={null}>
          <ReportDialog
            messageId={message.id}
            authorName={authorName}
            open={dialog === "report"}
            onOpenChange={openChange("report")}
            returnFocusTo={trigger}
          />
        </Suspense>
      ) : null}
    </>
  );
}
