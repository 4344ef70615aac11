"use client";

import { lazy, Suspense, useCallback, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale } from "next-intl";
import { Lock } from "lucide-react";
import type { ThreadPageDto } from "@/lib/chat/dto";
import { chatClock } from "./format";
import { MessageList } from "./message-list";
import { seqOf } from "./thread-state";
import { useOpenThread } from "./unread-messages";
import { DRAFT_PREFIX } from "./use-draft";
import { useMarkRead } from "./use-mark-read";
import { useOutbox } from "./use-outbox";
import { useThread } from "./use-thread";

// The composer is rendered by the server with the thread; its code (drafts kept per thread, the length counter)
// hydrates right after the conversation's own rather than in the page's first load (issue 18).
const Composer = lazy(() => import("./composer").then((m) => ({ default: m.Composer })));

/**
 * The pair's private conversation in the browser: the server's first page, kept live by the realtime stream, with
 * sending that survives failures and retries, read marks both ways, and a read-only view once the mentorship ends.
 */
export function ThreadView({
  initial,
  me,
  partnerName,
  endedNotice,
}: {
  initial: ThreadPageDto;
  me: { id: string; timeZone: string };
  partnerName: string;
  /** Why nothing can be sent any more, when the mentorship is over. */
  endedNotice: string;
}) {
  const router = useRouter();
  const thread = useThread(initial, me.id);
  useOpenThread(initial.threadId);
  const { messages, merge } = thread;
  const locale = useLocale();
  const clock = useMemo(() => chatClock(me.timeZone, locale), [me.timeZone, locale]);
  const outbox = useOutbox(me.id, initial.threadId, messages, {
    onSent: (message) => merge([message]),
    // Refused: the mentorship may have ended meanwhile; the page then shows it read-only.
    onRefused: () => router.refresh(),
  });

  // Where "New messages" goes: the first message from the other participant that was unread on arrival.
  const [unreadFromId] = useState(
    () =>
      initial.messages.find(
        (m) => m.author.id !== me.id && m.kind === "TEXT" && seqOf(m.seq) > seqOf(initial.read.mineSeq),
      )?.id ?? null,
  );
  const [newestVisible, setNewestVisible] = useState(false);
  const onNewestVisible = useCallback((visible: boolean) => setNewestVisible(visible), []);
  useMarkRead({
    threadId: initial.threadId,
    newestSeq: messages.at(-1)?.seq ?? null,
    mineSeq: thread.mineSeq,
    newestVisible,
    onMarked: thread.setMineSeq,
  });

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <MessageList
        meId={me.id}
        partnerName={partnerName}
        messages={messages}
        pending={outbox.pending}
        clock={clock}
        partnerSeq={thread.partnerSeq}
        unreadFromId={unreadFromId}
        writable={initial.writable}
        hasOlder={thread.hasOlder}
        older={thread.older}
        onLoadOlder={() => void thread.loadOlder()}
        onChanged={(message) => merge([message], true)}
        onRetry={outbox.retry}
        onDiscard={outbox.discard}
        onNewestVisible={onNewestVisible}
      />
      {initial.writable ? (
        <Suspense fallback={null}>
          <Composer
            draftKey={`${DRAFT_PREFIX}${me.id}:${initial.threadId}`}
            partnerName={partnerName}
            onSend={outbox.send}
          />
        </Suspense>
      ) : (
        <p
          role="status"
          className="mt-2 flex items-start gap-2 rounded-lg border border-border bg-muted p-3 text-sm text-foreground"
        >
          <Lock aria-hidden className="mt-0.5 size-4 shrink-0" />
          {endedNotice}
        </p>
      )}
    </div>
  );
}
