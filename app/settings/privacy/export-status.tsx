import Link from "next/link";
import { Download } from "lucide-react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { DataExportDto } from "@/lib/accounts/export/find-exports";
import { exportFilePath } from "@/lib/accounts/export/constants";
import { DATE_TIME, formatDate } from "@/lib/time";
import { Button } from "@/components/ui/button";

/** One archive as its owner sees it: being prepared, ready (with the download), expired or failed. */
export function ExportStatus({ item, zone }: { item: DataExportDto; zone: string }) {
  const t = useTranslations("settings.privacy");
  const locale = useLocale();
  const format = useFormatter();
  const asked = formatDate(item.createdAt, zone, DATE_TIME, locale);
  switch (item.status) {
    case "pending":
      return <p>{t("statusPending", { asked })}</p>;
    case "ready": {
      const bytes = item.size;
      const until = formatDate(item.expiresAt!, zone, DATE_TIME, locale);
      const size = !bytes
        ? null
        : bytes < 1024 * 1024
          ? t("kilobytes", { size: format.number(Math.max(1, Math.round(bytes / 1024))) })
          : t("megabytes", {
              size: format.number(bytes / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
            });
      return (
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
          <p>{size ? t("statusReady", { asked, size, until }) : t("statusReadyNoSize", { asked, until })}</p>
          <Button asChild size="sm">
            {/* A file download, not a page: a plain link, so the browser saves it. */}
            <a href={exportFilePath(item.id)} download>
              <Download aria-hidden />
              {t("download")}
            </a>
          </Button>
        </div>
      );
    }
    case "expired":
      return <p>{t("statusExpired", { asked })}</p>;
    case "failed":
      return (
        <p>
          {t.rich("statusFailed", {
            asked,
            link: (chunks) => (
              <Link href="/settings/privacy" className="underline underline-offset-4">
                {chunks}
              </Link>
            ),
          })}
        </p>
      );
  }
}
