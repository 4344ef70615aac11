import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import Link from "next/link";
import { Handshake } from "lucide-react";
import { loadProgramAdminPage } from "@/lib/programs/program-page";
import { BackToProgram } from "@/components/programs/back-to-program";
import { Button } from "@/components/ui/button";
import { ProgramStateBadge } from "@/components/programs/state-badge";
import { PairingsSkeleton } from "@/components/matching/skeletons";
import { PairingsSection } from "./pairings-section";
import { readPairingsQuery } from "./query";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminPairings");
  return { title: t("title") };
}

/**
 * Every pairing of a program, for its owners and admins (everyone else: 404): state, start, progress, and the
 * changes they can make. The list streams in below the checks (decision 006).
 */
export default async function PairingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; programId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ slug, programId }, sp] = await Promise.all([params, searchParams]);
  const { user, group, program, programHref } = await loadProgramAdminPage(slug, programId, "pairings.progress");
  const t = await getTranslations("adminPairings");

  return (
    <div className="space-y-5">
      <BackToProgram href={programHref} name={program.name} />
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="text-2xl font-semibold tracking-tight">{t("title")}</h2>
            <ProgramStateBadge state={program.state} archived={program.archived} />
          </div>
          <p className="text-sm text-muted-foreground">{t("intro")}</p>
        </div>
        <Button asChild variant="outline">
          <Link href={`${programHref}/matching`}>
            <Handshake aria-hidden />
            {t("matchPairs")}
          </Link>
        </Button>
      </div>
      <Suspense fallback={<PairingsSkeleton />}>
        <PairingsSection
          user={user}
          program={{ id: program.id, name: program.name, archived: program.archived }}
          slug={group.slug}
          canManage={group.viewer.can["pairings.manage"]}
          query={readPairingsQuery(sp)}
        />
      </Suspense>
    </div>
  );
}
