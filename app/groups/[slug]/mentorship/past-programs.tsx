import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ProgramListItemDto } from "@/lib/programs/find-programs";
import { ProgramStateBadge } from "@/components/programs/state-badge";
import { ProgramLength } from "@/components/programs/program-length";

/** Closed and archived programs: still readable, listed quietly below the live ones. */
export function PastPrograms({
  programs,
  base,
  manager,
}: {
  programs: ProgramListItemDto[];
  base: string;
  manager: boolean;
}) {
  const t = useTranslations("programs.tab");
  if (programs.length === 0) return null;
  return (
    <section aria-labelledby="past-programs" className="space-y-3">
      <div>
        <h3 id="past-programs" className="text-lg font-semibold">
          {t("pastTitle")}
        </h3>
        <p className="text-sm text-muted-foreground">{t("pastHint")}</p>
      </div>
      <ul className="divide-y divide-border rounded-lg border border-border bg-card">
        {programs.map((p) => (
          <li key={p.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
            <div className="min-w-0 space-y-0.5">
              <Link href={`${base}/${p.id}`} className="font-medium underline-offset-4 hover:underline">
                {p.name}
              </Link>
              <p className="text-sm text-muted-foreground">
                <ProgramLength weeks={p.lengthWeeks} />
                {p.mine.length ? ` · ${t("tookPart")}` : ""}
              </p>
            </div>
            <div className="flex items-center gap-3">
              <ProgramStateBadge state={p.state} archived={p.archived} />
              {manager && !p.archived ? (
                <Link
                  href={`${base}/${p.id}/edit`}
                  className="text-sm text-primary underline underline-offset-4 hover:decoration-2"
                >
                  {t("manage")}
                  <span className="sr-only"> {p.name}</span>
                </Link>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
