"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { ArrowDown, ArrowUp, GripVertical } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { DndList, HandleProps } from "./sortable-list-dnd";

export type RowControls = { handle: ReactNode; moveButtons: ReactNode };

type Props<T extends { id: string }> = {
  items: T[];
  /** The list's accessible name, e.g. "Steps". */
  label: string;
  /** How an item is named in labels and announcements, e.g. `Step 2, “Set a goal”`. */
  nameOf: (item: T, index: number) => string;
  onReorder: (ids: string[]) => void;
  disabled?: boolean;
  /** A new order is being saved: the list says so to assistive technology (`aria-busy`) until the page has it. */
  busy?: boolean;
  children: (item: T, index: number, controls: RowControls) => ReactNode;
};

// The drag library (dnd-kit, ~22 KB gzipped) is not in the editor's first load (issue 18): the list renders at once
// with its rows and working Move buttons, and the drag code is fetched after the page has mounted. Once loaded it
// stays for later lists (module-level, so switching tabs does not fetch or flash again).
type Loaded = typeof DndList;
let loaded: Loaded | null = null;
const loadDnd = () => import("./sortable-list-dnd").then((m) => (loaded = m.DndList));

export const ROW_CLASS = "relative rounded-lg border border-border bg-card";
const HANDLE_CLASS =
  "cursor-grab touch-none rounded-md p-2 text-muted-foreground hover:bg-accent hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring active:cursor-grabbing disabled:cursor-not-allowed disabled:opacity-50";

/**
 * An ordered list that can be rearranged three ways: dragging a row's handle with a pointer, picking the handle up
 * with Space or Enter and moving it with the arrow keys (dnd-kit's keyboard sensor, with spoken announcements), or
 * the Move up / Move down buttons. See docs/decisions/009-drag-and-drop.md. The Move buttons work before the drag
 * code has arrived; the handle is shown in its place from the start (so nothing moves) and works once it has.
 */
export function SortableList<T extends { id: string }>({
  items,
  label,
  nameOf,
  onReorder,
  disabled,
  busy,
  children,
}: Props<T>) {
  const t = useTranslations("programEditor.sortable");
  const contextId = useId();
  const [Dnd, setDnd] = useState<Loaded | null>(() => loaded);
  useEffect(() => {
    if (Dnd) return;
    let live = true;
    loadDnd().then(
      (List) => live && setDnd(() => List),
      () => {}, // offline or a failed chunk: the Move buttons still reorder
    );
    return () => {
      live = false;
    };
  }, [Dnd]);

  const ids = items.map((i) => i.id);

  // Moving a row re-renders the list; keep focus on the button that was pressed (or its twin at the edges).
  const focusAfterMove = useRef<{ id: string; dir: "up" | "down" } | null>(null);
  useEffect(() => {
    const focus = focusAfterMove.current;
    if (!focus) return;
    focusAfterMove.current = null;
    const other = focus.dir === "up" ? "down" : "up";
    const button = document.getElementById(`${contextId}-${focus.dir}-${focus.id}`) as HTMLButtonElement | null;
    const fallback = document.getElementById(`${contextId}-${other}-${focus.id}`);
    (button && !button.disabled ? button : fallback)?.focus();
  }, [contextId, items]);

  const move = (index: number, to: number) => {
    if (to < 0 || to >= ids.length || index < 0) return;
    const next = [...ids];
    next.splice(to, 0, ...next.splice(index, 1));
    onReorder(next);
  };

  /** A row's handle and Move buttons; `handleProps` are dnd-kit's once it has loaded. */
  const controls = (item: T, index: number, handleProps: HandleProps | null): RowControls => ({
    handle: (
      <button
        type="button"
        {...handleProps}
        // Until the drag code is here the handle does nothing yet: say so rather than ignore a key silently.
        aria-disabled={handleProps ? undefined : true}
        aria-label={t("drag", { name: nameOf(item, index) })}
        disabled={disabled}
        className={HANDLE_CLASS}
      >
        <GripVertical aria-hidden className="size-4" />
      </button>
    ),
    moveButtons: (
      <span className="inline-flex">
        {(["up", "down"] as const).map((dir) => {
          const to = dir === "up" ? index - 1 : index + 1;
          const Icon = dir === "up" ? ArrowUp : ArrowDown;
          return (
            <Button
              key={dir}
              id={`${contextId}-${dir}-${item.id}`}
              type="button"
              variant="ghost"
              size="icon"
              className="size-9"
              disabled={disabled || to < 0 || to >= items.length}
              aria-label={t("move", { name: nameOf(item, index), dir })}
              onClick={() => {
                focusAfterMove.current = { id: item.id, dir };
                move(index, to);
              }}
            >
              <Icon aria-hidden />
            </Button>
          );
        })}
      </span>
    ),
  });

  if (Dnd)
    return (
      <Dnd
        contextId={contextId}
        ids={ids}
        label={label}
        busy={busy}
        disabled={disabled}
        name={(index) => nameOf(items[index]!, index)}
        onMove={move}
        row={(index, handleProps) => children(items[index]!, index, controls(items[index]!, index, handleProps))}
      />
    );
  return (
    <ol aria-label={label} aria-busy={busy || undefined} className="space-y-3">
      {items.map((item, index) => (
        <li key={item.id} className={ROW_CLASS}>
          {children(item, index, controls(item, index, null))}
        </li>
      ))}
    </ol>
  );
}
