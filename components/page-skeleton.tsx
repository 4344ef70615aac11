import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";

/** What a page shows while it loads: a heading and two cards, announced to screen readers. */
export function PageSkeleton() {
  const t = useTranslations("ui");
  return (
    <div className="space-y-4" aria-busy="true" aria-live="polite">
      <span className="sr-only">{t("loading")}</span>
      <Skeleton className="h-8 w-64" />
      <div className="grid gap-4 md:grid-cols-2">
        <Skeleton className="h-40" />
        <Skeleton className="h-40" />
      </div>
    </div>
  );
}
