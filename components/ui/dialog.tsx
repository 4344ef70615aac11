"use client";

import { useContext, useEffect, useState, type MouseEvent, type ReactNode } from "react";
import { Slot } from "@radix-ui/react-slot";
import { DialogCloseContext, type DialogProps } from "./dialog-context";
import type { DialogImpl } from "./dialog-impl";

type Impl = typeof DialogImpl;
let loaded: Impl | null = null;
const load = () => import("./dialog-impl").then((m) => (loaded = m.DialogImpl));
const preload = () => void load().catch(() => {});

/** Fetches the dialog's code ahead (for a trigger that loads its own dialog's contents on demand too). */
export const preloadDialog = preload;

/**
 * The app's one modal: titled (and described when there is something to say), focus trapped, Escape and the close
 * button close it. Controlled (`open`, `onOpenChange`) or opened by its `trigger`.
 *
 * Its code (Radix's dialog with its focus trap, scroll lock and dismiss layers) loads when a dialog is first about
 * to open, not with the page (issue 18): until then the trigger is itself, with a click that loads the dialog and
 * opens it (pointing at it or focusing it fetches the code ahead); a controlled dialog loads when `open` turns true.
 */
export function Dialog(props: DialogProps) {
  const [Loaded, setLoaded] = useState<{ Impl: Impl; defaultOpen: boolean } | null>(() =>
    loaded ? { Impl: loaded, defaultOpen: false } : null,
  );
  const wanted = props.open === true && Loaded === null;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void load().then((Impl) => live && setLoaded({ Impl, defaultOpen: false }));
    return () => {
      live = false;
    };
  }, [wanted]);

  if (Loaded) return <Loaded.Impl {...props} defaultOpen={Loaded.defaultOpen} />;
  if (!props.trigger) return null;
  return (
    <Slot
      aria-haspopup="dialog"
      aria-expanded={false}
      onPointerEnter={preload}
      onFocus={preload}
      onClick={(e: MouseEvent) => {
        if (e.defaultPrevented) return;
        props.onOpenChange?.(true);
        void load().then((Impl) => setLoaded({ Impl, defaultOpen: true }));
      }}
    >
      {props.trigger}
    </Slot>
  );
}

/** A button (asChild) that closes the dialog it is in. */
export function DialogClose({ asChild, children }: { asChild?: boolean; children: ReactNode }) {
  const close = useContext(DialogCloseContext);
  const Comp = asChild ? Slot : "button";
  return <Comp onClick={(e: MouseEvent) => !e.defaultPrevented && close()}>{children}</Comp>;
}
