"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ShieldCheck } from "lucide-react";
import { MAX_HOURS_APART, type MatchingRules } from "@/lib/matching/rules";
import type { ActionState } from "@/lib/http/action-state";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { inputClassName } from "@/components/ui/input";
import { cn } from "@/lib/utils/cn";
import { describedBy, FieldError } from "./field-error";

type Action = (state: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

/**
 * The Matching tab: the program's hard rules. A pair that breaks one is never suggested nor drafted (decision 031);
 * the weights (on the matching board) only rank what the rules allow.
 */
export function MatchingRulesForm({
  action,
  initial,
  topics,
  readOnly,
}: {
  action: Action;
  initial: MatchingRules;
  /** The program's topics, to choose those that must overlap (with any chosen before and since removed). */
  topics: string[];
  readOnly: boolean;
}) {
  const t = useTranslations("programEditor.rules");
  const [state, formAction] = useActionState(action, idle);
  const [rules, setRules] = useState<MatchingRules>(initial);
  const choices = [...new Set([...topics, ...initial.requiredTopics])];
  const hoursErrors = errorsFor(state, "maxHoursApart");
  const topicErrors = errorsFor(state, "requiredTopics");
  const toggleTopic = (topic: string, on: boolean) =>
    setRules((r) => ({
      ...r,
      requiredTopics: on ? [...r.requiredTopics, topic] : r.requiredTopics.filter((x) => x !== topic),
    }));
  return (
    <form action={formAction} onReset={(e) => e.preventDefault()} className="space-y-6" noValidate>
      <ActionFeedback state={state} />
      <input type="hidden" name="json" value={JSON.stringify(rules)} />
      <div className="flex items-start gap-2 text-sm text-muted-foreground">
        <ShieldCheck aria-hidden className="mt-0.5 size-4 shrink-0" />
        <p className="max-w-prose">{t("intro")}</p>
      </div>
      <fieldset disabled={readOnly} className="space-y-6 disabled:opacity-70">
        <legend className="sr-only">{t("legend")}</legend>
        <div className="flex items-start gap-3">
          <input
            id="rule-language"
            type="checkbox"
            className="mt-1 size-4"
            checked={rules.sharedLanguage}
            onChange={(e) => setRules((r) => ({ ...r, sharedLanguage: e.target.checked }))}
            aria-describedby="rule-language-hint"
          />
          <div>
            <Label htmlFor="rule-language">{t("sharedLanguage")}</Label>
            <p id="rule-language-hint" className="text-sm text-muted-foreground">
              {t("sharedLanguageHint")}
            </p>
          </div>
        </div>
        <div className="grid max-w-sm gap-1.5">
          <Label htmlFor="rule-hours">{t("maxHoursApart")}</Label>
          <select
            id="rule-hours"
            className={cn(inputClassName, "h-10")}
            value={rules.maxHoursApart === null ? "" : String(rules.maxHoursApart)}
            onChange={(e) =>
              setRules((r) => ({ ...r, maxHoursApart: e.target.value === "" ? null : Number(e.target.value) }))
            }
            {...describedBy("rule-hours", hoursErrors, true)}
          >
            <option value="">{t("noLimit")}</option>
            {Array.from({ length: MAX_HOURS_APART }, (_, i) => i + 1).map((h) => (
              <option key={h} value={h}>
                {t("hours", { count: h })}
              </option>
            ))}
          </select>
          <p id="rule-hours-hint" className="text-sm text-muted-foreground">
            {t("maxHoursApartHint")}
          </p>
          <FieldError id="rule-hours-error" errors={hoursErrors} />
        </div>
        <fieldset className="space-y-2" {...describedBy("rule-topics", topicErrors, true)}>
          <legend className="text-sm font-medium">{t("requiredTopics")}</legend>
          <p id="rule-topics-hint" className="text-sm text-muted-foreground">
            {choices.length ? t("requiredTopicsHint") : t("noTopics")}
          </p>
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {choices.map((topic, i) => (
              <li key={topic} className="flex items-center gap-2">
                <input
                  id={`rule-topic-${i}`}
                  type="checkbox"
                  className="size-4"
                  checked={rules.requiredTopics.includes(topic)}
                  onChange={(e) => toggleTopic(topic, e.target.checked)}
                />
                <Label htmlFor={`rule-topic-${i}`} className="font-normal">
                  {topic}
                </Label>
              </li>
            ))}
          </ul>
          <FieldError id="rule-topics-error" errors={topicErrors} />
        </fieldset>
        {readOnly ? null : (
          <div className="border-t border-border pt-5">
            <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
          </div>
        )}
      </fieldset>
    </form>
  );
}
