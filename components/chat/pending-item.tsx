"use client";

import { AlertCircle, LoaderCircle, RotateCw, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { LinkifiedText } from "@/components/linkified-text";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils/cn";
import type { Outgoing } from "./outbox";

/** Your message on its way: "Sending…", or "Not sent" with why, Retry (the same message id) and Discard. */
export function PendingItem({
  item,
  onRetry,
  onDiscard,
}: {
  item: Outgoing;
  onRetry: () => void;
  onDiscard: () => void;
}) {
  const t = useTranslations("chat.pending");
  const failed = item.status === "failed";
  return (
    <li data-testid="pending-message" className="flex flex-row-reverse pt-0.5">
      <div className="flex max-w-[85%] flex-col items-end sm:max-w-[70%]">
        <span className="sr-only">{t("you")}</span>
        <div
          dir="auto"
          className={cn(
            "rounded-2xl rounded-ee-md px-3 py-2 text-[0.9375rem] leading-relaxed",
            failed
              ? "border border-destructive/60 bg-background text-foreground"
              : "bg-primary text-primary-foreground [&_a]:text-primary-foreground",
          )}
        >
          <LinkifiedText text={item.body} />
        </div>
        {failed ? (
          <div className="mt-1 flex flex-wrap items-center justify-end gap-x-2 gap-y-1 px-1 text-xs">
            <span className="flex items-center gap-1 text-destructive">
              <AlertCircle aria-hidden className="size-3.5 shrink-0" />
              {item.error ? t("notSentWhy", { error: item.error }) : t("notSent")}
            </span>
            <Button variant="outline" size="sm" className="h-7 px-2 text-xs" onClick={onRetry}>
              <RotateCw aria-hidden className="size-3.5" /> {t("retry")}
            </Button>
            <Button variant="ghost" size="sm" className="h-7 px-2 text-xs" onClick={onDiscard}>
              <X aria-hidden className="size-3.5" /> {t("discard")}
            </Button>
          </div>
        ) : (
          <p className="mt-1 flex items-center gap-1 px-1 text-xs text-muted-foreground">
            <LoaderCircle aria-hidden className="size-3.5 motion-safe:animate-spin" />
            {t("sending")}
          </p>
        )}
      </div>
    </li>
  );
}
