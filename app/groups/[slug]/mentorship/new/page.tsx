import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { loadGroupPage } from "@/lib/groups/group-page";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { NewProgramForm } from "@/components/programs/admin/new-program-form";
import { createProgramAction } from "./actions";
import { requestLocale } from "@/lib/i18n/request-locale";
import { templatesFor } from "@/lib/programs/localized-templates";

export const metadata: Metadata = { title: "New program" };

export default async function NewProgramPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { group } = await loadGroupPage(slug, "mentorship.manage");
  const base = `/groups/${group.slug}/mentorship`;

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link
        href={base}
        className="inline-flex items-center gap-1.5 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
      >
        <ArrowLeft aria-hidden className="size-4" />
        All programs
      </Link>
      <Card>
        <CardHeader>
          <CardTitle>New mentorship program</CardTitle>
          <CardDescription>
            Pick a starting point and describe the program. You&apos;ll edit its steps and questions next.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {group.mentorshipEnabled ? (
            <NewProgramForm
              action={createProgramAction.bind(null, group.slug)}
              templates={templatesFor(await requestLocale())}
            />
          ) : (
            <div role="status" className="space-y-3 rounded-lg border border-border bg-muted p-4">
              <p className="font-medium">Switch mentorship on first</p>
              <p className="text-sm text-muted-foreground">
                Programs can only be created while mentorship is on for the group. Members won&apos;t see anything until
                you open a program&apos;s applications.
              </p>
              <Button asChild variant="outline" size="sm">
                <Link href={`/groups/${group.slug}/settings#mentorship`}>Go to settings</Link>
              </Button>
            </div>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
