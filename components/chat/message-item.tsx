"use client";

import { lazy, Suspense, useRef, useState } from "react";
import { Ban, Check, CheckCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import type { MessageDto } from "@/lib/chat/dto";
import { LinkifiedText } from "@/components/linkified-text";
import { cn } from "@/lib/utils/cn";
import type { ChatClock } from "./format";
import { MessageMenu } from "./message-menu";

// The editor loads when a message is first edited, not with the conversation (issue 18).
const EditForm = lazy(() => import("./edit-form").then((m) => ({ default: m.EditForm })));

export type MessageItemProps = {
  message: MessageDto;
  mine: boolean;
  /** "You", or the other participant's name. */
  authorLabel: string;
  clock: ChatClock;
  /** First of a run by one author: the name and time are shown above it. */
  showHeader: boolean;
  /** Under your own message: whether the other participant has read it. */
  status: "Seen" | "Sent" | null;
  canChange: boolean;
  canReport: boolean;
  onChanged: (message: MessageDto) => void;
};

/** One message of the pair's conversation, as a chat bubble: yours on the right, theirs on the left. */
export function MessageItem(props: MessageItemProps) {
  const { message, mine, authorLabel, clock, showHeader, status, canChange, canReport, onChanged } = props;
  const t = useTranslations("chat");
  const [editing, setEditing] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const deleted = message.deletedAt !== null;
  const time = clock.time(message.createdAt);
  const finishEditing = (updated: MessageDto | null) => {
    if (updated) onChanged(updated);
    setEditing(false);
    requestAnimationFrame(() => menuButton.current?.focus());
  };

  return (
    <li
      data-testid="message"
      data-mine={mine || undefined}
      className={cn("group/row flex items-center gap-1", mine && "flex-row-reverse", showHeader ? "pt-3" : "pt-0.5")}
    >
      <div
        className={cn(
          "flex min-w-0 flex-col",
          mine ? "items-end" : "items-start",
          editing ? "w-full max-w-xl" : "max-w-[85%] sm:max-w-[70%]",
        )}
      >
        {showHeader ? (
          <p className="mb-1 px-1 text-xs text-muted-foreground">
            {/* Isolated, so a name with right-to-left characters can't reorder the time beside it. */}
            <bdi className="font-medium text-foreground">{authorLabel}</bdi>{" "}
            <time dateTime={message.createdAt} title={clock.full(message.createdAt)}>
              {time}
            </time>
          </p>
        ) : (
          <span className="sr-only">
            <bdi>{authorLabel}</bdi>, {time}:
          </span>
        )}
        {editing ? (
          <Suspense fallback={null}>
            <EditForm message={message} onDone={finishEditing} />
          </Suspense>
        ) : deleted ? (
          <p className="flex items-center gap-1.5 rounded-2xl border border-dashed border-border px-3 py-2 text-sm italic text-muted-foreground">
            <Ban aria-hidden className="size-3.5 shrink-0" />
            {t("item.deleted")}
          </p>
        ) : (
          <div
            dir="auto"
            title={clock.full(message.createdAt)}
            className={cn(
              "rounded-2xl px-3 py-2 text-[0.9375rem] leading-relaxed shadow-xs",
              mine
                ? "rounded-ee-md bg-primary text-primary-foreground [&_a]:text-primary-foreground"
                : "rounded-es-md bg-muted text-foreground",
            )}
          >
            <LinkifiedText text={message.body ?? ""} />
          </div>
        )}
        {!editing && (message.editedAt || status) && !deleted ? (
          <p className="mt-1 flex items-center gap-1 px-1 text-xs text-muted-foreground">
            {message.editedAt ? (
              <span title={clock.full(message.editedAt)}>
                {t("item.edited")}
                {status ? " ·" : ""}
              </span>
            ) : null}
            {status === "Seen" ? <CheckCheck aria-hidden className="size-3.5" /> : null}
            {status === "Sent" ? <Check aria-hidden className="size-3.5" /> : null}
            {status ? <span data-testid="receipt">{status === "Seen" ? t("list.seen") : t("list.sent")}</span> : null}
          </p>
        ) : null}
      </div>
      {editing || deleted ? null : (
        <MessageMenu
          message={message}
          mine={mine}
          authorName={authorLabel}
          canChange={canChange}
          canReport={canReport}
          onEdit={() => setEditing(true)}
          onChanged={onChanged}
          triggerRef={menuButton}
        />
      )}
    </li>
  );
}
