"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { Archive, Check, LoaderCircle, Megaphone, Play } from "lucide-react";
import type { ActionState } from "@/lib/http/action-state";
import { idle } from "@/lib/http/action-state";
import { PROGRAM_STATES, type ProgramState } from "@/lib/programs/state-machine";
import { ActionFeedback } from "@/components/action-feedback";
import { Button, type ButtonProps } from "@/components/ui/button";
import { cn } from "@/lib/utils/cn";
import { CloseProgramDialog } from "./close-program-dialog";

export type TransitionAction = (state: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

export type StateBarProgram = {
  id: string;
  name: string;
  state: ProgramState;
  archived: boolean;
  acceptWhileRunning: boolean;
  activePairings: number;
};

/** Where the program stands, as a message of `programEditor.stateBar`. */
function explain(p: StateBarProgram, mentorshipEnabled: boolean) {
  if (p.archived) return "explainArchived";
  switch (p.state) {
    case "DRAFT":
      return mentorshipEnabled ? "explainDraft" : "explainDraftOff";
    case "OPEN":
      return "explainOpen";
    case "RUNNING":
      return p.acceptWhileRunning ? "explainRunningOpen" : "explainRunning";
    case "CLOSED":
      return "explainClosed";
  }
}

/** A submit button that shows progress only when it is the one pressed. */
function TransitionButton({ act, children, ...props }: Omit<ButtonProps, "type" | "name" | "value"> & { act: string }) {
  const { pending, data } = useFormStatus();
  const mine = pending && data?.get("action") === act;
  return (
    <Button
      {...props}
      type="submit"
      name="action"
      value={act}
      aria-disabled={pending || undefined}
      onClick={(e) => pending && e.preventDefault()}
    >
      {mine ? <LoaderCircle aria-hidden className="motion-safe:animate-spin" /> : null}
      {children}
    </Button>
  );
}

/**
 * Where the program is in its life (Draft → Open → Running → Closed) and the next moves, each an explicit action.
 * A move the rules refuse (no steps yet, mentorship off…) says why, here.
 */
export function ProgramStateBar({
  slug,
  program,
  mentorshipEnabled,
  action,
}: {
  slug: string;
  program: StateBarProgram;
  mentorshipEnabled: boolean;
  action: TransitionAction;
}) {
  const t = useTranslations("programEditor.stateBar");
  const states = useTranslations("programs.programState");
  const [state, formAction] = useActionState(action, idle);
  const current = PROGRAM_STATES.indexOf(program.state);
  const live = !program.archived;
  return (
    <section aria-labelledby="program-state" className="space-y-4 rounded-lg border border-border bg-card p-4 sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id="program-state" className="font-semibold">
          {t("status", { state: program.archived ? states("ARCHIVED") : states(program.state) })}
        </h3>
        <ol className="flex flex-wrap items-center gap-1 text-xs" aria-label={t("stages")}>
          {PROGRAM_STATES.map((s, i) => (
            <li
              key={s}
              aria-current={i === current ? "step" : undefined}
              className={cn(
                "inline-flex items-center gap-1 rounded-full border px-2.5 py-1",
                i === current
                  ? "border-primary bg-primary font-medium text-primary-foreground"
                  : i < current
                    ? "border-border text-foreground"
                    : "border-dashed border-border text-muted-foreground",
              )}
            >
              {i < current ? <Check aria-hidden className="size-3" /> : null}
              {t("stage", { state: s })}
              {i < current ? <span className="sr-only">{t("done")}</span> : null}
            </li>
          ))}
        </ol>
      </div>
      <p className="text-sm text-muted-foreground">{t(explain(program, mentorshipEnabled))}</p>
      {live ? (
        <div className="flex flex-wrap items-start gap-2">
          {program.state !== "RUNNING" ? (
            <form action={formAction} className="contents">
              <input type="hidden" name="slug" value={slug} />
              <input type="hidden" name="programId" value={program.id} />
              {program.state === "DRAFT" ? (
                <TransitionButton act="open">
                  <Megaphone aria-hidden />
                  {t("open")}
                </TransitionButton>
              ) : null}
              {program.state === "OPEN" ? (
                <TransitionButton act="start">
                  <Play aria-hidden />
                  {t("start")}
                </TransitionButton>
              ) : null}
              {program.state === "CLOSED" ? (
                <TransitionButton act="archive" variant="outline">
                  <Archive aria-hidden />
                  {t("archive")}
                </TransitionButton>
              ) : null}
            </form>
          ) : null}
          {program.state === "OPEN" || program.state === "RUNNING" ? (
            <CloseProgramDialog
              slug={slug}
              programId={program.id}
              name={program.name}
              activePairings={program.activePairings}
              action={action}
            />
          ) : null}
        </div>
      ) : null}
      <ActionFeedback state={state} />
    </section>
  );
}
