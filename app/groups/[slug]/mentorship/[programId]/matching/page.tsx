import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getBoardPage } from "@/lib/matching/get-board-page";
import { readBoardQuery } from "@/lib/matching/board-query";
import { BackToProgram } from "@/components/programs/back-to-program";
import { ClientMessages } from "@/components/client-messages";
import { ProgramStateBadge } from "@/components/programs/state-badge";
import type { ProgramState } from "@/lib/programs/state-machine";
import { BoardSection } from "./board-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("matching");
  return { title: t("title") };
}

type Raw = Record<string, string | string[] | undefined>;

/**
 * The matching board, for the program's owners and admins: everyone else gets the 404 page, as does an address
 * naming another group. The board is paged on the server (decision on issue 18): a page of waiting mentees, and a
 * page of mentors or the chosen mentee's suggestions; the view lives in the address, so the back button and shared
 * links work. It loads in two statements after the authorization, so it no longer streams in behind a skeleton.
 */
export default async function MatchingPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; programId: string }>;
  searchParams: Promise<Raw>;
}) {
  const [{ slug, programId }, sp, user] = await Promise.all([params, searchParams, getCurrentUser()]);
  const query = readBoardQuery(sp);
  const board = await getBoardPage(user, programId, query).catch((error: unknown) => {
    // Who may not match in this program may not know the board is there either (decision 006).
    if (error instanceof AppError && ["NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED"].includes(error.code)) notFound();
    throw error;
  });
  if (!user || board.program.groupSlug !== slug) notFound();
  const t = await getTranslations("matching");
  const programHref = `/groups/${slug}/mentorship/${board.program.id}`;

  // The board's client components' words (lib/i18n/client-messages.ts). In the page, not a layout: the cohort draft
  // sends its own.
  return (
    <ClientMessages areas={["matchingBoard"]}>
      <div className="space-y-5">
        <BackToProgram href={programHref} name={board.program.name} />
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="text-2xl font-semibold tracking-tight">{t("title")}</h2>
          <ProgramStateBadge state={board.program.state as ProgramState} archived={board.program.archived} />
        </div>
        <BoardSection user={user} board={board} slug={slug} query={query} />
      </div>
    </ClientMessages>
  );
}
