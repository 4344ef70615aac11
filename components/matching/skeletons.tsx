import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";

// What the matching screens show while their data loads. They are Suspense fallbacks inside the pages, below the
// pages' permission checks, so a page that answers 404 still sends a 404 status (decision 006).

function Busy({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="space-y-4" aria-busy="true" aria-live="polite">
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}

export function BoardSkeleton() {
  const t = useTranslations("matching.loading");
  return (
    <Busy label={t("board")}>
      <Skeleton className="h-4 w-72" />
      <Skeleton className="h-24" />
      <div className="grid gap-6 lg:grid-cols-[2fr_3fr]">
        <div className="space-y-2">
          {Array.from({ length: 5 }, (_, i) => (
            <Skeleton key={i} className="h-20" />
          ))}
        </div>
        <div className="space-y-3">
          {Array.from({ length: 3 }, (_, i) => (
            <Skeleton key={i} className="h-36" />
          ))}
        </div>
      </div>
    </Busy>
  );
}

export function DraftSkeleton() {
  const t = useTranslations("matching.loading");
  return (
    <Busy label={t("draft")}>
      <Skeleton className="h-4 w-96 max-w-full" />
      <Skeleton className="h-14" />
      {Array.from({ length: 5 }, (_, i) => (
        <Skeleton key={i} className="h-32" />
      ))}
    </Busy>
  );
}

export function PairingsSkeleton() {
  const t = useTranslations("matching.loading");
  return (
    <Busy label={t("pairings")}>
      <div className="flex gap-2">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-8 w-24 rounded-full" />
        ))}
      </div>
      <Skeleton className="h-10" />
      {Array.from({ length: 6 }, (_, i) => (
        <Skeleton key={i} className="h-14" />
      ))}
    </Busy>
  );
}
