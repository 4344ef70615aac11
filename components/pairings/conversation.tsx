import Link from "next/link";
import { Lock, Megaphone, MessageCircle } from "lucide-react";
import { Button } from "@/components/ui/button";
import { UnreadBadge } from "@/components/chat/unread-messages";

/**
 * The pair's conversation, as its first message shows it: the admins' introduction, and the way into the thread
 * where the two write to each other.
 */
export function Conversation({
  introduction,
  groupName,
  dateLabel,
  threadId,
  threadHref,
}: {
  introduction: string;
  groupName: string;
  dateLabel: string;
  threadId: string | null;
  /** The thread's page, once the pairing has one. */
  threadHref: string | null;
}) {
  return (
    <section
      id="conversation"
      aria-labelledby="conversation-heading"
      className="scroll-mt-20 space-y-3 rounded-lg border border-border bg-card p-4 shadow-sm"
    >
      <div className="space-y-1">
        <h2 id="conversation-heading" className="text-lg font-semibold">
          Conversation
        </h2>
        <p className="flex items-center gap-1.5 text-xs text-muted-foreground">
          <Lock aria-hidden className="size-3.5" />
          Only the two of you can read it.
        </p>
      </div>
      <ol aria-label="Messages" className="space-y-3">
        <li>
          <article
            aria-labelledby="introduction-heading"
            className="rounded-lg border border-primary/30 bg-accent p-3 text-accent-foreground"
          >
            <h3 id="introduction-heading" className="flex flex-wrap items-center gap-1.5 text-sm font-semibold">
              <Megaphone aria-hidden className="size-4" />
              Introduction from the admins of {groupName}
            </h3>
            <p className="mt-2 whitespace-pre-line break-words text-sm">{introduction}</p>
            <p className="mt-2 text-xs opacity-80">{dateLabel}</p>
          </article>
        </li>
      </ol>
      <p className="text-sm text-muted-foreground">Say hello and agree how and when you&apos;ll meet.</p>
      {threadHref ? (
        <Button asChild className="w-full">
          <Link href={threadHref}>
            <MessageCircle aria-hidden />
            Open the conversation
            <UnreadBadge threadId={threadId} className="bg-primary-foreground text-primary" />
          </Link>
        </Button>
      ) : null}
    </section>
  );
}
