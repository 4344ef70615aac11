"use client";

import { lazy, Suspense, useActionState, useCallback, useMemo, useRef, useState } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Handshake } from "lucide-react";
import type { MatchingBoardDto, PairingRowDto } from "@/lib/matching/dto";
import type { Profile } from "@/lib/matching/scoring";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionDialog } from "@/components/programs/use-action-dialog";
import { PairingRows } from "@/components/matching/pairing-rows";
import { endPairingAction, loadMorePairingsAction, menteeProfileAction, movePairingAction } from "./actions";
import type { PairingsQuery } from "./query";
import { dateFormatter } from "@/lib/time";

// The dialogs load when first opened, not with the list (issue 18): moving a mentee ranks the mentors in the browser.
const EndPairingDialog = lazy(() =>
  import("@/components/matching/end-pairing-dialog").then((m) => ({ default: m.EndPairingDialog })),
);
const MovePairingDialog = lazy(() =>
  import("@/components/matching/move-pairing-dialog").then((m) => ({ default: m.MovePairingDialog })),
);

type More = { base: PairingRowDto[] | null; items: PairingRowDto[]; nextCursor: string | null; error: string | null };
type Target = { kind: "end" | "move"; row: PairingRowDto; opened: number } | null;

/**
 * The pairings with "Load more", and, for active ones, ending early and moving the mentee. Pages loaded earlier are
 * dropped when the server sends a fresh first page (after a change), since their rows may have changed.
 */
export function PairingsList({
  slug,
  programId,
  query,
  items,
  nextCursor,
  timeZone,
  empty,
  manage,
}: {
  slug: string;
  programId: string;
  query: PairingsQuery;
  items: PairingRowDto[];
  nextCursor: string | null;
  timeZone: string;
  empty: { title: string; action: { href: string; label: string } | null };
  /** What moving needs (mentors with places, weights, exclusions), when pairings can still change. */
  manage:
    | (Pick<MatchingBoardDto, "mentors" | "weights" | "rules" | "exclusions"> & {
        programName: string;
        canMove: boolean;
      })
    | null;
}) {
  const t = useTranslations("adminPairings");
  const locale = useLocale();
  const [endState, end] = useActionState(endPairingAction, idle);
  const [moveState, move] = useActionState(movePairingAction, idle);
  const endDialog = useActionDialog(endState);
  const moveDialog = useActionDialog(moveState);
  const [target, setTarget] = useState<Target>(null);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const [more, loadMore] = useActionState(
    async (prev: More, formData: FormData): Promise<More> => {
      const result = await loadMorePairingsAction(idle, formData);
      const kept = prev.base === items ? prev.items : [];
      const cursorNow = prev.base === items ? prev.nextCursor : nextCursor;
      if (result.status === "error") return { base: items, items: kept, nextCursor: cursorNow, error: result.message };
      if (result.status !== "success") return prev;
      return { base: items, items: [...kept, ...result.data.items], nextCursor: result.data.nextCursor, error: null };
    },
    { base: null, items: [], nextCursor: null, error: null },
  );
  const loadMentee = useCallback(async (applicationId: string): Promise<Profile | null> => {
    const form = new FormData();
    form.set("applicationId", applicationId);
    const result = await menteeProfileAction(idle, form);
    return result.status === "success" ? result.data : null;
  }, []);
  const moving = target?.kind === "move" ? target.row.mentee.applicationId : null;
  const excluded = useMemo(
    () =>
      new Set(
        (manage?.exclusions ?? []).filter((e) => e.menteeApplicationId === moving).map((e) => e.mentorApplicationId),
      ),
    [manage?.exclusions, moving],
  );
  const fresh = more.base === items;
  const all = fresh ? [...items, ...more.items.filter((m) => !items.some((i) => i.id === m.id))] : items;
  const cursor = fresh ? more.nextCursor : nextCursor;
  const format = dateFormatter(timeZone, undefined, locale);
  const open = (kind: "end" | "move", row: PairingRowDto) => {
    setTarget({ kind, row, opened: (target?.opened ?? 0) + 1 });
    (kind === "end" ? endDialog : moveDialog).onOpenChange(true);
  };
  const afterClose = (ok: boolean) => (event: Event) => {
    if (!ok) return;
    event.preventDefault();
    summaryRef.current?.focus();
  };

  return (
    <div className="space-y-4">
      <ActionFeedback state={endState.status === "success" ? endState : idle} />
      <ActionFeedback state={moveState.status === "success" ? moveState : idle} />
      <p ref={summaryRef} tabIndex={-1} className="sr-only" aria-live="polite">
        {t("shown", { count: all.length })}
      </p>
      {all.length === 0 ? (
        <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed border-border bg-card px-4 py-12 text-center">
          <Handshake aria-hidden className="size-8 text-muted-foreground" />
          <p className="font-medium">{empty.title}</p>
          {empty.action ? (
            <Link href={empty.action.href} className="text-sm text-primary underline underline-offset-4">
              {empty.action.label}
            </Link>
          ) : null}
        </div>
      ) : (
        <PairingRows
          items={all}
          dateLabel={format}
          manage={
            manage
              ? { onEnd: (row) => open("end", row), onMove: manage.canMove ? (row) => open("move", row) : null }
              : null
          }
        />
      )}
      {cursor ? (
        <form action={loadMore} className="flex flex-col items-center gap-2">
          <input type="hidden" name="programId" value={programId} />
          <input type="hidden" name="cursor" value={cursor} />
          {query.state !== "ALL" ? <input type="hidden" name="state" value={query.state} /> : null}
          {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
          {more.error && fresh ? (
            <p role="alert" className="text-sm text-destructive">
              {more.error}
            </p>
          ) : null}
          <SubmitButton variant="outline" pendingLabel={t("loadingMore")}>
            {t("loadMore")}
          </SubmitButton>
        </form>
      ) : null}
      {target?.kind === "end" ? (
        <Suspense fallback={null}>
          <EndPairingDialog
            key={target.opened}
            open={endDialog.open}
            onOpenChange={endDialog.onOpenChange}
            onCloseAutoFocus={afterClose(endState.status === "success")}
            row={target.row}
            slug={slug}
            state={endState}
            action={end}
          />
        </Suspense>
      ) : null}
      {target?.kind === "move" && manage ? (
        <Suspense fallback={null}>
          <MovePairingDialog
            key={target.opened}
            open={moveDialog.open}
            onOpenChange={moveDialog.onOpenChange}
            onCloseAutoFocus={afterClose(moveState.status === "success")}
            row={target.row}
            slug={slug}
            programName={manage.programName}
            mentors={manage.mentors}
            weights={manage.weights}
            rules={manage.rules}
            excluded={excluded}
            loadMentee={loadMentee}
            state={moveState}
            action={move}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
