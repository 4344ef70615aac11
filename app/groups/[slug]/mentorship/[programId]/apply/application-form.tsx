"use client";

import { useActionState, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import type { QuestionDto } from "@/lib/programs/dto";
import type { Role } from "@/lib/programs/limits";
import type { ApplicationState } from "@/lib/programs/state-machine";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { QuestionField, type QuestionFieldContext } from "@/components/programs/question-field";
import {
  initialAnswers,
  isAnswered,
  toPayload,
  type AnswerValues,
  type ProfileFacts,
} from "@/components/programs/answer-value";
import { DEFAULT_TIME_ZONE, runtimeTimeZone, type TimeZoneOption } from "@/lib/time";
import { useAutosave } from "@/components/programs/use-autosave";
import { CapacityField } from "./capacity-field";
import { IntentButton } from "./intent-button";
import { saveApplicationAction } from "./actions";

const noSubscribe = () => () => {};

/**
 * The zone availability questions start at: the profile's, unless it is UTC, which is also what an account that
 * never chose a zone has; then the browser's is the better guess (known only once hydrated).
 */
function useSuggestedZone(profileZone: string): string {
  const browser = useSyncExternalStore(noSubscribe, runtimeTimeZone, () => null);
  return profileZone === DEFAULT_TIME_ZONE ? (browser ?? profileZone) : profileZone;
}

/**
 * The application form, generated from the program's questions for one role. A new application starts from what the
 * profile knows (languages, time zone). Everything is held in state and sent as JSON, so nothing typed is lost when
 * the server answers with errors; focus then moves to the first question that needs attention.
 */
export function ApplicationForm({
  slug,
  programId,
  role,
  application,
  questions,
  topics,
  timeZones,
  profile,
  defaultCapacity,
}: {
  slug: string;
  programId: string;
  role: Role;
  /** The viewer's existing application for this role (a draft, pending, or withdrawn one to start again from). */
  application: {
    id: string;
    state: ApplicationState;
    answers: Record<string, unknown>;
    capacity: number | null;
  } | null;
  questions: QuestionDto[];
  topics: string[];
  timeZones: TimeZoneOption[];
  profile: ProfileFacts;
  defaultCapacity: number;
}) {
  const t = useTranslations("apply.form");
  const [state, action] = useActionState(saveApplicationAction, idle);
  const [values, setValues] = useState<AnswerValues>(() =>
    initialAnswers(questions, application?.answers, application ? undefined : profile),
  );
  const [capacity, setCapacity] = useState(String(application?.capacity ?? defaultCapacity));
  const [touched, setTouched] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const zone = useSuggestedZone(profile.timeZone);
  const autosave = useAutosave(`kinship:apply:${programId}:${role}`, { values, capacity }, touched);

  // After a failed save, land on the first question that needs attention (the summary above takes it otherwise).
  useEffect(() => {
    if (state.status !== "error" || Object.keys(state.fields).length === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>("[data-invalid]");
    const control = first?.querySelector<HTMLElement>("input:not([disabled]), textarea, select, button");
    control?.focus();
    first?.scrollIntoView({ block: "center" });
  }, [state]);

  const context: QuestionFieldContext = { topics, timeZones, suggestedTimeZone: zone };
  const pending = application?.state === "PENDING";
  const id = application && application.state !== "WITHDRAWN" ? application.id : null;
  const json = JSON.stringify({
    slug,
    programId,
    applicationId: id,
    role,
    answers: toPayload(questions, values, zone),
    capacity: role === "MENTOR" ? (capacity.trim() === "" ? null : Number(capacity)) : null,
  });
  const left = questions.filter((q) => q.required && !isAnswered(values[q.id])).length;
  const change = (questionId: string) => (value: AnswerValues[string]) => {
    setTouched(true);
    setValues((v) => ({ ...v, [questionId]: value }));
  };

  return (
    <form
      ref={formRef}
      action={action}
      onSubmit={autosave.clear}
      onReset={(e) => e.preventDefault()}
      noValidate
      className="space-y-6"
    >
      <ActionFeedback state={state} />
      {autosave.offer ? (
        <div
          role="status"
          className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-border bg-muted px-3 py-2 text-sm"
        >
          <span>{t("restoreOffer")}</span>
          <span className="flex gap-2">
            <Button
              type="button"
              size="sm"
              variant="outline"
              onClick={() => {
                const saved = autosave.offer!.value;
                setValues({ ...values, ...saved.values });
                setCapacity(saved.capacity);
                setTouched(true);
              }}
            >
              {t("restore")}
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={autosave.dismiss}>
              {t("discard")}
            </Button>
          </span>
        </div>
      ) : null}
      <input type="hidden" name="json" value={json} />
      <p className="text-sm text-muted-foreground">
        {t.rich("requiredNote", { star: (chunks) => <span className="text-destructive">{chunks}</span> })}
      </p>
      {questions.map((q) => (
        <QuestionField
          key={q.id}
          question={q}
          value={values[q.id]}
          onChange={change(q.id)}
          errors={errorsFor(state, `answers.${q.id}`)}
          context={context}
        />
      ))}
      {role === "MENTOR" ? (
        <CapacityField
          value={capacity}
          onChange={(v) => {
            setTouched(true);
            setCapacity(v);
          }}
          errors={errorsFor(state, "capacity")}
        />
      ) : null}
      <div className="flex flex-col-reverse gap-3 border-t border-border pt-4 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-sm text-muted-foreground" aria-live="polite">
          {left ? t("left", { count: left }) : t("allAnswered")}
        </p>
        <div className="flex flex-wrap gap-2">
          {pending ? (
            <IntentButton intent="update" pendingLabel={t("saving")}>
              {t("saveChanges")}
            </IntentButton>
          ) : (
            <>
              <IntentButton intent="draft" variant="outline" pendingLabel={t("saving")}>
                {t("saveDraft")}
              </IntentButton>
              <IntentButton intent="submit" pendingLabel={t("submitting")}>
                {t("submit")}
              </IntentButton>
            </>
          )}
        </div>
      </div>
    </form>
  );
}
