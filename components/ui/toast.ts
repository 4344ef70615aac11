/**
 * The app's toasts: sonner's `toast`, with its code (and the Toaster it talks to) loaded on demand instead of in
 * every route's first load (issue 18). A toast asked for before sonner has loaded is shown as soon as it has: the
 * call loads it, and sonner hands toasts made before its Toaster subscribed to the Toaster when it mounts. Import
 * `toast` from here, never from "sonner" (ESLint says so), or sonner is back in the page's first load.
 */
import type * as SonnerModule from "sonner";
import type { ExternalToast } from "sonner";

type Sonner = typeof SonnerModule;
/** What the app passes to a toast: an action button at most (Undo, Open). */
export type ToastOptions = Pick<ExternalToast, "action">;

let sonner: Sonner | null = null;
let loading: Promise<Sonner> | null = null;
const waiting = new Set<(m: Sonner) => void>();

/** Loads sonner once; every caller gets the same module (and so the same toast store as the Toaster). */
export function loadToasts(): Promise<Sonner> {
  loading ??= import("sonner").then((m) => {
    sonner = m;
    for (const listener of waiting) listener(m);
    waiting.clear();
    return m;
  });
  return loading;
}

/** Calls `listener` once sonner has loaded, whoever loaded it (the Toaster mounts then); returns an unsubscribe. */
export function whenToastsLoad(listener: (m: Sonner) => void): () => void {
  if (sonner) {
    listener(sonner);
    return () => {};
  }
  waiting.add(listener);
  return () => void waiting.delete(listener);
}

function show(call: (s: Sonner) => void) {
  if (sonner) call(sonner);
  else void loadToasts().then(call);
}

export const toast = Object.assign(
  (message: string, options?: ToastOptions) => show((s) => void s.toast(message, options)),
  {
    success: (message: string, options?: ToastOptions) => show((s) => void s.toast.success(message, options)),
    error: (message: string, options?: ToastOptions) => show((s) => void s.toast.error(message, options)),
  },
);
