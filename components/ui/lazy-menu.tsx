"use client";

import {
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type FocusEvent,
  type ReactNode,
  type RefObject,
} from "react";

/** How the menu was first opened, handed to the loaded menu: it opens at once, and by keyboard on its first item. */
export type MenuOpening = { keyboard: boolean } | null;

/**
 * A dropdown whose code (Radix's menu with its popper, focus and dismiss layers: ~30 KB gzipped) loads when it is
 * first used, not with every page (issue 18). Until then this is a plain button that looks, is named and is reached
 * like the menu's trigger; pointing at it or focusing it fetches the code, and activating it (click, Enter, Space,
 * ArrowDown) swaps in the loaded menu, open, with focus inside as Radix would put it. `load` returns the menu
 * component (a dynamic import); it receives `props` and the opening.
 */
export function LazyMenu<P extends object>({
  load,
  props,
  className,
  label,
  onOpen,
  children,
}: {
  load: () => Promise<ComponentType<P & { opening: MenuOpening }>>;
  props: P;
  className: string;
  /** The trigger's accessible name when its contents do not give one (an icon button). */
  label?: string;
  /** Called when the placeholder opens the menu (the loaded menu calls it on later openings itself). */
  onOpen?: () => void;
  /** The trigger's contents, the same in the placeholder and the loaded menu. */
  children: ReactNode;
}) {
  const [menu, setMenu] = useState<{ Menu: ComponentType<P & { opening: MenuOpening }>; opening: MenuOpening }>();
  if (menu) return <menu.Menu {...props} opening={menu.opening} />;

  const preload = () => void load().catch(() => {});
  const open = (keyboard: boolean) => {
    onOpen?.();
    void load().then((Menu) => setMenu({ Menu, opening: { keyboard } }));
  };
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      aria-label={label}
      className={className}
      onPointerEnter={preload}
      onFocus={(e: FocusEvent) => e.target === e.currentTarget && preload()}
      // detail 0: a click made by the keyboard (Enter or Space on a button).
      onClick={(e) => open(e.detail === 0)}
      onKeyDown={(e) => {
        if (e.key !== "ArrowDown") return;
        e.preventDefault();
        open(true);
      }}
    >
      {children}
    </button>
  );
}

/**
 * For the loaded menu's content: after the opening the placeholder asked for by keyboard, focus goes to the first
 * item, as Radix does when its own trigger is used by keyboard (Radix first focuses the content; a frame later the
 * item takes it). Pass the returned ref to the menu's content.
 */
export function useFirstItemFocus(opening: MenuOpening): RefObject<HTMLDivElement | null> {
  const content = useRef<HTMLDivElement>(null);
  const keyboard = opening?.keyboard === true;
  useEffect(() => {
    if (!keyboard) return;
    const frame = requestAnimationFrame(() =>
      content.current?.querySelector<HTMLElement>('[role="menuitem"]:not([data-disabled])')?.focus(),
    );
    return () => cancelAnimationFrame(frame);
  }, [keyboard]);
  return content;
}
