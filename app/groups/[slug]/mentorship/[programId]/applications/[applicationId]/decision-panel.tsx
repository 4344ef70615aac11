"use client";

import { Suspense, lazy, useActionState, useRef, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ArrowLeft, CircleCheck, CircleX, Hourglass, Inbox, Quote, SkipForward } from "lucide-react";
import type { Decision, Role } from "@/lib/programs/limits";
import type { ApplicationState } from "@/lib/programs/state-machine";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { ApplicationStateBadge } from "@/components/programs/state-badge";
import { decisionsFor } from "@/components/programs/decision-copy";
import { useOnce } from "@/components/ui/use-once";
import { useActionDialog } from "@/components/programs/use-action-dialog";
import { useShortcuts } from "@/components/programs/use-shortcuts";
import { decideApplicationsAction } from "../actions";

// Loaded when first opened, not with the page (issue 18).
const DecisionDialog = lazy(() =>
  import("@/components/programs/decision-dialog").then((m) => ({ default: m.DecisionDialog })),
);

const ICONS = { approve: CircleCheck, waitlist: Hourglass, decline: CircleX } as const;
/** One key each, shown on the buttons: A approve, W waitlist, D decline, N next application. */
const KEYS = { approve: "a", waitlist: "w", decline: "d" } as const;
const SKIP_KEY = "n";

function Key({ k }: { k: string }) {
  return (
    <kbd
      aria-hidden
      className="ms-1 rounded border border-current/30 px-1 font-mono text-[0.7rem] font-semibold uppercase leading-4 opacity-80"
    >
      {k}
    </kbd>
  );
}

/** The states that leave nothing to decide, and why (`applications.panel.settled*`). */
const SETTLED = { MATCHED: "settledMATCHED", WITHDRAWN: "settledWITHDRAWN", DECLINED: "settledDECLINED" } as const;
const settled = (state: ApplicationState) =>
  state === "MATCHED" || state === "WITHDRAWN" || state === "DECLINED" ? SETTLED[state] : null;

/**
 * Where the application stands, the last decision and its message, and the decisions it can still take. Each
 * decision can move on to the next application of the queue's view ("Approve and next"), with a one-key shortcut
 * (A, W, D; N skips ahead); after the last one the panel says the view is empty and links back to it.
 */
export function DecisionPanel({
  slug,
  programId,
  applicationId,
  name,
  state,
  decidedLabel,
  decisionMessage,
  blocked,
  onlyDecline,
  view,
  queueHref,
  skipHref,
  viewState,
  viewRole,
}: {
  slug: string;
  programId: string;
  applicationId: string;
  name: string;
  state: ApplicationState;
  decidedLabel: string | null;
  decisionMessage: string | null;
  /** Why no decision can be taken here (their own application, an archived program). */
  blocked: string | null;
  /** Why only declining is possible (they left the group), if so. */
  onlyDecline: string | null;
  /** The queue's view this application was opened from, sent with a decision to find the next one. */
  view: Record<string, string>;
  /** The view's list, to go back to. */
  queueHref: string;
  /** The next application of the view, to skip to without deciding; null when this is the only one. */
  skipHref: string | null;
  /** The view's state and role, for "No more pending mentee applications". */
  viewState: string;
  viewRole: Role | "ALL";
}) {
  const t = useTranslations("applications");
  const router = useRouter();
  const settledKey = settled(state);
  const [result, decide] = useActionState(decideApplicationsAction, idle);
  const dialog = useActionDialog(result);
  const dialogWanted = useOnce(dialog.open);
  const [decision, setDecision] = useState<Decision>("approve");
  const [opened, setOpened] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const emptyRef = useRef<HTMLHeadingElement>(null);
  const choices = blocked ? [] : decisionsFor(state).filter((d) => !onlyDecline || d === "decline");
  const queueEmpty = result.status === "success" && result.data.queueEmpty;
  const open = (d: Decision) => {
    setDecision(d);
    setOpened((n) => n + 1);
    dialog.onOpenChange(true);
  };
  useShortcuts({
    ...Object.fromEntries(choices.map((d) => [KEYS[d], () => open(d)])),
    ...(skipHref ? { [SKIP_KEY]: () => router.push(skipHref) } : {}),
  });

  return (
    <section
      aria-labelledby="decision-heading"
      className="space-y-4 rounded-lg border border-border bg-card p-4 shadow-sm sm:p-6"
    >
      <ActionFeedback state={result.status === "success" ? result : idle} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="decision-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
          {t("panel.heading")}
        </h3>
        <ApplicationStateBadge state={state} />
      </div>
      {decidedLabel ? (
        <div className="space-y-2 text-sm">
          <p className="text-muted-foreground">{t("panel.lastDecided", { date: decidedLabel })}</p>
          {decisionMessage ? (
            <figure className="rounded-md border-s-4 border-primary bg-muted px-3 py-2">
              <figcaption className="flex items-center gap-1.5 text-xs font-medium text-muted-foreground">
                <Quote aria-hidden className="size-3.5" />
                {t("panel.messageSent")}
              </figcaption>
              <blockquote className="mt-1 whitespace-pre-line">{decisionMessage}</blockquote>
            </figure>
          ) : null}
        </div>
      ) : state === "PENDING" ? (
        <p className="text-sm text-muted-foreground">{t("panel.nobodyYet")}</p>
      ) : null}
      {onlyDecline && !blocked ? <p className="text-sm text-muted-foreground">{onlyDecline}</p> : null}
      {queueEmpty ? (
        <div className="space-y-2 rounded-md border border-success/50 bg-success/10 p-4">
          <h4 ref={emptyRef} tabIndex={-1} className="flex items-center gap-2 font-semibold outline-none">
            <Inbox aria-hidden className="size-4" />
            {t("panel.emptyTitle")}
          </h4>
          <p className="text-sm">{t("panel.emptyBody", { state: viewState, role: viewRole })}</p>
          <Button asChild size="sm" variant="outline">
            <Link href={queueHref}>
              <ArrowLeft aria-hidden className="rtl:-scale-x-100" />
              {t("panel.backToQueue")}
            </Link>
          </Button>
        </div>
      ) : null}
      {choices.length ? (
        <div className="flex flex-wrap gap-2">
          {choices.map((d) => {
            const Icon = ICONS[d];
            return (
              <Button
                key={d}
                type="button"
                variant={d === "approve" ? "default" : "outline"}
                aria-keyshortcuts={KEYS[d].toUpperCase()}
                onClick={() => open(d)}
              >
                <Icon aria-hidden />
                {t("decision.verb", { decision: d })}
                <Key k={KEYS[d]} />
              </Button>
            );
          })}
          {skipHref ? (
            <Button asChild variant="ghost">
              <Link href={skipHref} aria-keyshortcuts={SKIP_KEY.toUpperCase()}>
                <SkipForward aria-hidden className="rtl:-scale-x-100" />
                {t("panel.skip")}
                <Key k={SKIP_KEY} />
              </Link>
            </Button>
          ) : null}
        </div>
      ) : (
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-muted-foreground">
            {blocked ?? (settledKey ? t(`panel.${settledKey}`) : t("panel.nothing"))}
          </p>
          {skipHref && !queueEmpty ? (
            <Button asChild variant="outline" size="sm">
              <Link href={skipHref} aria-keyshortcuts={SKIP_KEY.toUpperCase()}>
                {t("panel.nextApplication")}
                <Key k={SKIP_KEY} />
              </Link>
            </Button>
          ) : null}
        </div>
      )}
      {choices.length ? <p className="text-xs text-muted-foreground">{t("panel.keysHint")}</p> : null}
      {dialogWanted ? (
        <Suspense fallback={null}>
          <DecisionDialog
            key={opened}
            open={dialog.open}
            onOpenChange={dialog.onOpenChange}
            onCloseAutoFocus={(event) => {
              if (result.status !== "success") return;
              event.preventDefault();
              (result.data.queueEmpty ? emptyRef : headingRef).current?.focus();
            }}
            decision={decision}
            ids={[applicationId]}
            names={name}
            slug={slug}
            programId={programId}
            state={result}
            action={decide}
            next={view}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
