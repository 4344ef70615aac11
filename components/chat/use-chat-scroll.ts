"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";

const NEAR_BOTTOM_PX = 80;

/**
 * Keeps the newest message in view the way chat apps do: the thread opens at the bottom; a new message scrolls into
 * view if you were at the bottom (or it is yours), otherwise a "new messages" button appears; older messages loaded
 * above keep what you were reading where it was.
 */
export function useChatScroll(firstKey: string, lastKey: string, lastIsMine: boolean) {
  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const previous = useRef<{ first: string; last: string; height: number } | null>(null);
  const [bottom, setBottom] = useState(true);
  const [seenUpTo, setSeenUpTo] = useState(lastKey);

  // After every render, before paint: compare with what was on screen.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const p = previous.current;
    if (!p) el.scrollTop = el.scrollHeight;
    else if (p.first !== firstKey && p.last === lastKey) el.scrollTop += el.scrollHeight - p.height;
    else if (p.last !== lastKey && (atBottom.current || lastIsMine)) el.scrollTop = el.scrollHeight;
    previous.current = { first: firstKey, last: lastKey, height: el.scrollHeight };
  });

  // The phone's keyboard opening or the window resizing should not leave the newest message hidden.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      if (atBottom.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    const near = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
    atBottom.current = near;
    setBottom(near);
    if (near) setSeenUpTo(lastKey);
  };

  return {
    scroller,
    onScroll,
    /** Newer messages arrived below while you were reading further up. */
    unseenBelow: !bottom && seenUpTo !== lastKey,
    jumpToNewest: () => {
      const el = scroller.current;
      if (el) el.scrollTo({ top: el.scrollHeight, behavior: "smooth" });
    },
  };
}
