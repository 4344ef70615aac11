"use client";

import { useState, type KeyboardEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Check, Plus, X } from "lucide-react";
import { QUESTION_LIMITS } from "@/lib/programs/question-limits";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils/cn";

const chip =
  "inline-flex items-center gap-1 rounded-full border px-3 py-1 text-sm transition-colors [&_svg]:size-3.5 [&_svg]:shrink-0";

/**
 * Tags from a list of suggestions (toggle chips) plus free entries typed in and added with Enter or a comma,
 * shown as removable chips. Keyboard: Tab through the chips, Space/Enter toggles, Backspace in the empty box
 * removes the last free tag. Changes are announced.
 */
export function TagInput({
  id,
  noun,
  suggestions,
  value,
  onChange,
  max,
  describedBy,
  invalid,
}: {
  id: string;
  /** What the tags are, for the labels: "topic" or "language". */
  noun: "topic" | "language";
  suggestions: string[];
  value: string[];
  onChange: (tags: string[]) => void;
  max: number;
  describedBy?: string | undefined;
  invalid?: boolean;
}) {
  const t = useTranslations("apply.tags");
  const locale = useLocale();
  const [draft, setDraft] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const chosen = new Set(value.map((t) => t.toLowerCase()));
  const known = new Map(suggestions.map((s) => [s.toLowerCase(), s]));
  const custom = value.filter((t) => !known.has(t.toLowerCase()));
  const full = value.length >= max;

  const add = (raw: string[]) => {
    const next = [...value];
    const added: string[] = [];
    for (const piece of raw) {
      const tag = piece.trim().replace(/\s+/g, " ").slice(0, QUESTION_LIMITS.tagMax);
      const key = tag.toLowerCase();
      if (!tag || next.some((t) => t.toLowerCase() === key) || next.length >= max) continue;
      const spelled = known.get(key) ?? tag;
      next.push(spelled);
      added.push(spelled);
    }
    if (added.length) {
      onChange(next);
      const tags = new Intl.ListFormat(locale, { type: "unit", style: "short" }).format(added);
      setAnnouncement(t("added", { tags, count: next.length, max }));
    } else if (raw.some((p) => p.trim()) && next.length >= max) {
      setAnnouncement(t("atMost", { max }));
    }
  };
  const remove = (tag: string) => {
    const next = value.filter((t) => t.toLowerCase() !== tag.toLowerCase());
    onChange(next);
    setAnnouncement(t("removed", { tag, count: next.length, max }));
  };
  const commitDraft = () => {
    if (draft.trim()) add([draft]);
    setDraft("");
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter" || e.key === ",") {
      e.preventDefault();
      commitDraft();
    } else if (e.key === "Backspace" && draft === "" && custom.length) {
      remove(custom[custom.length - 1]!);
    }
  };

  return (
    <div className="space-y-3">
      {suggestions.length ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("suggested", { noun })}>
          {suggestions.map((s) => {
            const on = chosen.has(s.toLowerCase());
            return (
              <li key={s}>
                <button
                  type="button"
                  aria-pressed={on}
                  disabled={!on && full}
                  onClick={() => (on ? remove(s) : add([s]))}
                  className={cn(
                    chip,
                    on
                      ? "border-primary bg-primary text-primary-foreground"
                      : "border-input bg-background hover:bg-accent disabled:cursor-not-allowed disabled:opacity-50",
                  )}
                >
                  {on ? <Check aria-hidden /> : <Plus aria-hidden />}
                  {s}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {custom.length ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("yours", { noun })}>
          {custom.map((tag) => (
            <li key={tag} className={cn(chip, "border-primary bg-accent pe-1 text-accent-foreground")}>
              {tag}
              <button
                type="button"
                onClick={() => remove(tag)}
                className="rounded-full p-1 hover:bg-background"
                aria-label={t("remove", { tag })}
              >
                <X aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex gap-2">
        <Input
          id={id}
          value={draft}
          disabled={full}
          placeholder={full ? t("full", { max }) : t("add", { noun })}
          maxLength={QUESTION_LIMITS.tagMax}
          aria-label={t("add", { noun })}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => {
            const parts = e.target.value.split(",");
            if (parts.length > 1) {
              add(parts.slice(0, -1));
              setDraft(parts.at(-1) ?? "");
            } else setDraft(e.target.value);
          }}
          onKeyDown={onKeyDown}
          onBlur={commitDraft}
          className="max-w-xs"
        />
        <span className="self-center text-xs text-muted-foreground" aria-hidden>
          {value.length}/{max}
        </span>
      </div>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
