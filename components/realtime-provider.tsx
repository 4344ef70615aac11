"use client";

import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { isEventId, reconnectDelay, streamUrl } from "@/lib/realtime/reconnect";

type Listener = (data: unknown) => void;

/**
 * Every event name the stream sends (lib/realtime/stream.ts, lib/chat/stream-events.ts). EventSource hands a named
 * event only to listeners of that name, so the bus listens to all of them to know the last event id, even to those
 * nobody on this page subscribes to: a reopen then resumes after them instead of replaying them.
 */
const STREAM_EVENTS = ["ready", "notification", "notification.read", "message", "message.updated", "thread.read"];

/**
 * Holds the tab's one EventSource and routes its events to subscribers by name. The browser reconnects by itself
 * after a dropped connection (readyState CONNECTING, with Last-Event-ID); after any answer but a 200 it gives up
 * (CLOSED), and the bus opens a new source with backoff, resuming after the last event id it saw.
 */
class RealtimeBus {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly openListeners = new Set<() => void>();
  private readonly attached = new Set<string>();
  private source: EventSource | null = null;
  private lastEventId: string | null = null;
  private attempt = 0;
  private timer: number | undefined;
  private active = false;

  connect() {
    if (this.active) return;
    this.active = true;
    window.addEventListener("online", this.reconnectNow);
    this.open();
  }

  disconnect() {
    this.active = false;
    // The next connection may be someone else's (sign out, sign in, same tab): it must not resume after this one.
    this.lastEventId = null;
    this.attempt = 0;
    window.removeEventListener("online", this.reconnectNow);
    window.clearTimeout(this.timer);
    this.timer = undefined;
    this.close();
  }

  on(event: string, listener: Listener): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    this.attach(event);
    return () => set.delete(listener);
  }

  /** Called on every (re)connection: what happened while the stream was down is worth re-reading. */
  onOpen(listener: () => void): () => void {
    this.openListeners.add(listener);
    return () => this.openListeners.delete(listener);
  }

  private open() {
    this.close();
    const source = new EventSource(streamUrl(this.lastEventId));
    this.source = source;
    source.addEventListener("open", () => {
      if (source !== this.source) return;
      this.attempt = 0;
      for (const listener of this.openListeners) listener();
    });
    source.addEventListener("error", () => {
      // CONNECTING: the browser is retrying by itself. CLOSED: it gave up, so the bus takes over.
      if (source !== this.source || source.readyState !== EventSource.CLOSED) return;
      this.close();
      this.schedule();
    });
    for (const event of new Set([...STREAM_EVENTS, ...this.listeners.keys()])) this.attach(event);
  }

  private close() {
    this.source?.close();
    this.source = null;
    this.attached.clear();
  }

  private schedule() {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      if (this.active) this.open();
    }, reconnectDelay(this.attempt++));
  }

  /** Back online while waiting out a backoff: no reason to wait longer. */
  private readonly reconnectNow = () => {
    if (!this.active || this.timer === undefined) return;
    window.clearTimeout(this.timer);
    this.timer = undefined;
    this.attempt = 0;
    this.open();
  };

  private attach(event: string) {
    const source = this.source;
    if (!source || this.attached.has(event)) return;
    this.attached.add(event);
    source.addEventListener(event, (e) => {
      const message = e as MessageEvent<string>;
      if (isEventId(message.lastEventId)) this.lastEventId = message.lastEventId;
      const listeners = this.listeners.get(event);
      if (!listeners?.size) return;
      const data = JSON.parse(message.data) as unknown;
      for (const listener of listeners) listener(data);
    });
  }
}

const RealtimeContext = createContext<RealtimeBus | null>(null);

/**
 * One EventSource per signed-in tab; components subscribe by event name. The server replays what was missed after
 * the last event id, whether the browser reconnects by itself or the bus reopens the stream after a refusal.
 * Reconnecting is silent: subscribers that keep their own state catch up through `useRealtimeOpen`.
 */
export function RealtimeProvider({ children, enabled }: { children: ReactNode; enabled: boolean }) {
  const [bus] = useState(() => new RealtimeBus());
  useEffect(() => {
    if (!enabled) return;
    bus.connect();
    return () => bus.disconnect();
  }, [bus, enabled]);
  return <RealtimeContext.Provider value={bus}>{children}</RealtimeContext.Provider>;
}

export function useRealtime(event: string, listener: Listener) {
  const bus = useContext(RealtimeContext);
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => bus?.on(event, (d) => latest.current(d)), [bus, event]);
}

/** Calls `listener` each time the tab's stream opens: the first time and after every reconnection. */
export function useRealtimeOpen(listener: () => void) {
  const bus = useContext(RealtimeContext);
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => bus?.onOpen(() => latest.current()), [bus]);
}
