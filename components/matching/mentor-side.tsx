"use client";

import { useState, type ReactNode, type Ref } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ChevronRight, EyeOff, Handshake, Scale, Search, Undo2 } from "lucide-react";
import type { BoardPageDto, CandidateDto, MentorCandidateDto } from "@/lib/matching/dto";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SubmitButton } from "@/components/ui/submit-button";
import { MentorCard } from "./mentor-card";

const PAGE = 10;

type Props = {
  mentee: CandidateDto | null;
  /** Without a chosen mentee: the page of mentors the filters show, most places first, full ones last. */
  list: BoardPageDto["mentors"];
  /** With one: their suggestions, best first (full and excluded mentors are never suggested), and the others. */
  suggestions: BoardPageDto["suggestions"];
  /** The mentors named on this side, by application id. */
  byId: ReadonlyMap<string, MentorCandidateDto>;
  canMatch: boolean;
  /** Some mentee waits on the board (else there is nobody to rank mentors for). */
  waiting: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  /** Beside the heading (the weights toggle), and below it (the weights panel). */
  tools: ReactNode;
  panel: ReactNode;
  /** The mentors' name search (the list only) and the address of the list's next page. */
  search: { value: string; onSearch: (q: string) => void };
  pageHref: (after: string) => string;
  onCompare: (mentorId: string) => void;
  onMatch: (mentorId: string) => void;
  /** The exclusion form's action and its fields for one mentor. */
  exclude: {
    action: (formData: FormData) => void;
    fields: (mentor: MentorCandidateDto, excluded: boolean) => Record<string, string>;
  };
};

function ExcludeButton({
  exclude,
  mentor,
  excluded,
}: {
  exclude: Props["exclude"];
  mentor: MentorCandidateDto;
  excluded: boolean;
}) {
  const t = useTranslations("matching.mentors");
  return (
    <form action={exclude.action}>
      {Object.entries(exclude.fields(mentor, excluded)).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton
        variant="ghost"
        size="sm"
        pendingLabel={t("saving")}
        aria-label={t(excluded ? "dontSuggestLabel" : "suggestAgainLabel", { name: mentor.name })}
      >
        {excluded ? <EyeOff aria-hidden /> : <Undo2 aria-hidden className="rtl:-scale-x-100" />}
        {t(excluded ? "dontSuggest" : "suggestAgain")}
      </SubmitButton>
    </form>
  );
}

/**
 * The mentors' side of the board. With no mentee chosen it lists the mentors and their places; with one chosen it
 * ranks the mentors for them, each with a score, its reasons and the actions (compare, match, don't suggest).
 */
export function MentorSide({
  mentee,
  list,
  suggestions,
  byId,
  canMatch,
  waiting,
  headingRef,
  tools,
  panel,
  search,
  pageHref,
  onCompare,
  onMatch,
  exclude,
}: Props) {
  const t = useTranslations("matching.mentors");
  const [shown, setShown] = useState(PAGE);
  const [fullOpen, setFullOpen] = useState(false);
  const [q, setQ] = useState(search.value);
  const compare = (m: MentorCandidateDto) => (
    <Button
      type="button"
      variant="outline"
      size="sm"
      onClick={() => onCompare(m.applicationId)}
      aria-label={t("compareLabel", { name: m.name })}
    >
      <Scale aria-hidden />
      {t("compare")}
    </Button>
  );
  const match = (m: MentorCandidateDto) =>
    canMatch && m.remaining > 0 ? (
      <Button
        type="button"
        size="sm"
        onClick={() => onMatch(m.applicationId)}
        aria-label={t("matchLabel", { name: m.name })}
      >
        <Handshake aria-hidden />
        {t("match")}
      </Button>
    ) : null;

  if (!mentee || !suggestions) {
    const items = list?.items ?? [];
    return (
      <section aria-labelledby="mentor-side-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 id="mentor-side-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
            {t("heading")}
          </h3>
          {tools}
        </div>
        {panel}
        <p className="text-sm text-muted-foreground">{waiting ? t("chooseMentee") : t("approvedMentors")}</p>
        <form
          role="search"
          aria-label={t("searchButton")}
          className="grid gap-1.5"
          onSubmit={(e) => {
            e.preventDefault();
            search.onSearch(q.trim());
          }}
        >
          <Label htmlFor="mentor-q">{t("search")}</Label>
          <div className="flex gap-1">
            <Input id="mentor-q" type="search" value={q} maxLength={100} onChange={(e) => setQ(e.target.value)} />
            <Button type="submit" variant="outline" size="icon" aria-label={t("searchButton")}>
              <Search aria-hidden />
            </Button>
          </div>
        </form>
        <ul className="space-y-3" aria-label={t("heading")}>
          {items.map((m) => (
            <MentorCard key={m.applicationId} mentor={m} />
          ))}
        </ul>
        {list?.after ? (
          <nav aria-label={t("pages")} className="flex justify-end">
            <Button asChild variant="outline" size="sm">
              <Link href={pageHref(list.after)} scroll={false}>
                {t("nextMentors")}
                <ChevronRight aria-hidden className="rtl:-scale-x-100" />
              </Link>
            </Button>
          </nav>
        ) : null}
      </section>
    );
  }

  const ranked = suggestions.ranked;
  const pick = (ids: string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  const excludedHere = pick(suggestions.excludedHere.ids);
  const full = pick(suggestions.full.ids);
  return (
    <section aria-labelledby="mentor-side-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="mentor-side-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold outline-none">
          {t("suggestedFor", { name: mentee.name })}
        </h3>
        {tools}
      </div>
      {panel}
      {ranked.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border bg-card p-6 text-center text-sm text-muted-foreground">
          {t("noPlaceFor", { name: mentee.name })}
        </p>
      ) : (
        <ol className="space-y-3" aria-label={t("suggestionsFor", { name: mentee.name })}>
          {ranked.slice(0, shown).map((s, i) => {
            const m = byId.get(s.mentorApplicationId)!;
            return (
              <MentorCard
                key={m.applicationId}
                mentor={m}
                suggestion={s}
                best={i === 0}
                actions={
                  <>
                    {match(m)}
                    {compare(m)}
                    <ExcludeButton exclude={exclude} mentor={m} excluded />
                  </>
                }
              />
            );
          })}
        </ol>
      )}
      {ranked.length > shown ? (
        <ShowMore left={ranked.length - shown} onClick={() => setShown((n) => n + PAGE)} />
      ) : null}
      {excludedHere.length ? (
        <details className="rounded-lg border border-border bg-card p-4" open>
          <summary className="cursor-pointer font-medium">
            {t("notSuggestedFor", { name: mentee.name })} ({suggestions.excludedHere.total})
          </summary>
          <ul className="mt-3 space-y-3" aria-label={t("notSuggestedFor", { name: mentee.name })}>
            {excludedHere.map((m) => (
              <MentorCard
                key={m.applicationId}
                mentor={m}
                actions={
                  <>
                    {match(m)}
                    {compare(m)}
                    <ExcludeButton exclude={exclude} mentor={m} excluded={false} />
                  </>
                }
              />
            ))}
          </ul>
        </details>
      ) : null}
      {full.length ? (
        // Closed at first: its cards are drawn once it is opened, not sent hidden in the page.
        <details
          className="rounded-lg border border-border bg-card p-4"
          onToggle={(event) => setFullOpen(event.currentTarget.open)}
        >
          <summary className="cursor-pointer font-medium">
            {t("fullMentors")} ({suggestions.full.total})
          </summary>
          {fullOpen ? (
            <ul className="mt-3 space-y-3" aria-label={t("fullMentors")}>
              {full.map((m) => (
                <MentorCard key={m.applicationId} mentor={m} actions={compare(m)} />
              ))}
            </ul>
          ) : null}
        </details>
      ) : null}
    </section>
  );
}

function ShowMore({ left, onClick }: { left: number; onClick: () => void }) {
  const t = useTranslations("matching.mentors");
  return (
    <div className="flex justify-center">
      <Button type="button" variant="outline" onClick={onClick}>
        {t("showMore", { count: left })}
      </Button>
    </div>
  );
}
