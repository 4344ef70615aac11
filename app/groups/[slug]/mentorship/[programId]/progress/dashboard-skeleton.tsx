import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";

/** The figures' outline while they load (a Suspense fallback below the page's 404 checks, see decision 006). */
export function DashboardSkeleton() {
  const t = useTranslations("progress");
  return (
    <div className="space-y-6" aria-busy="true" aria-live="polite">
      <span className="sr-only">{t("loading")}</span>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-24" />
        ))}
      </div>
      <Skeleton className="h-48" />
      <Skeleton className="h-24" />
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} className="h-14" />
      ))}
    </div>
  );
}
