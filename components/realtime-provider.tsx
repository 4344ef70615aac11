"use client";

import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";

type Listener = (data: unknown) => void;

/** Holds the tab's one EventSource and routes its events to subscribers by name. */
class RealtimeBus {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly attached = new Set<string>();
  private source: EventSource | null = null;

  connect() {
    this.source = new EventSource("/api/v1/stream");
    for (const event of this.listeners.keys()) this.attach(event);
  }

  disconnect() {
    this.source?.close();
    this.source = null;
    this.attached.clear();
  }

  on(event: string, listener: Listener): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    this.attach(event);
    return () => set.delete(listener);
  }

  private attach(event: string) {
    if (!this.source || this.attached.has(event)) return;
    this.attached.add(event);
    this.source.addEventListener(event, (e) => {
      const data = JSON.parse((e as MessageEvent<string>).data) as unknown;
      for (const listener of this.listeners.get(event) ?? []) listener(data);
    });
  }
}

const RealtimeContext = createContext<RealtimeBus | null>(null);

/**
 * One EventSource per signed-in tab; components subscribe by event name. The browser reconnects by itself and
 * sends Last-Event-ID, so the server replays what was missed.
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
