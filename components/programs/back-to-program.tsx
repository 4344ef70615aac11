import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { useTranslations } from "next-intl";

/** The way back from a program's admin page to the program. */
export function BackToProgram({ href, name }: { href: string; name: string }) {
  const t = useTranslations("programs");
  return (
    <nav aria-label={t("breadcrumb")} className="text-sm">
      <Link href={href} className="inline-flex items-center gap-1 text-muted-foreground hover:text-foreground">
        <ArrowLeft aria-hidden className="size-4 rtl:-scale-x-100" />
        {name}
      </Link>
    </nav>
  );
}
