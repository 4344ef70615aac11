"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";
import { chatApi } from "./api";
import { seqOf } from "./thread-state";

function subscribeAttention(onChange: () => void) {
  window.addEventListener("focus", onChange);
  window.addEventListener("blur", onChange);
  document.addEventListener("visibilitychange", onChange);
  return () => {
    window.removeEventListener("focus", onChange);
    window.removeEventListener("blur", onChange);
    document.removeEventListener("visibilitychange", onChange);
  };
}

/** The tab is in front of the person: visible and focused. */
function useAttention(): boolean {
  return useSyncExternalStore(
    subscribeAttention,
    () => document.visibilityState === "visible" && document.hasFocus(),
    () => false,
  );
}

/**
 * Marks the thread read up to its newest message once that message is on screen in a focused tab, so the other
 * participant sees "Seen" only when it was. The read mark only moves forward.
 */
export function useMarkRead({
  threadId,
  newestSeq,
  mineSeq,
  newestVisible,
  onMarked,
}: {
  threadId: string;
  newestSeq: string | null;
  mineSeq: string;
  newestVisible: boolean;
  onMarked: (seq: string) => void;
}) {
  const attention = useAttention();
  const sending = useRef<string | null>(null);
  const latest = useRef(onMarked);
  useEffect(() => {
    latest.current = onMarked;
  });

  useEffect(() => {
    if (!attention || !newestVisible || !newestSeq || seqOf(newestSeq) <= seqOf(mineSeq)) return;
    if (sending.current === newestSeq) return;
    const timer = window.setTimeout(async () => {
      sending.current = newestSeq;
      const result = await chatApi<{ lastReadSeq: string }>(`/api/v1/threads/${threadId}/read`, {
        method: "PUT",
        body: { seq: newestSeq },
      });
      if (result.ok) latest.current(result.data.lastReadSeq);
      else sending.current = null;
    }, 300);
    return () => window.clearTimeout(timer);
  }, [attention, newestVisible, newestSeq, mineSeq, threadId]);
}
