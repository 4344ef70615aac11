import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";

/** While the to-do list loads: its shape, announced to screen readers. */
export function HomeSkeleton() {
  const t = useTranslations("home");
  return (
    <div className="grid gap-6 lg:grid-cols-3" aria-busy="true" aria-live="polite">
      <span className="sr-only">{t("loading")}</span>
      <div className="space-y-4 lg:col-span-2">
        <Skeleton className="h-5 w-3/4" />
        <Skeleton className="h-6 w-40" />
        <Skeleton className="h-36" />
        <Skeleton className="h-6 w-40" />
        <Skeleton className="h-20" />
      </div>
      <Skeleton className="h-56" />
    </div>
  );
}
