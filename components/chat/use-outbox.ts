"use client";

import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";
import type { MessageDto } from "@/lib/chat/dto";
import { chatApi } from "./api";
import { useApiError } from "./use-api-error";
import { Outbox, outboxFor } from "./outbox";
import { newClientId } from "./thread-state";

type Callbacks = {
  /** The server stored the message (or had it already): show it. */
  onSent: (message: MessageDto) => void;
  /** The server refused it (409: the mentorship ended, or the id was used): the page may be out of date. */
  onRefused: () => void;
};

/**
 * Sending with "sending / failed + Retry": each message gets its client id once, and every retry resends that id,
 * so a timeout, a double click or a lost answer never stores a message twice.
 */
export function useOutbox(userId: string, threadId: string, messages: MessageDto[], callbacks: Callbacks) {
  const box = outboxFor(userId, threadId);
  const items = useSyncExternalStore(box.subscribe, box.getSnapshot, Outbox.getServerSnapshot);
  const latest = useRef(callbacks);
  const apiError = useApiError();
  useEffect(() => {
    latest.current = callbacks;
  });

  // Already in the thread (the stream was quicker than the answer, or another tab sent it): no longer pending.
  const shown = new Set(messages.filter((m) => m.author.id === userId).map((m) => m.clientId));
  const delivered = items.filter((o) => shown.has(o.clientId)).map((o) => o.clientId);
  const deliveredKey = delivered.join(",");
  useEffect(() => {
    if (deliveredKey) box.remove(deliveredKey.split(","));
  }, [box, deliveredKey]);

  const deliver = useCallback(
    async (clientId: string, body: string) => {
      box.update(clientId, { status: "sending", error: null, offline: false });
      const result = await chatApi<MessageDto>(`/api/v1/threads/${threadId}/messages`, {
        method: "POST",
        body: { clientId, body },
      });
      if (result.ok) {
        latest.current.onSent(result.data);
        box.remove([clientId]);
        return;
      }
      box.update(clientId, {
        status: "failed",
        error: apiError(result),
        offline: result.status === 0 || result.status >= 500,
      });
      if (result.status === 409) latest.current.onRefused();
    },
    [box, threadId, apiError],
  );

  // Back online: resend by itself what failed for want of a connection.
  useEffect(() => {
    const resend = () => {
      for (const o of box.getSnapshot()) if (o.status === "failed" && o.offline) void deliver(o.clientId, o.body);
    };
    window.addEventListener("online", resend);
    return () => window.removeEventListener("online", resend);
  }, [box, deliver]);

  return {
    pending: items.filter((o) => !shown.has(o.clientId)),
    send: (body: string) => {
      const clientId = newClientId();
      box.add(clientId, body);
      void deliver(clientId, body);
    },
    retry: (clientId: string) => {
      const o = box.getSnapshot().find((x) => x.clientId === clientId);
      if (o && o.status === "failed") void deliver(o.clientId, o.body);
    },
    discard: (clientId: string) => box.remove([clientId]),
  };
}
