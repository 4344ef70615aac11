import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { CircleAlert, Plus, Sprout } from "lucide-react";
import { loadGroupPage } from "@/lib/groups/group-page";
import { findPrograms, type ProgramListItemDto } from "@/lib/programs/find-programs";
import { orNotFound } from "@/lib/http/page";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormSwitch } from "@/components/programs/admin/form-switch";
import { ProgramCard } from "./program-card";
import { PastPrograms } from "./past-programs";
import { setWatchAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programs.tab"))("metaTitle") };
}

type Viewer = { manager: boolean; mentorshipEnabled: boolean; canApply: boolean };

function Section({
  id,
  title,
  hint,
  programs,
  base,
  viewer,
}: {
  id: string;
  title: string;
  hint?: string;
  programs: ProgramListItemDto[];
  base: string;
  viewer: Viewer;
}) {
  if (programs.length === 0) return null;
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div>
        <h3 id={id} className="text-lg font-semibold">
          {title}
        </h3>
        {hint ? <p className="text-sm text-muted-foreground">{hint}</p> : null}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        {programs.map((p) => (
          <ProgramCard key={p.id} program={p} base={base} {...viewer} />
        ))}
      </div>
    </section>
  );
}

export default async function MentorshipPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, group } = await loadGroupPage(slug, "programs.read");
  const list = await orNotFound(findPrograms(user, slug));
  const base = `/groups/${group.slug}/mentorship`;
  const current = list.programs.filter((p) => !p.archived && (p.state === "OPEN" || p.state === "RUNNING"));
  const drafts = list.programs.filter((p) => !p.archived && p.state === "DRAFT");
  const past = list.programs.filter((p) => p.archived || p.state === "CLOSED");
  const nothingYet = current.length === 0 && drafts.length === 0;
  const t = await getTranslations("programs.tab");
  const viewer = { manager: list.canManage, mentorshipEnabled: list.mentorshipEnabled, canApply: list.canApply };

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h2 className="text-xl font-semibold tracking-tight">{t("title")}</h2>
          <p className="max-w-prose text-sm text-muted-foreground">{t("intro")}</p>
        </div>
        {list.canManage && list.mentorshipEnabled ? (
          <Button asChild>
            <Link href={`${base}/new`}>
              <Plus aria-hidden />
              {t("newProgram")}
            </Link>
          </Button>
        ) : null}
      </div>

      {list.canManage && !list.mentorshipEnabled ? (
        <div
          role="status"
          className="flex flex-wrap items-start gap-3 rounded-lg border border-warning/50 bg-warning/10 p-4 text-sm"
        >
          <CircleAlert aria-hidden className="mt-0.5 size-5 shrink-0 text-warning" />
          <div className="min-w-0 flex-1 space-y-1">
            <p className="font-medium">{t("offTitle")}</p>
            <p className="text-muted-foreground">{t("offBody")}</p>
          </div>
          <Button asChild variant="outline" size="sm">
            <Link href={`/groups/${group.slug}/settings#mentorship`}>{t("turnOn")}</Link>
          </Button>
        </div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          {nothingYet ? (
            <EmptyState manager={list.canManage} canCreate={list.mentorshipEnabled} newHref={`${base}/new`} />
          ) : null}
          <Section
            id="section-open-and-running"
            title={t("currentTitle")}
            hint={list.canManage ? t("currentHint") : undefined}
            programs={current}
            base={base}
            viewer={viewer}
          />
          {list.canManage ? (
            <Section
              id="section-drafts"
              title={t("draftsTitle")}
              hint={t("draftsHint")}
              programs={drafts}
              base={base}
              viewer={viewer}
            />
          ) : null}
          <PastPrograms programs={past} base={base} manager={list.canManage} />
        </div>

        <aside className="space-y-6" aria-label={t("options")}>
          {list.canApply ? (
            <Card>
              <CardHeader className="pb-4">
                <CardTitle as="h3" className="text-base">
                  {t("loopTitle")}
                </CardTitle>
              </CardHeader>
              <CardContent>
                <FormSwitch
                  action={setWatchAction}
                  name="watching"
                  checked={list.watching}
                  fields={{ slug: group.slug }}
                  label={t("watchLabel")}
                  description={t("watchDescription")}
                />
              </CardContent>
            </Card>
          ) : null}
          {list.canManage ? <HowItWorks /> : null}
        </aside>
      </div>
    </div>
  );
}

function EmptyState({ manager, canCreate, newHref }: { manager: boolean; canCreate: boolean; newHref: string }) {
  const t = useTranslations("programs.tab");
  return (
    <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-border bg-card px-4 py-12 text-center">
      <Sprout aria-hidden className="size-8 text-muted-foreground" />
      <p className="font-medium">{manager ? t("emptyManagerTitle") : t("emptyMemberTitle")}</p>
      <p className="max-w-sm text-sm text-muted-foreground">{manager ? t("emptyManagerBody") : t("emptyMemberBody")}</p>
      {manager && canCreate ? (
        <Button asChild>
          <Link href={newHref}>
            <Plus aria-hidden />
            {t("createFirst")}
          </Link>
        </Button>
      ) : null}
    </div>
  );
}

function HowItWorks() {
  const t = useTranslations("programs.tab");
  return (
    <Card>
      <CardHeader className="pb-4">
        <CardTitle as="h3" className="text-base">
          {t("howTitle")}
        </CardTitle>
        <CardDescription>{t("howDescription")}</CardDescription>
      </CardHeader>
      <CardContent>
        <ol className="list-decimal space-y-2 ps-5 text-sm">
          {(["how1", "how2", "how3", "how4", "how5"] as const).map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
