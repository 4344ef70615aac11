import type { Metadata } from "next";
import Link from "next/link";
import { requireUserForPage } from "@/lib/auth/session";
import { getDataExport } from "@/lib/accounts/export/find-exports";
import { identityPrompt } from "@/lib/accounts/confirm-identity";
import { orNotFound } from "@/lib/http/page";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ExportForm } from "../../export-form";
import { ExportStatus } from "../../export-status";

export const metadata: Metadata = { title: "Your data archive" };

/** Where the "your data is ready" email leads: the download, or, once it has expired, the offer of a new one. */
export default async function DataExportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUserForPage();
  const { id } = await params;
  const item = await orNotFound(getDataExport(user, id));
  const prompt = await identityPrompt(user);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Your data archive</h1>
      <Card>
        <CardHeader>
          <CardTitle>{item.status === "expired" ? "This download has expired" : "Download your data"}</CardTitle>
          <CardDescription>
            A zip of JSON files with everything you wrote on Kinship and what it keeps about you.
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-4 text-sm">
          <ExportStatus item={item} zone={user.timeZone} />
          {item.status === "expired" || item.status === "failed" ? (
            <ExportForm label="Prepare a new archive" {...prompt} />
          ) : null}
          <p>
            <Link href="/settings/privacy" className="underline underline-offset-4">
              Back to Privacy &amp; data
            </Link>
          </p>
        </CardContent>
      </Card>
    </div>
  );
}
