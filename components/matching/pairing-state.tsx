import { useTranslations } from "next-intl";

/** Steps both people have checked in on, as words and a bar. */
export function Progress({ done, total }: { done: number; total: number }) {
  const t = useTranslations("adminPairings.rows");
  const share = total ? Math.round((done / total) * 100) : 0;
  return (
    <div className="min-w-28 space-y-1">
      <p className="text-sm tabular-nums">{t("steps", { done, total })}</p>
      <div aria-hidden className="h-1.5 w-full overflow-hidden rounded-full bg-muted">
        <div className="h-full rounded-full bg-primary" style={{ width: `${share}%` }} />
      </div>
    </div>
  );
}
