"use client";

import { useActionState, useState } from "react";
import { Plus, Trash2 } from "lucide-react";
import type { ActionState } from "@/lib/http/action-state";
import { idle } from "@/lib/http/action-state";
import { ActionFeedback, errorsFor } from "@/components/action-feedback";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { SubmitButton } from "@/components/ui/submit-button";

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
        <legend className="text-lg font-semibold">About the group</legend>
        <div className="space-y-2">
          <Label htmlFor="name">Name</Label>
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
          <Label htmlFor="description">Description</Label>
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
            What the group is for and who it welcomes. Everyone who can find the group sees this.
          </p>
          <FieldError id="description-error" errors={err("description")} />
        </div>
        <div className="space-y-2">
          <Label htmlFor="coverColor">Cover colour</Label>
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
        <legend className="text-lg font-semibold">Privacy</legend>
        {(
          [
            ["PUBLIC", "Public", "Anyone can see who's in the group and what they post."],
            ["PRIVATE", "Private", "Only members see who's in the group and what they post."],
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
          <label className="flex items-start gap-3 pl-1">
            <input
              type="checkbox"
              className="mt-1"
              checked={values.visibility === "HIDDEN"}
              onChange={(e) => set("visibility", e.target.checked ? "HIDDEN" : "VISIBLE")}
            />
            <span>
              <span className="block font-medium">Hide this group</span>
              <span className="block text-sm text-muted-foreground">
                Only members and people you invite can find it. Good for survivors&apos; and support circles.
              </span>
            </span>
          </label>
        ) : null}
        <FieldError id="visibility-error" errors={err("visibility")} />
        <label className="flex items-start gap-3 pl-1">
          <input
            type="checkbox"
            className="mt-1"
            checked={values.postApprovalRequired}
            onChange={(e) => set("postApprovalRequired", e.target.checked)}
          />
          <span>
            <span className="block font-medium">Approve posts by new members</span>
            <span className="block text-sm text-muted-foreground">
              For their first two weeks, a moderator approves each post first.
            </span>
          </span>
        </label>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Rules</legend>
        <p className="text-sm text-muted-foreground">People joining a private group agree to these. Up to 10.</p>
        {values.rules.map((rule, i) => (
          <div key={i} className="space-y-2 rounded-lg border border-border p-3">
            <div className="flex items-center justify-between gap-2">
              <Label htmlFor={`rule-${i}-title`}>Rule {i + 1}</Label>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                onClick={() =>
                  set(
                    "rules",
                    values.rules.filter((_, j) => j !== i),
                  )
                }
              >
                <Trash2 aria-hidden />
                Remove<span className="sr-only"> rule {i + 1}</span>
              </Button>
            </div>
            <Input
              id={`rule-${i}-title`}
              placeholder="Be kind"
              value={rule.title}
              onChange={(e) =>
                set(
                  "rules",
                  values.rules.map((r, j) => (j === i ? { ...r, title: e.target.value } : r)),
                )
              }
              aria-invalid={err(`rules.${i}.title`) ? true : undefined}
              aria-describedby={err(`rules.${i}.title`) ? `rule-${i}-error` : undefined}
            />
            <Textarea
              aria-label={`Rule ${i + 1} details`}
              rows={2}
              placeholder="What it means in practice (optional)"
              value={rule.body}
              onChange={(e) =>
                set(
                  "rules",
                  values.rules.map((r, j) => (j === i ? { ...r, body: e.target.value } : r)),
                )
              }
            />
            <FieldError id={`rule-${i}-error`} errors={err(`rules.${i}.title`) ?? err(`rules.${i}.body`)} />
          </div>
        ))}
        <FieldError id="rules-error" errors={err("rules")} />
        {values.rules.length < 10 ? (
          <Button
            type="button"
            variant="outline"
            size="sm"
            onClick={() => set("rules", [...values.rules, { title: "", body: "" }])}
          >
            <Plus aria-hidden />
            Add a rule
          </Button>
        ) : null}
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Membership questions</legend>
        <p className="text-sm text-muted-foreground">Asked of people who request to join a private group. Up to 5.</p>
        {values.questions.map((q, i) => (
          <div key={i} className="space-y-2 rounded-lg border border-border p-3">
            <div className="flex items-center justify-between gap-2">
              <Label htmlFor={`question-${i}`}>Question {i + 1}</Label>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                onClick={() =>
                  set(
                    "questions",
                    values.questions.filter((_, j) => j !== i),
                  )
                }
              >
                <Trash2 aria-hidden />
                Remove<span className="sr-only"> question {i + 1}</span>
              </Button>
            </div>
            <Input
              id={`question-${i}`}
              placeholder="What brings you here?"
              value={q.prompt}
              onChange={(e) =>
                set(
                  "questions",
                  values.questions.map((x, j) => (j === i ? { ...x, prompt: e.target.value } : x)),
                )
              }
              aria-invalid={err(`questions.${i}.prompt`) ? true : undefined}
              aria-describedby={err(`questions.${i}.prompt`) ? `question-${i}-error` : undefined}
            />
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={q.required}
                onChange={(e) =>
                  set(
                    "questions",
                    values.questions.map((x, j) => (j === i ? { ...x, required: e.target.checked } : x)),
                  )
                }
              />
              Required
            </label>
            <FieldError id={`question-${i}-error`} errors={err(`questions.${i}.prompt`)} />
          </div>
        ))}
        <FieldError id="questions-error" errors={err("questions")} />
        {values.questions.length < 5 ? (
          <Button
            type="button"
            variant="outline"
            size="sm"
            onClick={() => set("questions", [...values.questions, { prompt: "", required: false }])}
          >
            <Plus aria-hidden />
            Add a question
          </Button>
        ) : null}
      </fieldset>

      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
