"use client";

import { useId } from "react";
import { Megaphone } from "lucide-react";
import { useTranslations } from "next-intl";
import type { MessageDto } from "@/lib/chat/dto";
import { LinkifiedText } from "@/components/linkified-text";
import type { ChatClock } from "./format";

// The thread's rarer items, apart from ./message-item so that they load (and hydrate) after the conversation's own
// code (issue 18): the admins' introduction once at the top, the app's own lines now and then.

/** The admins' introduction that opens every thread: set apart from the pair's own messages. */
export function IntroductionItem({ message, clock }: { message: MessageDto; clock: ChatClock }) {
  const id = useId();
  const t = useTranslations("chat.item");
  return (
    <li className="py-2">
      <article
        aria-labelledby={id}
        data-testid="introduction"
        className="mx-auto w-full max-w-xl rounded-xl border border-primary/30 bg-accent p-4 text-accent-foreground shadow-sm"
      >
        <h3 id={id} className="flex items-center gap-2 text-sm font-semibold">
          <Megaphone aria-hidden className="size-4 shrink-0" />
          {t("introHeading")}
        </h3>
        <p className="mt-0.5 text-xs">
          {t.rich("writtenBy", { name: message.author.name, author: (chunks) => <bdi>{chunks}</bdi> })} ·{" "}
          <time dateTime={message.createdAt} title={clock.full(message.createdAt)}>
            {clock.time(message.createdAt)}
          </time>
        </p>
        <div dir="auto" className="mt-3 text-sm leading-relaxed">
          <LinkifiedText text={message.body ?? ""} />
        </div>
      </article>
    </li>
  );
}

/** A line from the app itself (not written by either participant). */
export function SystemItem({ message }: { message: MessageDto }) {
  return (
    <li dir="auto" className="py-1 text-center text-xs text-muted-foreground">
      <LinkifiedText text={message.body ?? ""} />
    </li>
  );
}
