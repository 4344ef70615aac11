import Link from "next/link";
import { useTranslations } from "next-intl";
import { ChevronDown, Lock, Megaphone, MessageCircle } from "lucide-react";
import { Button } from "@/components/ui/button";
import { UnreadBadge } from "@/components/chat/unread-messages";

/**
 * The pair's conversation, as its first message shows it: the admins' introduction (folded, a disclosure that opens
 * with a click or Enter), and the way into the thread where the two write to each other.
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
  const t = useTranslations("pairings.conversation");
  return (
    <section
      id="conversation"
      aria-labelledby="conversation-heading"
      className="scroll-mt-20 space-y-3 rounded-lg border border-border bg-card p-4 shadow-sm"
    >
      <div className="space-y-1">
        <h2 id="conversation-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="flex items-center gap-1.5 text-xs text-muted-foreground">
          <Lock aria-hidden className="size-3.5" />
          {t("private")}
        </p>
      </div>
      {/* Folded: it is read once, and on a phone it sits below the steps (decision 015's page order). */}
      <details className="group rounded-lg border border-primary/30 bg-accent text-accent-foreground">
        <summary className="flex cursor-pointer list-none items-start gap-1.5 rounded-lg p-3 text-sm font-semibold [&::-webkit-details-marker]:hidden">
          <Megaphone aria-hidden className="mt-0.5 size-4 shrink-0" />
          <span className="flex-1">{t("introFrom", { group: groupName })}</span>
          <ChevronDown aria-hidden className="mt-0.5 size-4 shrink-0 transition-transform group-open:rotate-180" />
        </summary>
        <div className="px-3 pb-3">
          <p className="whitespace-pre-line break-words text-sm">{introduction}</p>
          <p className="mt-2 text-xs opacity-80">{dateLabel}</p>
        </div>
      </details>
      <p className="text-sm text-muted-foreground">{t("sayHello")}</p>
      {threadHref ? (
        <Button asChild className="w-full">
          <Link href={threadHref}>
            <MessageCircle aria-hidden />
            {t("open")}
            <UnreadBadge threadId={threadId} className="bg-primary-foreground text-primary" />
          </Link>
        </Button>
      ) : null}
    </section>
  );
}
