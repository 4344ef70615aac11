"use client";

import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Suspense, lazy, useCallback, useMemo, useOptimistic, useRef, useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { MessageSquareText, Pencil, Plus, Trash2 } from "lucide-react";
import { idle } from "@/lib/http/action-state";
import type { QuestionDto } from "@/lib/programs/dto";
import { MAX_QUESTIONS_PER_ROLE, type Role } from "@/lib/programs/limits";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useOnce } from "@/components/ui/use-once";
import { SortableList } from "./sortable-list";
import type { EditorActions } from "./editor-actions";

// The dialogs load when first opened, not with the editor (issue 18).
const ConfirmRemoveDialog = lazy(() =>
  import("./confirm-remove-dialog").then((m) => ({ default: m.ConfirmRemoveDialog })),
);
const QuestionFormDialog = lazy(() =>
  import("./question-form-dialog").then((m) => ({ default: m.QuestionFormDialog })),
);

const sr = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/** One role's application questions (a tab each for mentors and mentees): add, edit, remove and reorder. */
export function QuestionsEditor({
  slug,
  programId,
  role,
  questions,
  readOnly,
  actions,
}: {
  slug: string;
  programId: string;
  role: Role;
  questions: QuestionDto[];
  readOnly: string | null;
  actions: EditorActions["questions"];
}) {
  const t = useTranslations("programEditor");
  const locale = useLocale();
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: "unit", style: "short" }).format(items);
  const limits = (q: QuestionDto) => {
    const parts: string[] = [];
    if (q.minLength !== null) parts.push(t("questions.minLength", { count: q.minLength }));
    if (q.maxLength !== null) parts.push(t("questions.maxLength", { count: q.maxLength }));
    if (q.maxChoices !== null) parts.push(t("questions.maxChoices", { count: q.maxChoices }));
    return parts.length ? list(parts) : null;
  };
  const [editing, setEditing] = useState<QuestionDto | "new" | null>(null);
  const [removing, setRemoving] = useState<QuestionDto | null>(null);
  const removeWanted = useOnce(removing !== null);
  const [ordered, setOrdered] = useOptimistic(questions);
  const [reordering, startTransition] = useTransition();
  const closeEditor = useCallback(() => setEditing(null), []);
  const closeRemove = useCallback(() => setRemoving(null), []);
  const heading = useRef<HTMLHeadingElement>(null);
  // The removed row took the focused Remove button with it: land on the list's heading once the dialog is gone.
  const focusHeading = useCallback(() => setTimeout(() => heading.current?.focus(), 50), []);
  const editAction = useMemo(
    () =>
      editing === "new"
        ? actions.add.bind(null, slug, programId, role)
        : editing
          ? actions.update.bind(null, slug, editing.id)
          : null,
    [editing, actions, slug, programId, role],
  );

  const reorder = (ids: string[]) =>
    startTransition(async () => {
      setOrdered(ids.map((id) => ordered.find((q) => q.id === id)!));
      const form = new FormData();
      for (const [k, v] of Object.entries({ slug, programId, role, ids: ids.join(",") })) form.set(k, v);
      const result = await actions.reorder(idle, form);
      if (result.status === "success") toast.success(result.message);
      else if (result.status === "error") toast.error(result.message);
    });

  const headingId = `questions-${role.toLowerCase()}-heading`;
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h3 id={headingId} ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
            {t("questions.heading", { role })}
          </h3>
          <p className="max-w-prose text-sm text-muted-foreground">{t("questions.intro", { role })}</p>
        </div>
        {readOnly ? null : (
          <Button type="button" onClick={() => setEditing("new")} disabled={ordered.length >= MAX_QUESTIONS_PER_ROLE}>
            <Plus aria-hidden />
            {t.rich("questions.add", { role, sr })}
          </Button>
        )}
      </div>
      {readOnly ? <p className="rounded-md bg-muted px-3 py-2 text-sm">{readOnly}</p> : null}

      {ordered.length === 0 ? (
        <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed border-border px-4 py-10 text-center">
          <MessageSquareText aria-hidden className="size-8 text-muted-foreground" />
          <p className="font-medium">{t("questions.emptyTitle", { role })}</p>
          <p className="max-w-sm text-sm text-muted-foreground">{t("questions.emptyBody")}</p>
        </div>
      ) : (
        <SortableList
          busy={reordering}
          items={ordered}
          label={t("questions.heading", { role })}
          nameOf={(q, i) => t("questions.itemName", { number: i + 1, label: q.label })}
          onReorder={reorder}
          disabled={readOnly !== null}
        >
          {(q, index, { handle, moveButtons }) => (
            <div className="flex gap-2 p-3 sm:gap-3 sm:p-4">
              {readOnly ? null : <div className="-ms-1 pt-0.5">{handle}</div>}
              <div className="min-w-0 flex-1 space-y-2">
                <div className="flex flex-wrap items-baseline gap-2">
                  <span className="text-sm text-muted-foreground">{index + 1}.</span>
                  <h4 className="min-w-0 font-medium">{q.label}</h4>
                </div>
                <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
                  <Badge variant="secondary">{t(`kind.${q.kind}`)}</Badge>
                  <span>
                    {[q.required ? t("questions.required") : t("questions.optional"), limits(q)]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </div>
                {q.options.length ? (
                  <p className="line-clamp-2 text-sm text-muted-foreground">
                    {q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE"
                      ? t("questions.choices", { list: list(q.options) })
                      : t("questions.suggestions", { list: list(q.options) })}
                  </p>
                ) : null}
                {q.help ? <p className="text-sm">{q.help}</p> : null}
                {readOnly ? null : (
                  <div className="flex flex-wrap items-center gap-1">
                    {moveButtons}
                    <Button type="button" variant="ghost" size="sm" onClick={() => setEditing(q)}>
                      <Pencil aria-hidden />
                      {t.rich("questions.edit", { number: index + 1, sr })}
                    </Button>
                    <Button type="button" variant="ghost" size="sm" onClick={() => setRemoving(q)}>
                      <Trash2 aria-hidden />
                      {t.rich("questions.remove", { number: index + 1, sr })}
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
          <QuestionFormDialog
            key={editing === "new" ? "new" : editing.id}
            question={editing === "new" ? null : editing}
            role={role}
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
            title={t("questions.removeTitle")}
            description={removing ? t("questions.removeDescription", { label: removing.label, role }) : ""}
            fields={{ slug, questionId: removing?.id ?? "" }}
            action={actions.remove}
            onRemoved={focusHeading}
            confirmLabel={t("questions.removeConfirm")}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
