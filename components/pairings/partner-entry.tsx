import { EyeOff, Hourglass } from "lucide-react";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("pairings");
  if (theirs.status === "shared")
    return (
      <CheckInEntry
        who={t("partner.checkIn", { name })}
        rating={theirs.rating}
        reflection={theirs.reflection}
        dateLabel={t("step.updated", { date: formatDate(theirs.updatedAt) })}
      />
    );
  const hidden = theirs.status === "hidden";
  const Icon = hidden ? EyeOff : Hourglass;
  return (
    <div className="flex h-full flex-col gap-1.5 rounded-md border border-dashed border-border p-3 text-sm">
      <p className="flex items-center gap-1.5 font-semibold">
        <Icon aria-hidden className="size-4 text-muted-foreground" />
        {hidden ? t("partner.hasCheckedIn", { name }) : t("partner.waitingFor", { name })}
      </p>
      <p className="text-muted-foreground">
        {hidden
          ? active
            ? t("partner.hiddenActive")
            : t("partner.hiddenClosed")
          : active
            ? t("partner.waitingActive", { name })
            : t("partner.waitingClosed", { name })}
      </p>
    </div>
  );
}
