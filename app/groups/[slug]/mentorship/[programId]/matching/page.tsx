import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { loadProgramAdminPage } from "@/lib/programs/program-page";
import { BackToProgram } from "@/components/programs/back-to-program";
import { ProgramStateBadge } from "@/components/programs/state-badge";
import { BoardSkeleton } from "@/components/matching/skeletons";
import { BoardSection } from "./board-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("matching");
  return { title: t("title") };
}

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
  const { user, group, program, programHref } = await loadProgramAdminPage(slug, programId, "pairings.manage");
  const t = await getTranslations("matching");

  return (
    <div className="space-y-5">
      <BackToProgram href={programHref} name={program.name} />
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="text-2xl font-semibold tracking-tight">{t("title")}</h2>
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
