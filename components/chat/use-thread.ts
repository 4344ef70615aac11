"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useRealtime, useRealtimeOpen } from "@/components/realtime-provider";
import type { MessageDto, ThreadPageDto } from "@/lib/chat/dto";
import { chatApi } from "./api";
import { laterSeq, mergeMessages, type MessageEvent, type ThreadReadEvent } from "./thread-state";

const CATCH_UP_PAGE = 100;

/**
 * The thread as this tab knows it: the server's first page, then what the realtime stream brings (new messages,
 * edits, deletions, read marks), deduplicated by id. It catches up from the API on arrival, whenever the realtime
 * stream (re)opens, when the tab comes back into view and when the network returns, so a message published while
 * nobody listened is not lost.
 */
export function useThread(initial: ThreadPageDto, meId: string) {
  const threadId = initial.threadId;
  const [messages, setMessages] = useState(initial.messages);
  const [hasOlder, setHasOlder] = useState(initial.hasOlder);
  const [older, setOlder] = useState<"idle" | "loading" | "failed">("idle");
  const [partnerSeq, setPartnerSeq] = useState(initial.read.partnerSeq);
  const [mineSeq, setMineSeq] = useState(initial.read.mineSeq);

  const merge = useCallback(
    (incoming: MessageDto[], knownOnly = false) => setMessages((list) => mergeMessages(list, incoming, knownOnly)),
    [],
  );
  const applyReads = useCallback((read: { partnerSeq: string; mineSeq: string }) => {
    setPartnerSeq((s) => laterSeq(s, read.partnerSeq));
    setMineSeq((s) => laterSeq(s, read.mineSeq));
  }, []);

  useRealtime("message", (data) => {
    const e = data as MessageEvent;
    if (e.threadId === threadId) merge([e.message]);
  });
  useRealtime("message.updated", (data) => {
    const e = data as MessageEvent;
    if (e.threadId === threadId) merge([e.message], true);
  });
  useRealtime("thread.read", (data) => {
    const e = data as ThreadReadEvent;
    if (e.threadId !== threadId) return;
    for (const r of e.reads)
      if (r.userId === meId) setMineSeq((s) => laterSeq(s, r.lastReadSeq));
      else setPartnerSeq((s) => laterSeq(s, r.lastReadSeq));
  });

  // Also on the stream's first open: it starts at "now", which may be later than the page's first catch-up read.
  const catchUpNow = useRef(() => {});
  useRealtimeOpen(() => catchUpNow.current());

  const newestSeq = messages.at(-1)?.seq ?? "0";
  const newest = useRef(newestSeq);
  useEffect(() => {
    newest.current = newestSeq;
  });

  useEffect(() => {
    let cancelled = false;
    let running = false;
    let again = false;
    const readAfterNewest = async () => {
      for (let page = 0; page < 20 && !cancelled; page++) {
        const result = await chatApi<ThreadPageDto>(
          `/api/v1/threads/${threadId}/messages?after=${newest.current}&limit=${CATCH_UP_PAGE}`,
        );
        if (!result.ok || cancelled) return;
        merge(result.data.messages);
        applyReads(result.data.read);
        const last = result.data.messages.at(-1);
        if (!last) return;
        newest.current = last.seq;
        if (result.data.messages.length < CATCH_UP_PAGE) return;
      }
    };
    // A call during a catch-up runs once more after it: its reason (a reconnection) may postdate the read in flight.
    const catchUp = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          await readAfterNewest();
        } while (again && !cancelled);
      } finally {
        running = false;
      }
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") void catchUp();
    };
    void catchUp();
    catchUpNow.current = () => void catchUp();
    window.addEventListener("online", catchUp);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      cancelled = true;
      catchUpNow.current = () => {};
      window.removeEventListener("online", catchUp);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [threadId, merge, applyReads]);

  const firstSeq = messages[0]?.seq;
  const loadOlder = useCallback(async () => {
    if (!firstSeq) return;
    setOlder("loading");
    const result = await chatApi<ThreadPageDto>(`/api/v1/threads/${threadId}/messages?before=${firstSeq}&limit=50`);
    if (!result.ok) return setOlder("failed");
    merge(result.data.messages);
    setHasOlder(result.data.hasOlder);
    setOlder("idle");
  }, [firstSeq, threadId, merge]);

  return {
    messages,
    merge,
    hasOlder,
    older,
    loadOlder,
    partnerSeq,
    mineSeq,
    setMineSeq: (seq: string) => setMineSeq((s) => laterSeq(s, seq)),
  };
}
