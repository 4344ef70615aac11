import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Search } from "lucide-react";
import type { SessionUser } from "@/lib/auth/session-user";
import { findPairings } from "@/lib/matching/find-pairings";
import { getMatchingBoard } from "@/lib/matching/get-matching-board";
import { PAIRING_STATES } from "@/lib/matching/schemas";
import { orNotFound } from "@/lib/http/page";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils/cn";
import { PairingsList } from "./pairings-list";
import { pairingsHref, toServiceQuery, type PairingsQuery } from "./query";

const pill = "inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm font-medium transition-colors";
const count = "rounded-full px-1.5 text-xs tabular-nums";

/**
 * The list's view (state chips with counts, a search by name) and its rows. Moving a mentee needs the mentors with
 * places, so the board is read too when there is an active pairing the admin may change.
 */
export async function PairingsSection({
  user,
  program,
  slug,
  canManage,
  query,
}: {
  user: SessionUser;
  program: { id: string; name: string; archived: boolean };
  slug: string;
  canManage: boolean;
  query: PairingsQuery;
}) {
  const list = await orNotFound(findPairings(user, program.id, toServiceQuery(query)));
  const canChange = canManage && !program.archived && list.counts.ACTIVE > 0;
  const board = canChange ? await orNotFound(getMatchingBoard(user, program.id)) : null;
  const t = await getTranslations("adminPairings");
  const programHref = `/groups/${slug}/mentorship/${program.id}`;
  const base = `${programHref}/pairings`;
  const total = PAIRING_STATES.reduce((n, s) => n + list.counts[s], 0);
  const chips: PairingsQuery["state"][] = ["ALL", ...PAIRING_STATES];
  const filtered = query.q !== "" || query.state !== "ALL";

  return (
    <div className="space-y-5">
      <nav aria-label={t("stateNav")} className="flex flex-wrap gap-2">
        {chips.map((state) => {
          const active = state === query.state;
          return (
            <Link
              key={state}
              href={pairingsHref(base, query, { state })}
              aria-current={active ? "page" : undefined}
              className={cn(
                pill,
                active
                  ? "border-primary bg-primary text-primary-foreground"
                  : "border-border bg-card text-foreground hover:bg-accent",
              )}
            >
              {t("states", { state })}
              <span className={cn(count, active ? "bg-primary-foreground text-primary" : "bg-muted text-foreground")}>
                {state === "ALL" ? total : list.counts[state]}
              </span>
            </Link>
          );
        })}
      </nav>

      <Form
        key={pairingsHref(base, query)}
        action={base}
        role="search"
        aria-label={t("searchRegion")}
        className="grid gap-1.5"
      >
        {query.state !== "ALL" ? <input type="hidden" name="state" value={query.state} /> : null}
        <Label htmlFor="pairings-q">{t("searchLabel")}</Label>
        <div className="flex gap-2">
          <Input
            id="pairings-q"
            name="q"
            type="search"
            defaultValue={query.q}
            maxLength={100}
            placeholder={t("searchPlaceholder")}
          />
          <Button type="submit" variant="outline">
            <Search aria-hidden />
            {t("search")}
          </Button>
          {query.q ? (
            <Button asChild variant="ghost">
              <Link href={pairingsHref(base, query, { q: "" })}>{t("clear")}</Link>
            </Button>
          ) : null}
        </div>
      </Form>

      <PairingsList
        key={pairingsHref(base, query)}
        slug={slug}
        programId={program.id}
        query={query}
        items={list.items}
        nextCursor={list.nextCursor}
        timeZone={user.timeZone ?? "UTC"}
        empty={
          filtered
            ? { title: t("emptyFiltered"), action: { href: base, label: t("showAll") } }
            : { title: t("emptyTitle"), action: { href: `${programHref}/matching`, label: t("matchFirst") } }
        }
        manage={
          board
            ? {
                mentors: board.mentors,
                weights: board.weights,
                rules: board.rules,
                exclusions: board.exclusions,
                programName: program.name,
                canMove: board.program.canMatch,
              }
            : null
        }
      />
    </div>
  );
}
