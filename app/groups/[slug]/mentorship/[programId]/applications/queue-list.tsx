"use client";

import { Suspense, lazy, useActionState, useRef, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Inbox } from "lucide-react";
import type { ApplicationListItemDto } from "@/lib/programs/applications/find-applications";
import type { Decision } from "@/lib/programs/limits";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { ApplicationRow } from "@/components/programs/application-row";
import { DECISIONS } from "@/components/programs/decision-copy";
import { useOnce } from "@/components/ui/use-once";
import { useActionDialog } from "@/components/programs/use-action-dialog";
import { decideApplicationsAction, loadMoreApplicationsAction } from "./actions";
import { VIEW_FIELDS, viewSearch, type QueueQuery } from "./query";
import { dateFormatter } from "@/lib/time";

// Loaded when first opened, not with the page (issue 18).
const DecisionDialog = lazy(() =>
  import("@/components/programs/decision-dialog").then((m) => ({ default: m.DecisionDialog })),
);

type More = {
  base: ApplicationListItemDto[] | null;
  items: ApplicationListItemDto[];
  nextCursor: string | null;
  error: string | null;
};

/**
 * The queue's rows with ticks and a bulk bar (approve, waitlist or decline the ticked ones, with a message), and
 * "Load more" that appends the next page. Pages loaded earlier are dropped when the server sends a fresh first
 * page (after a decision), since their rows may have changed.
 */
export function QueueList({
  slug,
  programId,
  base,
  query,
  items,
  nextCursor,
  timeZone,
  locale,
  empty,
  clearHref,
  readOnly,
}: {
  slug: string;
  programId: string;
  /** The queue's URL; a row opens `${base}/${id}`. */
  base: string;
  query: QueueQuery;
  items: ApplicationListItemDto[];
  nextCursor: string | null;
  timeZone: string;
  /** The reader's language, for the dates. */
  locale: string;
  empty: string;
  clearHref: string | null;
  /** Nothing can be decided (an archived program): no ticks, no bulk bar. */
  readOnly: boolean;
}) {
  const t = useTranslations("applications");
  const [state, decide] = useActionState(decideApplicationsAction, idle);
  const dialog = useActionDialog(state);
  const dialogWanted = useOnce(dialog.open);
  const [decision, setDecision] = useState<Decision>("approve");
  // A fresh dialog (and message) each time it opens.
  const [opened, setOpened] = useState(0);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const [more, loadMore] = useActionState(
    async (prev: More, formData: FormData): Promise<More> => {
      const result = await loadMoreApplicationsAction(idle, formData);
      const kept = prev.base === items ? prev.items : [];
      const cursorNow = prev.base === items ? prev.nextCursor : nextCursor;
      if (result.status === "error") return { base: items, items: kept, nextCursor: cursorNow, error: result.message };
      if (result.status !== "success") return prev;
      return { base: items, items: [...kept, ...result.data.items], nextCursor: result.data.nextCursor, error: null };
    },
    { base: null, items: [], nextCursor: null, error: null },
  );
  const fresh = more.base === items;
  const all = fresh ? [...items, ...more.items.filter((m) => !items.some((i) => i.id === m.id))] : items;
  const cursor = fresh ? more.nextCursor : nextCursor;
  const selected = all.filter((i) => ticked.has(i.id)).map((i) => i.id);
  const format = dateFormatter(timeZone, undefined, locale);
  const toggle = (id: string, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const open = (d: Decision) => {
    setDecision(d);
    setOpened((n) => n + 1);
    dialog.onOpenChange(true);
  };

  return (
    <div className="space-y-4">
      <ActionFeedback state={state.status === "success" ? state : idle} />
      {all.length === 0 ? (
        <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed border-border bg-card px-4 py-12 text-center">
          <Inbox aria-hidden className="size-8 text-muted-foreground" />
          <p className="font-medium">{empty}</p>
          {clearHref ? (
            <Link href={clearHref} className="text-sm text-primary underline underline-offset-4">
              {t("queue.clearFilters")}
            </Link>
          ) : (
            <p className="max-w-sm text-sm text-muted-foreground">{t("queue.newShowUp")}</p>
          )}
        </div>
      ) : (
        <>
          {readOnly ? null : (
            <div className="sticky top-16 z-20 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-border bg-card p-3 shadow-sm">
              <label className="flex items-center gap-2 text-sm font-medium">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={selected.length === all.length}
                  onChange={(e) => setTicked(e.target.checked ? new Set(all.map((i) => i.id)) : new Set())}
                />
                {t("queue.selectAll")}
              </label>
              <p
                ref={summaryRef}
                tabIndex={-1}
                className="text-sm text-muted-foreground outline-none"
                aria-live="polite"
              >
                {selected.length
                  ? t("queue.selectedCount", { count: selected.length })
                  : query.role === "ALL"
                    ? t("queue.tickBoth")
                    : t("queue.tickOne")}
              </p>
              <div className="flex flex-wrap gap-2">
                {DECISIONS.map((d) => (
                  <Button
                    key={d}
                    type="button"
                    size="sm"
                    variant={d === "approve" ? "default" : "outline"}
                    disabled={selected.length === 0}
                    onClick={() => open(d)}
                  >
                    {t("decision.selected", { decision: d })}
                  </Button>
                ))}
              </div>
            </div>
          )}
          <ul className="space-y-3" aria-label={t("queue.listLabel")}>
            {all.map((item) => (
              <ApplicationRow
                key={item.id}
                item={item}
                href={`${base}/${item.id}${viewSearch(query)}`}
                showRole={query.role === "ALL"}
                {...(readOnly ? {} : { selected: ticked.has(item.id), onSelect: (on: boolean) => toggle(item.id, on) })}
                submittedLabel={item.submittedAt ? format(item.submittedAt) : null}
              />
            ))}
          </ul>
        </>
      )}
      {cursor ? (
        <form action={loadMore} className="flex flex-col items-center gap-2">
          <input type="hidden" name="programId" value={programId} />
          <input type="hidden" name="cursor" value={cursor} />
          {VIEW_FIELDS.map((key) =>
            query[key] ? <input key={key} type="hidden" name={key} value={query[key]} /> : null,
          )}
          {more.error && fresh ? (
            <p role="alert" className="text-sm text-destructive">
              {more.error}
            </p>
          ) : null}
          <SubmitButton variant="outline" pendingLabel={t("queue.loading")}>
            {t("queue.loadMore")}
          </SubmitButton>
        </form>
      ) : null}
      {dialogWanted ? (
        <Suspense fallback={null}>
          <DecisionDialog
            key={opened}
            open={dialog.open}
            onOpenChange={dialog.onOpenChange}
            onCloseAutoFocus={(event) => {
              if (state.status !== "success") return;
              event.preventDefault();
              summaryRef.current?.focus();
            }}
            decision={decision}
            ids={selected}
            slug={slug}
            programId={programId}
            state={state}
            action={decide}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
