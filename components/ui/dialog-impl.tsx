"use client";

import { useState } from "react";
import * as DialogPrimitive from "@radix-ui/react-dialog";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DialogCloseContext, type DialogProps } from "./dialog-context";

/**
 * The app's one modal (Radix's dialog), loaded on demand by components/ui/dialog.tsx: see there. Opened at once
 * when `defaultOpen` (its trigger was used before this code had loaded).
 */
export function DialogImpl({
  open,
  onOpenChange,
  defaultOpen = false,
  title,
  description,
  trigger,
  returnFocusTo,
  onCloseAutoFocus,
  children,
}: DialogProps & { defaultOpen?: boolean }) {
  const [innerOpen, setInnerOpen] = useState(defaultOpen);
  const shown = open ?? innerOpen;
  const change = (next: boolean) => {
    setInnerOpen(next);
    onOpenChange?.(next);
  };
  const t = useTranslations("ui");
  const closeAutoFocus = (event: Event) => {
    onCloseAutoFocus?.(event);
    if (!returnFocusTo?.current) return;
    event.preventDefault();
    returnFocusTo.current.focus();
  };
  return (
    <DialogPrimitive.Root open={shown} onOpenChange={change}>
      {trigger ? <DialogPrimitive.Trigger asChild>{trigger}</DialogPrimitive.Trigger> : null}
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-50 bg-black/50" />
        <DialogPrimitive.Content
          className="fixed left-1/2 top-1/2 z-50 max-h-[90dvh] w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl border border-border bg-popover p-5 text-popover-foreground shadow-lg sm:p-6"
          onCloseAutoFocus={closeAutoFocus}
          {...(description ? {} : { "aria-describedby": undefined })}
        >
          <div className="mb-2 flex items-start justify-between gap-4">
            <DialogPrimitive.Title className="text-lg font-semibold">{title}</DialogPrimitive.Title>
            <DialogPrimitive.Close asChild>
              <Button variant="ghost" size="icon" aria-label={t("close")} className="-me-2 -mt-2">
                <X aria-hidden />
              </Button>
            </DialogPrimitive.Close>
          </div>
          {description ? (
            <DialogPrimitive.Description className="mb-4 text-sm text-muted-foreground">
              {description}
            </DialogPrimitive.Description>
          ) : null}
          <DialogCloseContext value={() => change(false)}>{children}</DialogCloseContext>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}
