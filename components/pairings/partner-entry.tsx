import { EyeOff, Hourglass } from "lucide-react";
import type { PairStepDto } from "@/lib/pairings/dto";
import { CheckInEntry } from "./check-in-entry";

/**
 * The other participant's check-in on a step: not written yet, written but kept from you until you write yours
 * (so neither of you is swayed by the other's words), or shown.
 */
export function PartnerEntry({
  theirs,
  name,
  active,
  formatDate,
}: {
  theirs: PairStepDto["theirs"];
  name: string;
  /** The pairing is still going: explain what unlocks it, rather than that it stays closed. */
  active: boolean;
  formatDate: (iso: string) => string;
}) {
  if (theirs.status === "shared")
    return (
      <CheckInEntry
        who={`${name}'s check-in`}
        rating={theirs.rating}
        reflection={theirs.reflection}
        dateLabel={`Updated ${formatDate(theirs.updatedAt)}`}
      />
    );
  const hidden = theirs.status === "hidden";
  const Icon = hidden ? EyeOff : Hourglass;
  return (
    <div className="flex h-full flex-col gap-1.5 rounded-md border border-dashed border-border p-3 text-sm">
      <p className="flex items-center gap-1.5 font-semibold">
        <Icon aria-hidden className="size-4 text-muted-foreground" />
        {hidden ? `${name} has checked in` : `Waiting for ${name}`}
      </p>
      <p className="text-muted-foreground">
        {hidden
          ? active
            ? `Write yours to read theirs. Neither of you sees the other's words first, so each reflection is your own.`
            : "Check-ins are shared with whoever wrote their own, so this one stays private."
          : active
            ? `${name} hasn't checked in on this step yet. You'll both read each other's once you have both written.`
            : `${name} didn't check in on this step.`}
      </p>
    </div>
  );
}
