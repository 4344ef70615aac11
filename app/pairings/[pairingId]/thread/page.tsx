import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft, Lock } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUserForPage } from "@/lib/auth/session";
import { getThreadPage } from "@/lib/chat/get-thread-page";
import { orNotFound } from "@/lib/http/page";
import { ThreadView } from "@/components/chat/thread-view";
import { chatClock } from "@/components/chat/format";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("chat");
  return { title: t("metaTitle") };
}

/**
 * The pair's private thread, for its two participants only (anyone else, the group's admins included, gets the
 * 404 page). The first page of messages comes from the server; the browser keeps it live.
 */
export default async function ThreadPage({ params }: { params: Promise<{ pairingId: string }> }) {
  const { pairingId } = await params;
  const user = await requireUserForPage();
  // Only what the page shows: the thread's first page and its header, from one authorization (no pair space).
  const { page, header } = await orNotFound(getThreadPage(user, pairingId));
  const [t, locale] = await Promise.all([getTranslations("chat"), getLocale()]);
  const clock = chatClock(user.timeZone, locale);
  const firstName = header.partner.name.split(/\s+/)[0] || header.partner.name;
  const endedNotice =
    header.state === "COMPLETED"
      ? header.completedAt
        ? t("completedOn", { date: clock.dayLabel(header.completedAt, null) })
        : t("completed")
      : header.endedAt
        ? t("endedOn", { date: clock.dayLabel(header.endedAt, null) })
        : t("ended");

  return (
    // The thread fills the window below the site header, so the composer stays in reach and the log scrolls.
    <div className="mx-auto -my-2 flex h-[calc(100dvh-5.6rem)] min-h-[26rem] w-full max-w-3xl flex-col sm:-my-6">
      <header className="flex items-center gap-3 border-b border-border pb-3">
        <Button asChild variant="ghost" size="icon" className="-ms-2 shrink-0">
          <Link href={`/pairings/${header.pairingId}`} aria-label={t("back")}>
            <ArrowLeft aria-hidden className="rtl:-scale-x-100" />
          </Link>
        </Button>
        <Avatar name={header.partner.name} photo={header.partner.photo} />
        <div className="min-w-0 flex-1">
          <h1 className="truncate text-lg font-semibold leading-tight">{header.partner.name}</h1>
          <p className="truncate text-sm text-muted-foreground">
            {t("who", { side: header.side, program: header.program.name, group: header.program.groupName })}
          </p>
          <p className="mt-0.5 flex items-center gap-1 text-xs text-muted-foreground">
            <Lock aria-hidden className="size-3 shrink-0" />
            {t("private")}
          </p>
        </div>
      </header>
      <ThreadView
        initial={page}
        me={{ id: user.id, timeZone: user.timeZone }}
        partnerName={firstName}
        endedNotice={endedNotice}
      />
    </div>
  );
}
