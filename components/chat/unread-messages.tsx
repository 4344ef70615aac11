"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { MessageCircle } from "lucide-react";
import { useRealtime, useRealtimeOpen } from "@/components/realtime-provider";
import { cn } from "@/lib/utils/cn";
import type { MessageDto } from "@/lib/chat/dto";

type Counts = Record<string, number>;
type UnreadState = { counts: Counts; setActiveThread: (threadId: string | null) => void };

const UnreadContext = createContext<UnreadState>({ counts: {}, setActiveThread: () => {} });

/** How long a burst of stream events waits before the counts are read again: one request per burst. */
const REFRESH_AFTER_MS = 250;

/**
 * Unread messages per thread for the signed-in person, live: the server renders the first counts; every message,
 * edit, deletion or read mark on the stream (any tab, any device) has them read again from the server, which is the
 * record. A partner's new message counts at once, before the server answers. The thread open in this tab counts as
 * read, so its badge does not flicker while its messages are being marked.
 */
export function UnreadMessagesProvider({
  initial,
  userId,
  children,
}: {
  initial: Counts;
  userId: string | null;
  children: ReactNode;
}) {
  const [counts, setCounts] = useState(initial);
  const [activeThread, setActiveThread] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const generation = useRef(0);

  const refresh = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(async () => {
      const mine = ++generation.current;
      try {
        const res = await fetch("/api/v1/me/unread-threads", { cache: "no-store" });
        // An older answer never overwrites a newer one.
        if (res.ok && mine === generation.current) setCounts((await res.json()) as Counts);
      } catch {
        // Offline: the next event or the stream's reopening reads them again.
      }
    }, REFRESH_AFTER_MS);
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  useRealtime("message", (data) => {
    if (!userId) return;
    const { threadId, message } = data as { threadId: string; message: MessageDto };
    if (message.author.id !== userId && message.kind === "TEXT")
      setCounts((c) => ({ ...c, [threadId]: (c[threadId] ?? 0) + 1 }));
    refresh();
  });
  useRealtime("message.updated", () => userId && refresh());
  // Whatever happened between the page's render and the stream's (re)opening is read again.
  useRealtimeOpen(() => userId && refresh());
  useRealtime("thread.read", () => userId && refresh());

  const value = useMemo<UnreadState>(
    () => ({ counts: activeThread ? { ...counts, [activeThread]: 0 } : counts, setActiveThread }),
    [counts, activeThread],
  );
  return <UnreadContext.Provider value={value}>{children}</UnreadContext.Provider>;
}

/** Unread messages in one thread, or in all of them. */
export function useUnreadMessages(threadId?: string | null): number {
  const { counts } = useContext(UnreadContext);
  if (threadId !== undefined) return threadId ? (counts[threadId] ?? 0) : 0;
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** The thread shown in this tab: its messages are being read here, so it counts none. */
export function useOpenThread(threadId: string) {
  const { setActiveThread } = useContext(UnreadContext);
  useEffect(() => {
    setActiveThread(threadId);
    return () => setActiveThread(null);
  }, [threadId, setActiveThread]);
}

/** A count pill with its words for screen readers; nothing when there is nothing unread. */
export function UnreadBadge({ threadId, className }: { threadId?: string | null; className?: string }) {
  const count = useUnreadMessages(threadId);
  const t = useTranslations("shell");
  if (!count) return null;
  return (
    <span
      data-testid="unread-messages"
      className={cn(
        "rounded-full bg-primary px-1.5 text-xs font-medium leading-5 text-primary-foreground tabular-nums",
        className,
      )}
    >
      {count > 99 ? "99+" : count}
      <span className="sr-only"> {t("unreadMessages", { count })}</span>
    </span>
  );
}

/** "2 unread messages", linking into the thread; nothing when there is nothing unread. */
export function UnreadThreadLink({
  threadId,
  href,
  className,
}: {
  threadId: string;
  href: string;
  className?: string;
}) {
  const count = useUnreadMessages(threadId);
  const t = useTranslations("chat");
  if (!count) return null;
  return (
    <Link
      href={href}
      data-testid="unread-thread"
      className={cn(
        "inline-flex items-center gap-1.5 rounded-md text-sm font-medium text-primary underline-offset-4 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
        className,
      )}
    >
      <MessageCircle aria-hidden className="size-4" />
      {t("unreadLink", { shown: count > 99 ? "99+" : String(count), count })}
    </Link>
  );
}
