import type { Metadata } from "next";
import { Suspense } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { getProgram } from "@/lib/programs/get-program";
import { loadGroupPage } from "@/lib/groups/group-page";
import { orNotFound } from "@/lib/http/page";
import { ProgramStateBadge } from "@/components/programs/state-badge";
import { BoardSkeleton } from "@/components/matching/skeletons";
import { BoardSection } from "./board-section";

export const metadata: Metadata = { title: "Match pairs" };

type Raw = Record<string, string | string[] | undefined>;
const one = (raw: Raw, key: string, max: number) => (typeof raw[key] === "string" ? raw[key].trim().slice(0, max) : "");

/**
 * The matching board, for the program's owners and admins: everyone else gets the 404 page. The checks come first;
 * the board itself streams in below them (decision 006).
 */
export default async function MatchingPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; programId: string }>;
  searchParams: Promise<Raw>;
}) {
  const [{ slug, programId }, sp] = await Promise.all([params, searchParams]);
  const { user, group } = await loadGroupPage(slug, "pairings.manage");
  const program = await orNotFound(getProgram(user, programId));
  if (!user || program.groupId !== group.id) notFound();
  const programHref = `/groups/${group.slug}/mentorship/${program.id}`;

  return (
    <div className="space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={programHref} className="inline-flex items-center gap-1 text-muted-foreground hover:text-foreground">
          <ArrowLeft aria-hidden className="size-4" />
          {program.name}
        </Link>
      </nav>
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-2xl font-semibold tracking-tight">Match pairs</h2>
        <ProgramStateBadge state={program.state} archived={program.archived} />
      </div>
      <Suspense fallback={<BoardSkeleton />}>
        <BoardSection
          user={user}
          programId={program.id}
          slug={group.slug}
          mentorshipEnabled={group.mentorshipEnabled}
          initial={{
            topic: one(sp, "topic", 40),
            language: one(sp, "language", 40),
            timeZone: one(sp, "timeZone", 64),
            mentee: one(sp, "mentee", 40),
          }}
        />
      </Suspense>
    </div>
  );
}
