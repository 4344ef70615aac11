"use client";

import { Fragment, lazy, Suspense, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { ArrowDown, LoaderCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import type { MessageDto } from "@/lib/chat/dto";
import { EDIT_WINDOW_MS } from "@/lib/chat/limits";
import { Button } from "@/components/ui/button";
import type { ChatClock } from "./format";
import { MessageItem } from "./message-item";
import type { Outgoing } from "./outbox";
import { seqOf } from "./thread-state";
import { useChatScroll } from "./use-chat-scroll";

// Your messages on their way ("Sending…", "Not sent" with Retry): fetched once the conversation has mounted, before
// anyone can send, rather than in the thread's first load (issue 18).
const loadPending = () => import("./pending-item");
const loadNotices = () => import("./notice-items");
const IntroductionItem = lazy(() => loadNotices().then((m) => ({ default: m.IntroductionItem })));
const SystemItem = lazy(() => loadNotices().then((m) => ({ default: m.SystemItem })));
const PendingItem = lazy(() => loadPending().then((m) => ({ default: m.PendingItem })));

/** Messages by one author this close together read as one run: the name and time are shown once. */
const RUN_GAP_MS = 5 * 60 * 1000;

function subscribeToClock(onChange: () => void) {
  const t = setInterval(onChange, 15_000);
  return () => clearInterval(t);
}

/** The time, to the quarter minute, once hydrated (null on the server: no edit buttons, full dates). */
function useNow(): number | null {
  const tick = useSyncExternalStore(
    subscribeToClock,
    () => Math.floor(Date.now() / 15_000),
    () => null,
  );
  return tick === null ? null : tick * 15_000;
}

/**
 * The log is busy while older messages load and for a moment after they land, so a screen reader doesn't read out
 * a whole page of history as if it had just been written.
 */
function useLoadingOlder(loading: boolean): boolean {
  const [wasLoading, setWasLoading] = useState(loading);
  const [settling, setSettling] = useState(false);
  if (wasLoading !== loading) {
    setWasLoading(loading);
    if (!loading) setSettling(true);
  }
  useEffect(() => {
    if (!settling) return;
    const t = setTimeout(() => setSettling(false), 500);
    return () => clearTimeout(t);
  }, [settling]);
  return loading || settling;
}

/** Consecutive messages on their way in the same state, in order. */
function runsOf(pending: Outgoing[]): Outgoing[][] {
  const runs: Outgoing[][] = [];
  for (const o of pending) {
    const run = runs.at(-1);
    if (run?.[0]?.status === o.status) run.push(o);
    else runs.push([o]);
  }
  return runs;
}

export type MessageListProps = {
  meId: string;
  partnerName: string;
  messages: MessageDto[];
  pending: Outgoing[];
  clock: ChatClock;
  partnerSeq: string;
  /** The first message that was unread when the page opened. */
  unreadFromId: string | null;
  writable: boolean;
  hasOlder: boolean;
  older: "idle" | "loading" | "failed";
  onLoadOlder: () => void;
  onChanged: (message: MessageDto) => void;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
  /** Whether the newest message is on screen (for marking the thread read). */
  onNewestVisible: (visible: boolean) => void;
};

/** The conversation, oldest to newest, as a live log: day separators, runs by author, read receipts. */
export function MessageList(props: MessageListProps) {
  const { meId, partnerName, messages, pending, clock, partnerSeq, unreadFromId, writable } = props;
  const now = useNow();
  const t = useTranslations("chat.list");
  const today = now === null ? null : clock.dayKey(now);
  const last = pending.at(-1)?.clientId ?? messages.at(-1)?.id ?? "";
  const lastIsMine = pending.length > 0 || messages.at(-1)?.author.id === meId;
  const { scroller, onScroll, unseenBelow, jumpToNewest } = useChatScroll(messages[0]?.id ?? "", last, lastIsMine);
  useEffect(() => {
    // Ahead of the first send, and of a notice arriving live.
    if (writable) void loadPending().catch(() => {});
    void loadNotices().catch(() => {});
  }, [writable]);

  const sentinel = useRef<HTMLDivElement>(null);
  const { onNewestVisible } = props;
  useEffect(() => {
    const root = scroller.current;
    const target = sentinel.current;
    if (!root || !target) return;
    const observer = new IntersectionObserver(([entry]) => onNewestVisible(entry?.isIntersecting ?? false), {
      root,
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [scroller, onNewestVisible]);

  const own = messages.filter((m) => m.author.id === meId && m.kind === "TEXT" && !m.deletedAt);
  const lastOwn = own.at(-1)?.id;
  const lastSeen = own.filter((m) => seqOf(m.seq) <= seqOf(partnerSeq)).at(-1)?.id;
  const busy = useLoadingOlder(props.older === "loading");
  const sending = pending.some((o) => o.status === "sending");

  return (
    <div className="relative min-h-0 flex-1">
      <div
        ref={scroller}
        onScroll={onScroll}
        role="log"
        aria-live="polite"
        aria-busy={busy || undefined}
        aria-label={t("label", { name: partnerName })}
        tabIndex={0}
        className="h-full overflow-y-auto overscroll-contain rounded-lg px-2 py-3 focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-ring sm:px-4"
      >
        {/* A short conversation sits just above the composer, as in chat apps. */}
        <div className="flex min-h-full flex-col justify-end">
          {props.hasOlder ? (
            <div className="flex flex-col items-center gap-1 pb-2">
              <Button variant="outline" size="sm" onClick={props.onLoadOlder} aria-disabled={props.older === "loading"}>
                {props.older === "loading" ? <LoaderCircle aria-hidden className="motion-safe:animate-spin" /> : null}
                {props.older === "loading" ? t("loading") : t("loadOlder")}
              </Button>
              {props.older === "failed" ? <p className="text-xs text-destructive">{t("olderFailed")}</p> : null}
            </div>
          ) : (
            <p className="pb-2 text-center text-xs text-muted-foreground">{t("start")}</p>
          )}
          <ol className="flex flex-col">
            {messages.map((m, i) => {
              const prev = messages[i - 1];
              const day = clock.dayKey(m.createdAt);
              const newDay = !prev || clock.dayKey(prev.createdAt) !== day;
              const unreadHere = m.id === unreadFromId;
              const showHeader =
                newDay ||
                unreadHere ||
                prev?.kind !== "TEXT" ||
                prev.author.id !== m.author.id ||
                Date.parse(m.createdAt) - Date.parse(prev.createdAt) > RUN_GAP_MS;
              const mine = m.author.id === meId;
              return (
                <Fragment key={m.id}>
                  {newDay ? (
                    <li className="flex items-center gap-3 py-3">
                      <span aria-hidden className="h-px flex-1 bg-border" />
                      <h2 className="text-xs font-medium text-muted-foreground">
                        {clock.dayLabel(m.createdAt, today)}
                      </h2>
                      <span aria-hidden className="h-px flex-1 bg-border" />
                    </li>
                  ) : null}
                  {unreadHere ? (
                    <li className="flex items-center gap-3 py-2 text-xs font-semibold text-primary">
                      <span aria-hidden className="h-px flex-1 bg-primary/50" />
                      {t("newMessages")}
                      <span aria-hidden className="h-px flex-1 bg-primary/50" />
                    </li>
                  ) : null}
                  {m.kind === "INTRODUCTION" ? (
                    <Suspense fallback={null}>
                      <IntroductionItem message={m} clock={clock} />
                    </Suspense>
                  ) : m.kind === "SYSTEM" ? (
                    <Suspense fallback={null}>
                      <SystemItem message={m} />
                    </Suspense>
                  ) : (
                    <MessageItem
                      message={m}
                      mine={mine}
                      authorLabel={mine ? t("you") : m.author.name}
                      clock={clock}
                      showHeader={showHeader}
                      status={m.id === lastSeen ? "Seen" : m.id === lastOwn ? "Sent" : null}
                      canChange={
                        writable &&
                        mine &&
                        !m.deletedAt &&
                        now !== null &&
                        now - Date.parse(m.createdAt) < EDIT_WINDOW_MS
                      }
                      canReport={!mine && !m.deletedAt}
                      onChanged={props.onChanged}
                    />
                  )}
                </Fragment>
              );
            })}
          </ol>
          {/*
            Your messages on their way. While sending, one is inert (not read out): the status below says "Sending…"
            and the log announces the message once, when it is delivered. A failed one is added to the log afresh (a
            new element, so it is announced) with "Not sent", Retry and Discard.
          */}
          {runsOf(pending).map((run) => (
            <ol
              key={`${run[0]!.status}:${run[0]!.clientId}`}
              inert={run[0]!.status === "sending"}
              className="flex flex-col"
            >
              <Suspense fallback={null}>
                {run.map((o) => (
                  <PendingItem
                    key={o.clientId}
                    item={o}
                    onRetry={() => props.onRetry(o.clientId)}
                    onDiscard={() => props.onDiscard(o.clientId)}
                  />
                ))}
              </Suspense>
            </ol>
          ))}
          <div ref={sentinel} aria-hidden className="h-px" />
        </div>
      </div>
      <p role="status" className="sr-only" data-testid="send-status">
        {sending ? t("sending") : ""}
      </p>
      {unseenBelow ? (
        <Button
          size="sm"
          onClick={jumpToNewest}
          className="absolute bottom-3 start-1/2 -translate-x-1/2 rounded-full shadow-md rtl:translate-x-1/2"
        >
          <ArrowDown aria-hidden /> {t("newMessages")}
        </Button>
      ) : null}
    </div>
  );
}
