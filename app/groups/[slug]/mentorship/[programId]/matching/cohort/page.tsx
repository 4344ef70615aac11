import type { Metadata } from "next";
import { Suspense } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { getProgram } from "@/lib/programs/get-program";
import { loadGroupPage } from "@/lib/groups/group-page";
import { orNotFound } from "@/lib/http/page";
import { DraftSkeleton } from "@/components/matching/skeletons";
import { DraftSection } from "./draft-section";

export const metadata: Metadata = { title: "Cohort draft" };

/**
 * A draft for the whole cohort, for the program's owners and admins (everyone else: 404). The draft is computed
 * below the checks, streaming in (decision 006); nothing is written until the admin confirms.
 */
export default async function CohortPage({ params }: { params: Promise<{ slug: string; programId: string }> }) {
  const { slug, programId } = await params;
  const { user, group } = await loadGroupPage(slug, "pairings.manage");
  const program = await orNotFound(getProgram(user, programId));
  if (!user || program.groupId !== group.id) notFound();
  const boardHref = `/groups/${group.slug}/mentorship/${program.id}/matching`;

  return (
    <div className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={boardHref} className="inline-flex items-center gap-1 text-muted-foreground hover:text-foreground">
          <ArrowLeft aria-hidden className="size-4" />
          {program.name}: matching board
        </Link>
      </nav>
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
