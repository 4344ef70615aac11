"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { QuestionDto } from "@/lib/programs/dto";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/utils/cn";
import { choiceLimit, textLimit, uniqueTags, type AnswerValue, type AvailabilityValue } from "./answer-value";
import type { TimeZoneOption } from "@/lib/time";
import { AvailabilityInput } from "./availability-input";
import { TagInput } from "./tag-input";

export type QuestionFieldContext = {
  /** The program's topics, offered as chips on topic questions. */
  topics: string[];
  timeZones: TimeZoneOption[];
  suggestedTimeZone: string;
};

function Title({ question }: { question: QuestionDto }) {
  const t = useTranslations("apply.question");
  return (
    <>
      {question.label}
      {question.required ? (
        <>
          <span aria-hidden className="ms-1 text-destructive">
            *
          </span>
          <span className="sr-only">{t("required")}</span>
        </>
      ) : null}
    </>
  );
}

type Hints = ReturnType<typeof useTranslations<"apply.question">>;

/** The limits a person should know before they hit them. */
function hintFor(q: QuestionDto, t: Hints): string | null {
  if (q.kind === "SHORT_TEXT" || q.kind === "LONG_TEXT") {
    const min = q.minLength ?? 0;
    return min > 0 ? t("textLimits", { min, max: textLimit(q) }) : null;
  }
  if (q.kind === "MULTIPLE_CHOICE" || q.kind === "TOPICS" || q.kind === "LANGUAGES") {
    const max = choiceLimit(q);
    return q.kind === "MULTIPLE_CHOICE" ? t("chooseUpTo", { max }) : t("chooseUpToTags", { max });
  }
  return null;
}

/**
 * One application question, rendered for its kind: short text, long text (with a character count), one choice
 * (radios), several choices (checkboxes), topics and languages (chips plus free tags), availability (time zone and
 * rhythm). Its help, limits and errors sit under it and are tied to the control for screen readers.
 */
export function QuestionField({
  question: q,
  value,
  onChange,
  errors,
  context,
}: {
  question: QuestionDto;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  errors: string[] | undefined;
  context: QuestionFieldContext;
}) {
  const t = useTranslations("apply.question");
  const id = `q-${q.id}`;
  const invalid = Boolean(errors?.length);
  const hint = hintFor(q, t);
  const helpId = q.help || hint ? `${id}-help` : undefined;
  const errorId = invalid ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(" ") || undefined;
  const text = typeof value === "string" ? value : "";
  const list = Array.isArray(value) ? value : [];

  const help = helpId ? (
    <p id={helpId} className="text-sm text-muted-foreground">
      {q.help ? <span className="block">{q.help}</span> : null}
      {hint ? <span className="block">{hint}</span> : null}
    </p>
  ) : null;
  const error = invalid ? (
    <p id={errorId} className="text-sm font-medium text-destructive">
      {errors!.join(" ")}
    </p>
  ) : null;

  if (q.kind === "SHORT_TEXT" || q.kind === "LONG_TEXT") {
    const max = textLimit(q);
    const shared = {
      id,
      value: text,
      maxLength: max,
      required: q.required,
      "aria-invalid": invalid || undefined,
      "aria-describedby": describedBy,
    };
    return (
      <Block invalid={invalid}>
        <Label htmlFor={id} className="leading-snug">
          <Title question={q} />
        </Label>
        {help}
        {q.kind === "LONG_TEXT" ? (
          <>
            <Textarea rows={6} {...shared} onChange={(e) => onChange(e.target.value)} />
            <p className="text-end text-xs text-muted-foreground" aria-hidden>
              {text.trim().length} / {max}
            </p>
          </>
        ) : (
          <Input {...shared} onChange={(e) => onChange(e.target.value)} />
        )}
        {error}
      </Block>
    );
  }

  let control: ReactNode;
  if (q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE") {
    const single = q.kind === "SINGLE_CHOICE";
    const most = choiceLimit(q);
    control = (
      <div className="grid gap-2 sm:grid-cols-2">
        {q.options.map((option, i) => {
          const checked = single ? text === option : list.includes(option);
          return (
            <label
              key={option}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-border px-3 py-2 text-sm has-[:checked]:border-primary has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60"
            >
              <input
                id={i === 0 ? id : undefined}
                type={single ? "radio" : "checkbox"}
                name={id}
                value={option}
                checked={checked}
                required={single && q.required}
                disabled={!single && !checked && list.length >= most}
                onChange={(e) =>
                  onChange(single ? option : e.target.checked ? [...list, option] : list.filter((o) => o !== option))
                }
              />
              {option}
            </label>
          );
        })}
      </div>
    );
  } else if (q.kind === "TOPICS" || q.kind === "LANGUAGES") {
    const noun = q.kind === "TOPICS" ? "topic" : "language";
    const suggestions = q.kind === "TOPICS" ? uniqueTags([...context.topics, ...q.options]) : q.options;
    control = (
      <TagInput
        id={id}
        noun={noun}
        suggestions={suggestions}
        value={list}
        onChange={onChange}
        max={choiceLimit(q)}
        describedBy={describedBy}
        invalid={invalid}
      />
    );
  } else {
    const availability: AvailabilityValue =
      value && typeof value === "object" && !Array.isArray(value) ? value : { timeZone: "", cadence: "" };
    control = (
      <AvailabilityInput
        id={id}
        value={availability}
        onChange={onChange}
        timeZones={context.timeZones}
        suggestedTimeZone={context.suggestedTimeZone}
        describedBy={describedBy}
        invalid={invalid}
      />
    );
  }
  return (
    <Block invalid={invalid}>
      <fieldset className="grid gap-2" aria-describedby={describedBy}>
        <legend className="mb-2 text-sm font-medium leading-snug">
          <Title question={q} />
        </legend>
        {help}
        {control}
      </fieldset>
      {error}
    </Block>
  );
}

function Block({ invalid, children }: { invalid: boolean; children: ReactNode }) {
  return (
    <div
      data-invalid={invalid || undefined}
      // The border is always there (transparent until invalid), so nothing shifts when an error appears.
      className={cn(
        "-mx-4 grid gap-2 rounded-e-lg border-s-4 border-transparent px-3 py-2",
        invalid && "border-destructive bg-destructive/5",
      )}
    >
      {children}
    </div>
  );
}
