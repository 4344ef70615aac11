"use client";

import { useTranslations } from "next-intl";
import type { CandidateDto } from "@/lib/matching/dto";
import { Avatar } from "@/components/ui/avatar";
import { cn } from "@/lib/utils/cn";
import { PersonFacts } from "./person-facts";

/**
 * The mentees waiting for a mentor, as toggle buttons: choosing one ranks the mentors for them. A short taste of
 * their goals helps the admin remember who is who.
 */
export function MenteeList({
  mentees,
  selectedId,
  onSelect,
  dateLabel,
}: {
  mentees: CandidateDto[];
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  dateLabel: (iso: string) => string;
}) {
  const t = useTranslations("matching.board");
  return (
    <ul className="space-y-2" aria-label={t("waitingMentees")}>
      {mentees.map((m) => {
        const selected = m.applicationId === selectedId;
        return (
          <li
            key={m.applicationId}
            className={cn(
              "relative flex gap-3 rounded-lg border bg-card p-3 transition-colors focus-within:border-primary hover:border-primary/60",
              selected ? "border-primary bg-accent/40 ring-2 ring-primary/40" : "border-border",
            )}
          >
            <Avatar name={m.name} photo={m.photo} size="sm" className="mt-0.5" />
            <div className="min-w-0 flex-1 space-y-1.5">
              <div className="flex flex-wrap items-baseline justify-between gap-x-2">
                <h4 className="font-medium">
                  {/* The whole card is the button's target; the name is its label. */}
                  <button
                    type="button"
                    aria-pressed={selected}
                    onClick={() => onSelect(selected ? null : m.applicationId)}
                    className="text-start after:absolute after:inset-0 after:rounded-lg hover:underline"
                  >
                    {m.name}
                  </button>
                </h4>
                {m.approvedAt ? (
                  <span className="text-xs text-muted-foreground">
                    {t("approved", { date: dateLabel(m.approvedAt) })}
                  </span>
                ) : null}
              </div>
              {m.text ? (
                <p dir="auto" className="line-clamp-2 text-sm text-muted-foreground">
                  {m.text}
                </p>
              ) : null}
              <PersonFacts person={m} maxTopics={3} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
