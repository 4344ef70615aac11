"use client";

import { useTranslations } from "next-intl";
import { QUESTION_KINDS, QUESTION_LIMITS, type QuestionKind } from "@/lib/programs/question-limits";
import type { QuestionDto } from "@/lib/programs/dto";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { optionalNumber } from "./field-error";
import { describedBy, errorsUnder, FieldError } from "./field-error";
import { TagListInput } from "./tag-list-input";

export type QuestionDraft = {
  kind: QuestionKind;
  label: string;
  help: string;
  required: boolean;
  options: string[];
  minLength: string;
  maxLength: string;
  maxChoices: string;
};

const TEXT: readonly QuestionKind[] = ["SHORT_TEXT", "LONG_TEXT"];
const WITH_OPTIONS: readonly QuestionKind[] = ["SINGLE_CHOICE", "MULTIPLE_CHOICE", "TOPICS", "LANGUAGES"];
const MANY: readonly QuestionKind[] = ["MULTIPLE_CHOICE", "TOPICS", "LANGUAGES"];
const TEXT_CEILING = { SHORT_TEXT: QUESTION_LIMITS.shortText, LONG_TEXT: QUESTION_LIMITS.longText } as const;

export function toQuestionDraft(q: QuestionDto | null): QuestionDraft {
  return {
    kind: q?.kind ?? "SHORT_TEXT",
    label: q?.label ?? "",
    help: q?.help ?? "",
    required: q?.required ?? true,
    options: q?.options ?? [],
    minLength: q?.minLength?.toString() ?? "",
    maxLength: q?.maxLength?.toString() ?? "",
    maxChoices: q?.maxChoices?.toString() ?? "",
  };
}

/** What the question schema reads: settings that do not apply to the kind are left out. */
export function questionPayload(d: QuestionDraft) {
  const text = TEXT.includes(d.kind);
  return {
    kind: d.kind,
    label: d.label,
    help: d.help,
    required: d.required,
    options: WITH_OPTIONS.includes(d.kind) ? d.options : [],
    minLength: text ? optionalNumber(d.minLength) : null,
    maxLength: text ? optionalNumber(d.maxLength) : null,
    maxChoices: MANY.includes(d.kind) ? optionalNumber(d.maxChoices) : null,
  };
}

function NumberField(props: {
  id: string;
  label: string;
  value: string;
  placeholder?: string;
  onChange: (v: string) => void;
  errors?: string[];
}) {
  return (
    <div className="space-y-2">
      <Label htmlFor={props.id}>{props.label}</Label>
      <Input
        id={props.id}
        type="number"
        inputMode="numeric"
        min={0}
        className="w-28"
        value={props.value}
        placeholder={props.placeholder}
        onChange={(e) => props.onChange(e.target.value)}
        {...describedBy(props.id, props.errors)}
      />
      <FieldError id={`${props.id}-error`} errors={props.errors} />
    </div>
  );
}

/** The kind-specific settings of a question: choices or suggestions, length limits, how many choices. */
export function QuestionKindFields({
  draft,
  set,
  fields,
}: {
  draft: QuestionDraft;
  set: (patch: Partial<QuestionDraft>) => void;
  fields: Record<string, string[]>;
}) {
  const t = useTranslations("programEditor.questionForm");
  const kind = draft.kind;
  const optionCopy =
    kind === "TOPICS"
      ? { label: t("suggestedTopics"), noun: "topic" as const, hint: t("suggestedTopicsHint") }
      : kind === "LANGUAGES"
        ? { label: t("suggestedLanguages"), noun: "language" as const, hint: t("suggestedLanguagesHint") }
        : { label: t("choices"), noun: "choice" as const, hint: t("choicesHint", { min: QUESTION_LIMITS.minOptions }) };
  return (
    <>
      {WITH_OPTIONS.includes(kind) ? (
        <TagListInput
          id="question-options"
          label={optionCopy.label}
          noun={optionCopy.noun}
          hint={optionCopy.hint}
          values={draft.options}
          onChange={(options) => set({ options })}
          max={QUESTION_LIMITS.maxOptions}
          maxLength={QUESTION_LIMITS.optionMax}
          errors={errorsUnder(fields, "options")}
        />
      ) : null}
      {TEXT.includes(kind) ? (
        <div className="flex flex-wrap gap-4">
          <NumberField
            id="question-min"
            label={t("fewest")}
            value={draft.minLength}
            placeholder={t("none")}
            onChange={(minLength) => set({ minLength })}
            errors={fields.minLength}
          />
          <NumberField
            id="question-max"
            label={t("most")}
            value={draft.maxLength}
            placeholder={String(TEXT_CEILING[kind as keyof typeof TEXT_CEILING])}
            onChange={(maxLength) => set({ maxLength })}
            errors={fields.maxLength}
          />
        </div>
      ) : null}
      {MANY.includes(kind) ? (
        <NumberField
          id="question-max-choices"
          label={t("mostChoices")}
          value={draft.maxChoices}
          placeholder={t("any")}
          onChange={(maxChoices) => set({ maxChoices })}
          errors={fields.maxChoices}
        />
      ) : null}
    </>
  );
}

export function KindSelect({
  value,
  onChange,
  errors,
}: {
  value: QuestionKind;
  onChange: (kind: QuestionKind) => void;
  errors?: string[];
}) {
  const t = useTranslations("programEditor");
  return (
    <div className="space-y-2">
      <Label htmlFor="question-kind">{t("questionForm.kind")}</Label>
      <select
        id="question-kind"
        value={value}
        onChange={(e) => onChange(e.target.value as QuestionKind)}
        className="flex h-10 w-full rounded-md border border-input bg-background px-3 text-base text-foreground md:text-sm"
        {...describedBy("question-kind", errors, true)}
      >
        {QUESTION_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kind.${k}`)}
          </option>
        ))}
      </select>
      <p id="question-kind-hint" className="text-sm text-muted-foreground">
        {t(`kindHint.${value}`)}
      </p>
      <FieldError id="question-kind-error" errors={errors} />
    </div>
  );
}
