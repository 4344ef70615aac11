"use client";

import { useTranslations } from "next-intl";
import { useState, type KeyboardEvent, type ReactNode } from "react";
import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FieldError } from "./field-error";

/**
 * A short list of words (topics, choices, languages) as removable chips, with a field to add one more (Enter or the
 * Add button). Duplicates are refused on the spot; the list's own errors show below.
 */
export function TagListInput({
  id,
  label,
  hint,
  noun,
  values,
  onChange,
  max,
  maxLength,
  errors,
  placeholder,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** What the words are, for the labels: "topic" gives "Remove topic …" and "Add topic". */
  noun: "topic" | "language" | "choice";
  values: string[];
  onChange: (values: string[]) => void;
  max: number;
  maxLength: number;
  errors?: string[];
  placeholder?: string;
}) {
  const t = useTranslations("programEditor.tagList");
  const [draft, setDraft] = useState("");
  const [note, setNote] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const full = values.length >= max;

  const add = () => {
    const value = draft.trim();
    if (!value) return;
    if (values.some((v) => v.toLowerCase() === value.toLowerCase())) {
      setNote(t("already", { value }));
      return;
    }
    onChange([...values, value]);
    setDraft("");
    setNote(null);
    setAnnouncement(t("added", { noun, value }));
  };
  const remove = (value: string) => {
    onChange(values.filter((v) => v !== value));
    setAnnouncement(t("removed", { noun, value }));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== "Enter") return;
    e.preventDefault(); // Enter adds the word instead of submitting the form.
    add();
  };

  const describedBy = [hint ? `${id}-hint` : null, note ? `${id}-note` : null, errors?.length ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="space-y-2">
      <Label htmlFor={id}>{label}</Label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {values.length ? (
        <ul className="flex flex-wrap gap-2">
          {values.map((value) => (
            <li
              key={value}
              className="inline-flex items-center gap-1 rounded-full border border-border bg-secondary py-0.5 ps-3 pe-1 text-sm text-secondary-foreground"
            >
              {value}
              <button
                type="button"
                onClick={() => remove(value)}
                className="rounded-full p-1 hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring"
                aria-label={t("remove", { noun, value })}
              >
                <X aria-hidden className="size-3.5" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {full ? (
        <p className="text-sm text-muted-foreground">{t("full", { max })}</p>
      ) : (
        <div className="flex gap-2">
          <Input
            id={id}
            value={draft}
            maxLength={maxLength}
            placeholder={placeholder}
            onChange={(e) => {
              setDraft(e.target.value);
              setNote(null);
            }}
            onKeyDown={onKeyDown}
            aria-invalid={errors?.length ? true : undefined}
            aria-describedby={describedBy || undefined}
          />
          <Button type="button" variant="outline" onClick={add} disabled={!draft.trim()}>
            <Plus aria-hidden />
            {t.rich("add", { noun, sr: (chunks) => <span className="sr-only">{chunks}</span> })}
          </Button>
        </div>
      )}
      {note ? (
        <p id={`${id}-note`} className="text-sm text-muted-foreground">
          {note}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} errors={errors} />
      <span className="sr-only" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
