"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

type Saved<T> = { value: T; savedAt: string };

const subscribe = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
};

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage switched off
  }
}

/**
 * Keeps a form's unsent answers in this browser (localStorage) once the person starts typing, and offers what a
 * previous visit left behind until they either restore it or change something. The server's copy (a saved
 * draft) stays the record; this only guards against a closed tab.
 */
export function useAutosave<T>(key: string, value: T, touched: boolean) {
  const stored = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const [dismissed, setDismissed] = useState(false);

  const serialized = JSON.stringify(value);
  useEffect(() => {
    if (!touched) return;
    const id = window.setTimeout(() => {
      try {
        window.localStorage.setItem(
          key,
          `{"savedAt":${JSON.stringify(new Date().toISOString())},"value":${serialized}}`,
        );
      } catch {
        // Full or switched off: nothing to do.
      }
    }, 400);
    return () => window.clearTimeout(id);
  }, [key, serialized, touched]);

  let offer: Saved<T> | null = null;
  if (stored && !touched && !dismissed) {
    try {
      const parsed = JSON.parse(stored) as Saved<T>;
      if (parsed && typeof parsed === "object" && "value" in parsed && typeof parsed.savedAt === "string")
        offer = JSON.stringify(parsed.value) === serialized ? null : parsed;
    } catch {
      offer = null;
    }
  }

  return {
    /** Answers a previous visit left unsent, different from what the form shows now. */
    offer,
    dismiss: () => {
      setDismissed(true);
      try {
        window.localStorage.removeItem(key);
      } catch {}
    },
    clear: () => {
      try {
        window.localStorage.removeItem(key);
      } catch {}
    },
  };
}
