"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Suspense, lazy, useCallback, useMemo, useOptimistic, useRef, useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { Flag, ListChecks, Lock, Pencil, Plus, Trash2 } from "lucide-react";
import { idle } from "@/lib/http/action-state";
import type { StepDto } from "@/lib/programs/dto";
import { MAX_STEPS } from "@/lib/programs/limits";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useOnce } from "@/components/ui/use-once";
import { SortableList } from "./sortable-list";
import type { EditorActions } from "./editor-actions";

// The dialogs load when first opened, not with the editor (issue 18).
const ConfirmRemoveDialog = lazy(() =>
  import("./confirm-remove-dialog").then((m) => ({ default: m.ConfirmRemoveDialog })),
);
const StepFormDialog = lazy(() => import("./step-form-dialog").then((m) => ({ default: m.StepFormDialog })));

const sr = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/**
 * The Steps tab: the program's guided steps in order, to add, edit, remove and rearrange. Steps pairs have checked
 * in on are locked; removing one retires it, and the toast says so.
 */
export function StepsEditor({
  slug,
  programId,
  steps,
  lengthWeeks,
  readOnly,
  actions,
}: {
  slug: string;
  programId: string;
  steps: StepDto[];
  lengthWeeks: number | null;
  /** Why nothing can change (closed or archived), or null. */
  readOnly: string | null;
  actions: EditorActions["steps"];
}) {
  const t = useTranslations("programEditor.steps");
  const [editing, setEditing] = useState<StepDto | "new" | null>(null);
  const [removing, setRemoving] = useState<StepDto | null>(null);
  const removeWanted = useOnce(removing !== null);
  const [ordered, setOrdered] = useOptimistic(steps);
  const [reordering, startTransition] = useTransition();
  const closeEditor = useCallback(() => setEditing(null), []);
  const closeRemove = useCallback(() => setRemoving(null), []);
  const heading = useRef<HTMLHeadingElement>(null);
  // The removed row took the focused Remove button with it: land on the list's heading once the dialog is gone.
  const focusHeading = useCallback(() => setTimeout(() => heading.current?.focus(), 50), []);
  const editAction = useMemo(
    () =>
      editing === "new"
        ? actions.add.bind(null, slug, programId)
        : editing
          ? actions.update.bind(null, slug, editing.id)
          : null,
    [editing, actions, slug, programId],
  );

  const reorder = (ids: string[]) =>
    startTransition(async () => {
      setOrdered(ids.map((id) => ordered.find((s) => s.id === id)!));
      const form = new FormData();
      form.set("slug", slug);
      form.set("programId", programId);
      form.set("ids", ids.join(","));
      const result = await actions.reorder(idle, form);
      if (result.status === "success") toast.success(result.message);
      else if (result.status === "error") toast.error(result.message);
    });

  const last = ordered.at(-1);
  const suggestedWeek = Math.min(last ? last.dueWeek + 1 : 1, lengthWeeks ?? 104);
  return (
    <section aria-labelledby="steps-heading" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h3 id="steps-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
            {t("heading")}
          </h3>
          <p className="max-w-prose text-sm text-muted-foreground">{t("intro")}</p>
        </div>
        {readOnly ? null : (
          <Button type="button" onClick={() => setEditing("new")} disabled={ordered.length >= MAX_STEPS}>
            <Plus aria-hidden />
            {t("add")}
          </Button>
        )}
      </div>
      {readOnly ? <p className="rounded-md bg-muted px-3 py-2 text-sm">{readOnly}</p> : null}
      {ordered.some((s) => s.locked) && !readOnly ? (
        <p className="flex items-start gap-2 rounded-md bg-muted px-3 py-2 text-sm">
          <Lock aria-hidden className="mt-0.5 size-4 shrink-0" />
          {t("lockedNote")}
        </p>
      ) : null}

      {ordered.length === 0 ? (
        <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed border-border px-4 py-10 text-center">
          <ListChecks aria-hidden className="size-8 text-muted-foreground" />
          <p className="font-medium">{t("emptyTitle")}</p>
          <p className="max-w-sm text-sm text-muted-foreground">{t("emptyBody")}</p>
        </div>
      ) : (
        <SortableList
          busy={reordering}
          items={ordered}
          label={t("listLabel")}
          nameOf={(s, i) => t("itemName", { number: i + 1, title: s.title })}
          onReorder={reorder}
          disabled={readOnly !== null}
        >
          {(step, index, { handle, moveButtons }) => (
            <div className="flex gap-2 p-3 sm:gap-3 sm:p-4">
              {readOnly ? null : <div className="-ms-1 pt-0.5">{handle}</div>}
              <div className="min-w-0 flex-1 space-y-2">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="text-sm text-muted-foreground">{index + 1}.</span>
                  <h4 className="font-medium">{step.title}</h4>
                  {step.isGoalStep ? (
                    <Badge variant="secondary">
                      <Flag aria-hidden />
                      {t("goal")}
                    </Badge>
                  ) : null}
                  {step.locked ? (
                    <Badge variant="outline">
                      <Lock aria-hidden />
                      {t("locked")}
                    </Badge>
                  ) : null}
                </div>
                <p className="text-sm text-muted-foreground">
                  {t("meta", { week: step.dueWeek, count: step.prompts.length })}
                </p>
                {step.guidance ? <p className="line-clamp-2 text-sm">{step.guidance}</p> : null}
                {readOnly ? null : (
                  <div className="flex flex-wrap items-center gap-1">
                    {moveButtons}
                    <Button
                      type="button"
                      variant="ghost"
                      size="sm"
                      disabled={step.locked}
                      onClick={() => setEditing(step)}
                    >
                      <Pencil aria-hidden />
                      {t.rich("edit", { title: step.title, sr })}
                    </Button>
                    <Button type="button" variant="ghost" size="sm" onClick={() => setRemoving(step)}>
                      <Trash2 aria-hidden />
                      {t.rich("remove", { title: step.title, sr })}
                    </Button>
                  </div>
                )}
              </div>
            </div>
          )}
        </SortableList>
      )}

      {editing && editAction ? (
        <Suspense fallback={null}>
          <StepFormDialog
            key={editing === "new" ? "new" : editing.id}
            step={editing === "new" ? null : editing}
            suggestedWeek={suggestedWeek}
            lengthWeeks={lengthWeeks}
            action={editAction}
            onClose={closeEditor}
          />
        </Suspense>
      ) : null}
      {removeWanted ? (
        <Suspense fallback={null}>
          <ConfirmRemoveDialog
            key={removing?.id ?? "none"}
            open={removing !== null}
            onClose={closeRemove}
            title={removing ? t("removeTitle", { title: removing.title }) : t("removeTitleNone")}
            description={removing?.locked ? t("retireDescription") : t("removeDescription")}
            fields={{ slug, stepId: removing?.id ?? "" }}
            action={actions.remove}
            onRemoved={focusHeading}
            confirmLabel={removing?.locked ? t("retire") : t("removeConfirm")}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
