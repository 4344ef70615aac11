import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { findApplications } from "@/lib/programs/applications/find-applications";
import { loadProgramAdminPage } from "@/lib/programs/program-page";
import { BackToProgram } from "@/components/programs/back-to-program";
import { ClientMessages } from "@/components/client-messages";
import { orNotFound } from "@/lib/http/page";
import { ProgramStateBadge } from "@/components/programs/state-badge";
import { ROLES } from "@/components/programs/labels";
import type { Role } from "@/lib/programs/schemas";
import { cn } from "@/lib/utils/cn";
import { QueueFilters } from "./queue-filters";
import { QueueList } from "./queue-list";
import { hasFilters, queueHref, readQueueQuery, toServiceQuery, type QueueQuery } from "./query";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applications.queue"))("metaTitle") };
}

const STATE_CHIPS: QueueQuery["state"][] = [
  "PENDING",
  "WAITLISTED",
  "APPROVED",
  "DECLINED",
  "WITHDRAWN",
  "MATCHED",
  "ALL",
];

const pill = "inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm font-medium transition-colors";
const count = "rounded-full px-1.5 text-xs tabular-nums";

/** The review queue: a program's applications by role and state, filtered and searched, for its reviewers only. */
export default async function ApplicationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; programId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ slug, programId }, sp] = await Promise.all([params, searchParams]);
  const { user, group, program, programHref } = await loadProgramAdminPage(slug, programId, "applications.review");
  const query = readQueueQuery(sp);
  const queue = await orNotFound(findApplications(user, program.id, toServiceQuery(query)));
  const base = `${programHref}/applications`;
  const roles = query.role === "ALL" ? ROLES : [query.role];
  const countOf = (state: QueueQuery["state"], of: readonly Role[] = roles) =>
    of.reduce(
      (sum, role) =>
        sum +
        (state === "ALL"
          ? Object.values(queue.counts[role]).reduce((a, n) => a + (n ?? 0), 0)
          : (queue.counts[role][state] ?? 0)),
      0,
    );
  const filtered = hasFilters(query);
  const [t, p, locale] = await Promise.all([
    getTranslations("applications.queue"),
    getTranslations("programs"),
    getLocale(),
  ]);
  const empty = t("empty", {
    state: query.state,
    role: query.role,
    why: filtered ? "filtered" : query.state === "ALL" ? "all" : "none",
  });

  // The queue's client components' words (lib/i18n/client-messages.ts). In the page, not a layout: one application's
  // page sends its own.
  return (
    <ClientMessages areas={["applicationQueue"]}>
      <div className="space-y-5">
        <BackToProgram href={programHref} name={program.name} />
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h2 className="text-2xl font-semibold tracking-tight">{t("title")}</h2>
            <p className="text-sm text-muted-foreground">{t("intro")}</p>
          </div>
          <ProgramStateBadge state={program.state} archived={program.archived} />
        </div>

        <nav aria-label={t("roleNav")} className="flex gap-1 border-b border-border">
          {[...ROLES, "ALL" as const].map((role) => {
            const active = role === query.role;
            const total = countOf("ALL", role === "ALL" ? ROLES : [role]);
            return (
              <Link
                key={role}
                href={queueHref(base, query, { role })}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium",
                  active
                    ? "border-primary text-foreground"
                    : "border-transparent text-muted-foreground hover:text-foreground",
                )}
              >
                {role === "ALL" ? t("both") : p(`roleMany.${role}`)}
                <span className={cn(count, "bg-muted text-foreground")}>{total}</span>
              </Link>
            );
          })}
        </nav>

        <nav aria-label={t("stateNav")} className="flex flex-wrap gap-2">
          {STATE_CHIPS.map((state) => {
            const active = state === query.state;
            return (
              <Link
                key={state}
                href={queueHref(base, query, { state })}
                aria-current={active ? "page" : undefined}
                className={cn(
                  pill,
                  active
                    ? "border-primary bg-primary text-primary-foreground"
                    : "border-border bg-card text-foreground hover:bg-accent",
                )}
              >
                {state === "ALL" ? t("all") : state === "PENDING" ? t("pending") : p(`applicationState.${state}`)}
                <span className={cn(count, active ? "bg-primary-foreground text-primary" : "bg-muted text-foreground")}>
                  {countOf(state)}
                </span>
              </Link>
            );
          })}
        </nav>

        <QueueFilters base={base} query={query} facets={queue.facets} />

        <QueueList
          key={queueHref(base, query)}
          slug={group.slug}
          programId={program.id}
          base={base}
          query={query}
          items={queue.items}
          nextCursor={queue.nextCursor}
          timeZone={user?.timeZone ?? "UTC"}
          locale={locale}
          empty={empty}
          readOnly={program.archived}
          clearHref={filtered ? queueHref(base, query, { topic: "", language: "", timeZone: "", q: "" }) : null}
        />
      </div>
    </ClientMessages>
  );
}
