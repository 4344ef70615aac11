import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { loadProgramAdminPage } from "@/lib/programs/program-page";
import { BackToProgram } from "@/components/programs/back-to-program";
import { DraftSkeleton } from "@/components/matching/skeletons";
import { DraftSection } from "./draft-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cohort");
  return { title: t("title") };
}

/**
 * A draft for the whole cohort, for the program's owners and admins (everyone else: 404). The draft is computed
 * below the checks, streaming in (decision 006); nothing is written until the admin confirms.
 */
export default async function CohortPage({ params }: { params: Promise<{ slug: string; programId: string }> }) {
  const { slug, programId } = await params;
  const { user, group, program } = await loadProgramAdminPage(slug, programId, "pairings.manage");
  const boardHref = `/groups/${group.slug}/mentorship/${program.id}/matching`;
  const t = await getTranslations("cohort");

  return (
    <div className="space-y-5">
      <BackToProgram href={boardHref} name={t("backToBoard", { program: program.name })} />
      <h2 className="text-2xl font-semibold tracking-tight">{t("title")}</h2>
      <Suspense fallback={<DraftSkeleton />}>
        <DraftSection
          user={user}
          programId={program.id}
          slug={group.slug}
          mentorshipEnabled={group.mentorshipEnabled}
        />
      </Suspense>
    </div>
  );
}
