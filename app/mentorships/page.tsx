import type { Metadata } from "next";
import Link from "next/link";
import { Handshake } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { requireUserForPage } from "@/lib/auth/session";
import { findMyPairings } from "@/lib/pairings/find-my-pairings";
import type { MyPairingDto } from "@/lib/pairings/dto";
import { Button } from "@/components/ui/button";
import { MyPairingCard } from "@/components/pairings/my-pairing-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mentorships");
  return { title: t("title") };
}

/** Your mentorships across groups: the active ones first, with what is due next; then the finished ones. */
export default async function MyMentorshipsPage() {
  const user = await requireUserForPage();
  const t = await getTranslations("mentorships");
  const pairings = await findMyPairings(user);
  const active = pairings.filter((p) => p.state === "ACTIVE");
  const finished = pairings.filter((p) => p.state !== "ACTIVE");
  const awaiting = active.filter((p) => p.awaitingYou).length;

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-muted-foreground">
          {pairings.length === 0 ? t("intro") : awaiting ? t("awaiting", { count: awaiting }) : t("upToDate")}
        </p>
      </div>
      {pairings.length === 0 ? (
        <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-border bg-card px-4 py-12 text-center">
          <Handshake aria-hidden className="size-10 text-muted-foreground" />
          <h2 className="text-lg font-semibold">{t("emptyTitle")}</h2>
          <p className="max-w-md text-sm text-muted-foreground">{t("emptyBody")}</p>
          <Button asChild>
            <Link href="/groups">{t("findGroup")}</Link>
          </Button>
        </div>
      ) : null}
      <PairingSection id="active" title={t("active")} pairings={active} timeZone={user.timeZone} />
      <PairingSection id="finished" title={t("finished")} pairings={finished} timeZone={user.timeZone} />
    </div>
  );
}

function PairingSection({
  id,
  title,
  pairings,
  timeZone,
}: {
  id: string;
  title: string;
  pairings: MyPairingDto[];
  /** The reader's, for due dates. */
  timeZone: string;
}) {
  if (!pairings.length) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      <ul className="grid gap-4 md:grid-cols-2">
        {pairings.map((p) => (
          <li key={p.id}>
            <MyPairingCard pairing={p} timeZone={timeZone} />
          </li>
        ))}
      </ul>
    </section>
  );
}
