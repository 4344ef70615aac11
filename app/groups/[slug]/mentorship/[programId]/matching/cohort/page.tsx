import type { Metadata } from "next";
import { Suspense } from "react";
import { loadProgramAdminPage } from "@/lib/programs/program-page";
import { BackToProgram } from "@/components/programs/back-to-program";
import { DraftSkeleton } from "@/components/matching/skeletons";
import { DraftSection } from "./draft-section";

export const metadata: Metadata = { title: "Cohort draft" };

/**
 * A draft for the whole cohort, for the program's owners and admins (everyone else: 404). The draft is computed
 * below the checks, streaming in (decision 006); nothing is written until the admin confirms.
 */
export default async function CohortPage({ params }: { params: Promise<{ slug: string; programId: string }> }) {
  const { slug, programId } = await params;
  const { user, group, program } = await loadProgramAdminPage(slug, programId, "pairings.manage");
  const boardHref = `/groups/${group.slug}/mentorship/${program.id}/matching`;

  return (
    <div className="space-y-5">
      <BackToProgram href={boardHref} name={`${program.name}: matching board`} />
      <h2 className="text-2xl font-semibold tracking-tight">Cohort draft</h2>
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
