"use client";

import { useRef, useState, type RefObject } from "react";
import { LoaderCircle, MoreHorizontal } from "lucide-react";
import { toast } from "@/components/ui/toast";
import { useTranslations } from "next-intl";
import type { MessageDto } from "@/lib/chat/dto";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { LazyMenu } from "@/components/ui/lazy-menu";
import { cn } from "@/lib/utils/cn";
import { chatApi } from "./api";
import { useApiError } from "./use-api-error";
import { ReportDialog } from "./report-dialog";

const loadMenu = () => import("./message-menu-dropdown").then((m) => m.MessageMenuDropdown);
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
  const apiError = useApiError();
  const [dialog, setDialog] = useState<null | "delete" | "report">(null);
  const [deleting, setDeleting] = useState(false);
  const trigger = triggerRef;
  const focusElsewhere = useRef(false);
  const show = (d: "delete" | "report") => {
    focusElsewhere.current = true;
    setDialog(d);
  };
  const openChange = (d: "delete" | "report") => (open: boolean) => setDialog(open ? d : null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(message.body ?? "");
      toast.success(t("copied"));
    } catch {
      toast.error(t("copyFailed"));
    }
  };
  // The busy button is only aria-disabled (it keeps focus), so Enter still reaches it: a second press, while
  // deleting or once deleted (the dialog may hold focus until it closes), does nothing.
  const started = useRef(false);
  const remove = async () => {
    if (started.current) return;
    started.current = true;
    setDeleting(true);
    const result = await chatApi<MessageDto>(`/api/v1/messages/${message.id}`, { method: "DELETE" });
    setDeleting(false);
    if (!result.ok) {
      started.current = false;
      return void toast.error(apiError(result));
    }
    // The message loses its menu once deleted: focus goes back to the conversation rather than nowhere.
    const conversation = trigger.current?.closest<HTMLElement>('[role="log"]');
    setDialog(null);
    onChanged(result.data);
    conversation?.focus();
    toast.success(t("deletedToast"));
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

      <Dialog
        open={dialog === "delete"}
        onOpenChange={openChange("delete")}
        returnFocusTo={trigger}
        title={t("deleteTitle")}
        description={t("deleteDescription")}
      >
        <div className="flex flex-wrap justify-end gap-2 pt-2">
          <DialogClose asChild>
            <Button type="button" variant="outline">
              {t("cancel")}
            </Button>
          </DialogClose>
          <Button variant="destructive" onClick={() => void remove()} aria-disabled={deleting || undefined}>
            {deleting ? <LoaderCircle aria-hidden className="motion-safe:animate-spin" /> : null}
            {deleting ? t("deleting") : t("delete")}
          </Button>
        </div>
      </Dialog>
      {canReport ? (
        <ReportDialog
          messageId={message.id}
          authorName={authorName}
          open={dialog === "report"}
          onOpenChange={openChange("report")}
          returnFocusTo={trigger}
        />
      ) : null}
    </>
  );
}
