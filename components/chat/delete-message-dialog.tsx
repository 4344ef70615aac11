"use client";

import { useRef, useState, type RefObject } from "react";
import { LoaderCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import type { MessageDto } from "@/lib/chat/dto";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";
import { chatApi } from "./api";
import { useApiError } from "./use-api-error";

/** "Delete this message?": loaded by MessageMenu (./message-menu.tsx) when first asked for. */
export function DeleteMessageDialog({
  message,
  open,
  onOpenChange,
  returnFocusTo,
  onDeleted,
}: {
  message: MessageDto;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocusTo: RefObject<HTMLButtonElement | null>;
  onDeleted: (message: MessageDto) => void;
}) {
  const t = useTranslations("chat.menu");
  const apiError = useApiError();
  const [deleting, setDeleting] = useState(false);
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
    const conversation = returnFocusTo.current?.closest<HTMLElement>('[role="log"]');
    onDeleted(result.data);
    conversation?.focus();
    toast.success(t("deletedToast"));
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      returnFocusTo={returnFocusTo}
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
  );
}
