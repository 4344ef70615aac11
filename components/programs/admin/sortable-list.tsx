"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, type ReactNode } from "react";
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from "@dnd-kit/core";
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ArrowDown, ArrowUp, GripVertical } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils/cn";

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

/**
 * An ordered list that can be rearranged three ways: dragging a row's handle with a pointer, picking the handle up
 * with Space or Enter and moving it with the arrow keys (dnd-kit's keyboard sensor, with spoken announcements), or
 * the Move up / Move down buttons. See docs/decisions/009-drag-and-drop.md.
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
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = items.map((i) => i.id);
  const name = (id: string | number) => {
    const index = ids.indexOf(String(id));
    return index === -1 ? t("theItem") : nameOf(items[index]!, index);
  };
  const position = (id: string | number | undefined) =>
    t("position", { number: ids.indexOf(String(id)) + 1, total: ids.length });
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("pickedUp", { name: name(active.id), position: position(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t("movedTo", { name: name(active.id), position: position(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t("droppedAt", { name: name(active.id), position: position(over.id) }) : undefined,
    onDragCancel: ({ active }) => t("cancelled", { name: name(active.id) }),
  };

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
    if (to < 0 || to >= ids.length) return;
    onReorder(arrayMove(ids, index, to));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };

  return (
    <DndContext
      id={contextId}
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable: t("instructions"),
        },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={disabled}>
        <ol aria-label={label} aria-busy={busy || undefined} className="space-y-3">
          {items.map((item, index) => (
            <SortableRow key={item.id} id={item.id} disabled={disabled}>
              {(handleProps) =>
                children(item, index, {
                  handle: (
                    <button
                      type="button"
                      {...handleProps}
                      aria-label={t("drag", { name: nameOf(item, index) })}
                      disabled={disabled}
                      className="cursor-grab touch-none rounded-md p-2 text-muted-foreground hover:bg-accent hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring active:cursor-grabbing disabled:cursor-not-allowed disabled:opacity-50"
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
                })
              }
            </SortableRow>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

type HandleProps = Record<string, unknown> & { ref: (el: HTMLElement | null) => void };

function SortableRow({
  id,
  disabled,
  children,
}: {
  id: string;
  disabled?: boolean;
  children: (handleProps: HandleProps) => ReactNode;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    disabled: disabled ?? false,
  });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cn(
        "relative rounded-lg border border-border bg-card",
        isDragging && "z-10 shadow-lg ring-2 ring-ring",
      )}
    >
      {children({ ...attributes, ...listeners, ref: setActivatorNodeRef })}
    </li>
  );
}
