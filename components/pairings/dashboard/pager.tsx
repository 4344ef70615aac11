import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

type Page = { number: number; size: number; total: number; pages: number };

/**
 * Which pairs these are ("26–50 of 5,000 pairs") and links to the pages either side. Links, not buttons: a page is a
 * URL to share, and the filters and the sort travel with it.
 */
export function Pager({
  page,
  href,
  landmark = true,
}: {
  page: Page;
  href: (page: number) => string;
  /** The one above the list is the navigation landmark; the same links again below it are not a second one. */
  landmark?: boolean;
}) {
  const t = useTranslations("pairings.dashboard.pager");
  if (page.total === 0) return null;
  const from = (page.number - 1) * page.size + 1;
  const to = Math.min(page.total, page.number * page.size);
  const Root = landmark ? "nav" : "div";
  return (
    <Root
      aria-label={landmark ? t("label") : undefined}
      className="flex flex-wrap items-center justify-between gap-3 text-sm"
    >
      <p className="text-muted-foreground">{t("range", { from, to, total: page.total })}</p>
      {page.pages > 1 ? (
        <div className="flex items-center gap-2">
          {page.number > 1 ? (
            <Button asChild variant="outline" size="sm">
              <Link href={href(page.number - 1)} scroll={false} rel="prev">
                <ChevronLeft aria-hidden className="rtl:rotate-180" />
                {t("previous")}
              </Link>
            </Button>
          ) : null}
          <span className="tabular-nums">{t("status", { page: page.number, pages: page.pages })}</span>
          {page.number < page.pages ? (
            <Button asChild variant="outline" size="sm">
              <Link href={href(page.number + 1)} scroll={false} rel="next">
                {t("next")}
                <ChevronRight aria-hidden className="rtl:rotate-180" />
              </Link>
            </Button>
          ) : null}
        </div>
      ) : null}
    </Root>
  );
}
