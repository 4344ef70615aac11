"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/http/action-state";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { SubmitButton } from "@/components/ui/submit-button";
import { ListFieldset } from "./list-fieldset";

export type GroupFormValues = {
  name: string;
  description: string;
  privacy: "PUBLIC" | "PRIVATE";
  visibility: "VISIBLE" | "HIDDEN";
  coverColor: string;
  postApprovalRequired: boolean;
  rules: { title: string; body: string }[];
  questions: { prompt: string; required: boolean }[];
};

export const EMPTY_GROUP: GroupFormValues = {
  name: "",
  description: "",
  privacy: "PUBLIC",
  visibility: "VISIBLE",
  coverColor: "#4f46e5",
  postApprovalRequired: false,
  rules: [],
  questions: [],
};

function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm text-destructive">
      {errors.join(" ")}
    </p>
  );
}

type Action = (state: ActionState<unknown>, formData: FormData) => Promise<ActionState<unknown>>;

/** Create and edit a group. Lists (rules, questions) travel as JSON in one field; errors keep their paths. */
export function GroupForm({
  action,
  initial,
  submitLabel,
}: {
  action: Action;
  initial: GroupFormValues;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, idle);
  const t = useTranslations("groups.form");
  const [values, setValues] = useState<GroupFormValues>(initial);
  const set = <K extends keyof GroupFormValues>(key: K, value: GroupFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const err = (path: string) => errorsFor(state, path);
  const payload = { ...values, visibility: values.privacy === "PUBLIC" ? "VISIBLE" : values.visibility };

  return (
    // Every field is controlled: React's reset after the action would show the initial choices (radios, checkboxes)
    // while the state, and so what gets submitted, keeps the current ones.
    <form action={formAction} onReset={(e) => e.preventDefault()} className="space-y-8" noValidate>
      <ActionFeedback state={state} />
      <input type="hidden" name="json" value={JSON.stringify(payload)} />

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("aboutLegend")}</legend>
        <div className="space-y-2">
          <Label htmlFor="name">{t("name")}</Label>
          <Input
            id="name"
            value={values.name}
            onChange={(e) => set("name", e.target.value)}
            required
            maxLength={80}
            aria-invalid={err("name") ? true : undefined}
            aria-describedby={err("name") ? "name-error" : undefined}
          />
          <FieldError id="name-error" errors={err("name")} />
        </div>
        <div className="space-y-2">
          <Label htmlFor="description">{t("description")}</Label>
          <Textarea
            id="description"
            rows={4}
            value={values.description}
            onChange={(e) => set("description", e.target.value)}
            maxLength={2000}
            aria-invalid={err("description") ? true : undefined}
            aria-describedby={err("description") ? "description-error" : "description-hint"}
          />
          <p id="description-hint" className="text-sm text-muted-foreground">
            {t("descriptionHint")}
          </p>
          <FieldError id="description-error" errors={err("description")} />
        </div>
        <div className="space-y-2">
          <Label htmlFor="coverColor">{t("coverColor")}</Label>
          <div className="flex items-center gap-3">
            <input
              id="coverColor"
              type="color"
              value={values.coverColor}
              onChange={(e) => set("coverColor", e.target.value)}
              className="h-10 w-16 cursor-pointer rounded-md border border-input bg-background p-1"
            />
            <span className="font-mono text-sm text-muted-foreground">{values.coverColor}</span>
          </div>
          <FieldError id="coverColor-error" errors={err("coverColor")} />
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("privacyLegend")}</legend>
        {(
          [
            ["PUBLIC", t("public"), t("publicHint")],
            ["PRIVATE", t("private"), t("privateHint")],
          ] as const
        ).map(([value, label, hint]) => (
          <label
            key={value}
            className="flex cursor-pointer items-start gap-3 rounded-lg border border-border p-3 has-[:checked]:border-primary"
          >
            <input
              type="radio"
              name="privacy-choice"
              className="mt-1"
              checked={values.privacy === value}
              onChange={() => set("privacy", value)}
            />
            <span>
              <span className="block font-medium">{label}</span>
              <span className="block text-sm text-muted-foreground">{hint}</span>
            </span>
          </label>
        ))}
        {values.privacy === "PRIVATE" ? (
          <label className="flex items-start gap-3 ps-1">
            <input
              type="checkbox"
              className="mt-1"
              checked={values.visibility === "HIDDEN"}
              onChange={(e) => set("visibility", e.target.checked ? "HIDDEN" : "VISIBLE")}
            />
            <span>
              <span className="block font-medium">{t("hide")}</span>
              <span className="block text-sm text-muted-foreground">{t("hideHint")}</span>
            </span>
          </label>
        ) : null}
        <FieldError id="visibility-error" errors={err("visibility")} />
        <label className="flex items-start gap-3 ps-1">
          <input
            type="checkbox"
            className="mt-1"
            checked={values.postApprovalRequired}
            onChange={(e) => set("postApprovalRequired", e.target.checked)}
          />
          <span>
            <span className="block font-medium">{t("approvePosts")}</span>
            <span className="block text-sm text-muted-foreground">{t("approvePostsHint")}</span>
          </span>
        </label>
      </fieldset>

      <ListFieldset
        legend={t("rules")}
        hint={t("rulesHint")}
        labels={{
          item: (n) => t("rule", { n }),
          remove: (n) => t("removeRule", { n }),
          removeShort: t("remove"),
          add: t("addRule"),
        }}
        idPrefix={(i) => `rule-${i}-title`}
        items={values.rules}
        max={10}
        empty={() => ({ title: "", body: "" })}
        onChange={(rules) => set("rules", rules)}
        listErrors={<FieldError id="rules-error" errors={err("rules")} />}
      >
        {(rule, i, update) => (
          <>
            <Input
              id={`rule-${i}-title`}
              placeholder={t("rulePlaceholder")}
              value={rule.title}
              onChange={(e) => update({ title: e.target.value })}
              aria-invalid={err(`rules.${i}.title`) ? true : undefined}
              aria-describedby={err(`rules.${i}.title`) ? `rule-${i}-error` : undefined}
            />
            <Textarea
              aria-label={t("ruleDetails", { n: i + 1 })}
              rows={2}
              placeholder={t("ruleDetailsPlaceholder")}
              value={rule.body}
              onChange={(e) => update({ body: e.target.value })}
            />
            <FieldError id={`rule-${i}-error`} errors={err(`rules.${i}.title`) ?? err(`rules.${i}.body`)} />
          </>
        )}
      </ListFieldset>

      <ListFieldset
        legend={t("questions")}
        hint={t("questionsHint")}
        labels={{
          item: (n) => t("question", { n }),
          remove: (n) => t("removeQuestion", { n }),
          removeShort: t("remove"),
          add: t("addQuestion"),
        }}
        idPrefix={(i) => `question-${i}`}
        items={values.questions}
        max={5}
        empty={() => ({ prompt: "", required: false })}
        onChange={(questions) => set("questions", questions)}
        listErrors={<FieldError id="questions-error" errors={err("questions")} />}
      >
        {(q, i, update) => (
          <>
            <Input
              id={`question-${i}`}
              placeholder={t("questionPlaceholder")}
              value={q.prompt}
              onChange={(e) => update({ prompt: e.target.value })}
              aria-invalid={err(`questions.${i}.prompt`) ? true : undefined}
              aria-describedby={err(`questions.${i}.prompt`) ? `question-${i}-error` : undefined}
            />
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={q.required} onChange={(e) => update({ required: e.target.checked })} />
              {t("required")}
            </label>
            <FieldError id={`question-${i}-error`} errors={err(`questions.${i}.prompt`)} />
          </>
        )}
      </ListFieldset>

      <SubmitButton pendingLabel={t("saving")}>{submitLabel}</SubmitButton>
    </form>
  );
}
