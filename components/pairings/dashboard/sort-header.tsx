import Link from "next/link";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useTranslations } from "next-intl";

/** A sortable column's header: a link that sorts by it, or flips the direction when it already does. */
export function SortHeader({
  label,
  active,
  dir,
  href,
  className,
}: {
  label: string;
  active: boolean;
  dir: "asc" | "desc";
  href: string;
  className?: string;
}) {
  const t = useTranslations("pairings.dashboard.table");
  const Icon = !active ? ArrowUpDown : dir === "asc" ? ArrowUp : ArrowDown;
  return (
    <th
      scope="col"
      aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
      className={className ?? "px-3 py-2 text-start font-medium"}
    >
      <Link href={href} scroll={false} className="inline-flex items-center gap-1 hover:text-foreground">
        {label}
        <Icon aria-hidden className="size-3.5" />
        {active ? null : <span className="sr-only">{t("sort")}</span>}
      </Link>
    </th>
  );
}
