import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import { loadGroupPage } from "@/lib/groups/group-page";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { NewProgramForm } from "@/components/programs/admin/new-program-form";
import { createProgramAction } from "./actions";
import { requestLocale } from "@/lib/i18n/request-locale";
import { templatesFor } from "@/lib/programs/localized-templates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programEditor"))("newMetaTitle") };
}

export default async function NewProgramPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { group } = await loadGroupPage(slug, "mentorship.manage");
  const base = `/groups/${group.slug}/mentorship`;
  const [t, p] = await Promise.all([getTranslations("programEditor"), getTranslations("programs")]);

  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <Link
        href={base}
        className="inline-flex items-center gap-1.5 text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
      >
        <ArrowLeft aria-hidden className="size-4 rtl:-scale-x-100" />
        {p("allPrograms")}
      </Link>
      <Card>
        <CardHeader>
          <CardTitle>{t("newTitle")}</CardTitle>
          <CardDescription>{t("newDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          {group.mentorshipEnabled ? (
            <NewProgramForm
              action={createProgramAction.bind(null, group.slug)}
              templates={templatesFor(await requestLocale())}
            />
          ) : (
            <div role="status" className="space-y-3 rounded-lg border border-border bg-muted p-4">
              <p className="font-medium">{t("switchOnTitle")}</p>
              <p className="text-sm text-muted-foreground">{t("switchOnBody")}</p>
              <Button asChild variant="outline" size="sm">
                <Link href={`/groups/${group.slug}/settings#mentorship`}>{t("goToSettings")}</Link>
              </Button>
            </div>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
