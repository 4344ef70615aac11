import Link from "next/link";
import { Download } from "lucide-react";
import type { DataExportDto } from "@/lib/accounts/export/find-exports";
import { exportFilePath } from "@/lib/accounts/export/constants";
import { DATE_TIME, formatDate } from "@/lib/time";
import { Button } from "@/components/ui/button";

function size(bytes: number | null): string {
  if (!bytes) return "";
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One archive as its owner sees it: being prepared, ready (with the download), expired or failed. */
export function ExportStatus({ item, zone }: { item: DataExportDto; zone: string }) {
  const asked = formatDate(item.createdAt, zone, DATE_TIME);
  switch (item.status) {
    case "pending":
      return <p>Asked for on {asked}: being prepared. We&apos;ll email you when it&apos;s ready.</p>;
    case "ready":
      return (
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
          <p>
            Asked for on {asked}. Ready {size(item.size) ? `(${size(item.size)})` : ""}, until{" "}
            {formatDate(item.expiresAt!, zone, DATE_TIME)}.
          </p>
          <Button asChild size="sm">
            {/* A file download, not a page: a plain link, so the browser saves it. */}
            <a href={exportFilePath(item.id)} download>
              <Download aria-hidden />
              Download
            </a>
          </Button>
        </div>
      );
    case "expired":
      return <p>Asked for on {asked}. Its 7 days are over, so the file was deleted. You can ask for a new one.</p>;
    case "failed":
      return (
        <p>
          Asked for on {asked}. Something went wrong while preparing it; please ask again, or{" "}
          <Link href="/settings/privacy" className="underline underline-offset-4">
            reload this page
          </Link>{" "}
          later.
        </p>
      );
  }
}
