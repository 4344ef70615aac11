import type { Metadata } from "next";
import Link from "next/link";
import { Handshake } from "lucide-react";
import { requireUserForPage } from "@/lib/auth/session";
import { findMyPairings } from "@/lib/pairings/find-my-pairings";
import type { MyPairingDto } from "@/lib/pairings/dto";
import { Button } from "@/components/ui/button";
import { MyPairingCard } from "@/components/pairings/my-pairing-card";

export const metadata: Metadata = { title: "My mentorships" };

/** Your mentorships across groups: the active ones first, with what is due next; then the finished ones. */
export default async function MyMentorshipsPage() {
  const user = await requireUserForPage();
  const pairings = await findMyPairings(user);
  const active = pairings.filter((p) => p.state === "ACTIVE");
  const finished = pairings.filter((p) => p.state !== "ACTIVE");
  const awaiting = active.filter((p) => p.awaitingYou).length;

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">My mentorships</h1>
        <p className="text-muted-foreground">
          {pairings.length === 0
            ? "The people you mentor, and those who mentor you."
            : awaiting
              ? `${awaiting === 1 ? "One step is" : `${awaiting} steps are`} waiting for your check-in.`
              : "You're up to date with your check-ins."}
        </p>
      </div>
      {pairings.length === 0 ? (
        <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-border bg-card px-4 py-12 text-center">
          <Handshake aria-hidden className="size-10 text-muted-foreground" />
          <h2 className="text-lg font-semibold">No mentorships yet</h2>
          <p className="max-w-md text-sm text-muted-foreground">
            Groups run mentorship programs: apply as a mentor or a mentee, and once an admin matches you, your
            mentorship shows up here.
          </p>
          <Button asChild>
            <Link href="/groups">Find a group</Link>
          </Button>
        </div>
      ) : null}
      <PairingSection id="active" title="Active" pairings={active} timeZone={user.timeZone} />
      <PairingSection id="finished" title="Finished" pairings={finished} timeZone={user.timeZone} />
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
