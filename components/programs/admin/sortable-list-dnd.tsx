"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
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
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { cn } from "@/lib/utils/cn";
import { ROW_CLASS } from "./sortable-list";

export type HandleProps = Record<string, unknown> & { ref: (el: HTMLElement | null) => void };

/**
 * SortableList's drag and drop (./sortable-list.tsx), loaded after the editor has mounted: dnd-kit's pointer and
 * keyboard sensors with spoken announcements. The rows (and their Move buttons) are SortableList's; this module only
 * makes them draggable.
 */
export function DndList({
  contextId,
  ids,
  label,
  busy,
  disabled,
  name,
  onMove,
  row,
}: {
  contextId: string;
  ids: string[];
  label: string;
  busy?: boolean;
  disabled?: boolean;
  name: (index: number) => string;
  onMove: (index: number, to: number) => void;
  row: (index: number, handleProps: HandleProps) => ReactNode;
}) {
  const t = useTranslations("programEditor.sortable");
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const nameOf = (id: string | number) => {
    const index = ids.indexOf(String(id));
    return index === -1 ? t("theItem") : name(index);
  };
  const position = (id: string | number | undefined) =>
    t("position", { number: ids.indexOf(String(id)) + 1, total: ids.length });
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("pickedUp", { name: nameOf(active.id), position: position(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t("movedTo", { name: nameOf(active.id), position: position(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t("droppedAt", { name: nameOf(active.id), position: position(over.id) }) : undefined,
    onDragCancel: ({ active }) => t("cancelled", { name: nameOf(active.id) }),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };

  return (
    <DndContext
      id={contextId}
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t("instructions") } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={disabled}>
        <ol aria-label={label} aria-busy={busy || undefined} className="space-y-3">
          {ids.map((id, index) => (
            <SortableRow key={id} id={id} disabled={disabled}>
              {(handleProps) => row(index, handleProps)}
            </SortableRow>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

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
      className={cn(ROW_CLASS, isDragging && "z-10 shadow-lg ring-2 ring-ring")}
    >
      {children({ ...attributes, ...listeners, ref: setActivatorNodeRef })}
    </li>
  );
}
