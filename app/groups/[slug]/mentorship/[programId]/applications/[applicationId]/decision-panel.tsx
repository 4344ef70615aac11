"use client";

import { useActionState, useRef, useState } from "react";
import { CircleCheck, CircleX, Hourglass, Quote } from "lucide-react";
import type { Decision } from "@/lib/programs/schemas";
import type { ApplicationState } from "@/lib/programs/state-machine";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { ApplicationStateBadge } from "@/components/programs/state-badge";
import { DecisionDialog } from "@/components/programs/decision-dialog";
import { DECISION_COPY, decisionsFor } from "@/components/programs/decision-copy";
import { useActionDialog } from "@/components/programs/use-action-dialog";
import { decideApplicationsAction } from "../actions";

const ICONS = { approve: CircleCheck, waitlist: Hourglass, decline: CircleX } as const;

const SETTLED: Partial<Record<ApplicationState, string>> = {
  MATCHED: "This applicant is matched. End the pairing before changing the decision.",
  WITHDRAWN: "The applicant withdrew this application, so there is nothing to decide.",
  DECLINED: "This application was declined. A declined application stays declined.",
};

/** Where the application stands, the last decision and its message, and the decisions it can still take. */
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
}) {
  const [result, decide] = useActionState(decideApplicationsAction, idle);
  const dialog = useActionDialog(result);
  const [decision, setDecision] = useState<Decision>("approve");
  const [opened, setOpened] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const choices = blocked ? [] : decisionsFor(state).filter((d) => !onlyDecline || d === "decline");

  return (
    <section
      aria-labelledby="decision-heading"
      className="space-y-4 rounded-lg border border-border bg-card p-4 shadow-sm sm:p-6"
    >
      <ActionFeedback state={result.status === "success" ? result : idle} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="decision-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
          Decision
        </h3>
        <ApplicationStateBadge state={state} />
      </div>
      {decidedLabel ? (
        <div className="space-y-2 text-sm">
          <p className="text-muted-foreground">Last decided {decidedLabel}.</p>
          {decisionMessage ? (
            <figure className="rounded-md border-l-4 border-primary bg-muted px-3 py-2">
              <figcaption className="flex items-center gap-1.5 text-xs font-medium text-muted-foreground">
                <Quote aria-hidden className="size-3.5" />
                Message sent with it
              </figcaption>
              <blockquote className="mt-1 whitespace-pre-line">{decisionMessage}</blockquote>
            </figure>
          ) : null}
        </div>
      ) : state === "PENDING" ? (
        <p className="text-sm text-muted-foreground">Nobody has decided on this application yet.</p>
      ) : null}
      {onlyDecline && !blocked ? <p className="text-sm text-muted-foreground">{onlyDecline}</p> : null}
      {choices.length ? (
        <div className="flex flex-wrap gap-2">
          {choices.map((d) => {
            const Icon = ICONS[d];
            return (
              <Button
                key={d}
                type="button"
                variant={d === "approve" ? "default" : "outline"}
                onClick={() => {
                  setDecision(d);
                  setOpened((n) => n + 1);
                  dialog.onOpenChange(true);
                }}
              >
                <Icon aria-hidden />
                {DECISION_COPY[d].verb}
              </Button>
            );
          })}
        </div>
      ) : (
        <p className="text-sm text-muted-foreground">{blocked ?? SETTLED[state] ?? "There is nothing to decide."}</p>
      )}
      <DecisionDialog
        key={opened}
        open={dialog.open}
        onOpenChange={dialog.onOpenChange}
        onCloseAutoFocus={(event) => {
          if (result.status !== "success") return;
          event.preventDefault();
          headingRef.current?.focus();
        }}
        decision={decision}
        ids={[applicationId]}
        names={name}
        slug={slug}
        programId={programId}
        state={result}
        action={decide}
      />
    </section>
  );
}
