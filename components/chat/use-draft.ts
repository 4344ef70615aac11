"use client";

import { useState, useSyncExternalStore } from "react";

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

/** Every draft's key starts so (`kinship:draft:<user>:<thread>`, made by the thread view): sign-out clears them. */
export const DRAFT_PREFIX = "kinship:draft:";

/**
 * The composer's unsent text for one thread, kept in this browser so it survives a reload or a closed tab. Until
 * the person types, what another visit (or tab) left is shown.
 */
export function useDraft(key: string): [string, (value: string) => void] {
  const stored = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => null,
  );
  const [typed, setTyped] = useState<string | null>(null);
  const set = (value: string) => {
    setTyped(value);
    try {
      if (value.trim()) window.localStorage.setItem(key, value);
      else window.localStorage.removeItem(key);
    } catch {
      // Full or switched off: the draft lives as long as the page.
    }
  };
  return [typed ?? stored ?? "", set];
}
