"use client";

import { useState, useSyncExternalStore } from "react";
import { Globe } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ProfileDto } from "@/lib/accounts/dto";
import { runtimeTimeZone, zoneName } from "@/lib/time";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";

const noSubscribe = () => () => {};
const KEPT = "kinship:kept-zone";
const keptPair = () => {
  try {
    return localStorage.getItem(KEPT);
  } catch {
    return null;
  }
};

/**
 * "Your browser says America/Chicago. Use it?" when the browser's zone differs from the saved one (someone who
 * moved, travels, or signed up before zones were detected). Accepting saves the zone alone: the other fields are
 * sent as saved, so unsaved edits in the form below are neither stored nor lost. "Keep" is remembered in this
 * browser for this pair of zones, and picking a zone in the form answers the question too (`hidden`).
 */
export function BrowserZoneOffer({
  saved,
  action,
  hidden,
}: {
  saved: ProfileDto;
  action: (formData: FormData) => void;
  hidden: boolean;
}) {
  const t = useTranslations("settings.profile");
  // Known only in the browser: the server renders nothing, and so does the first render in the browser.
  const browser = useSyncExternalStore(noSubscribe, runtimeTimeZone, () => null);
  const kept = useSyncExternalStore(noSubscribe, keptPair, () => null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const pair = `${saved.timeZone}|${browser}`;
  if (hidden || !browser || browser === saved.timeZone || dismissed === pair || kept === pair) return null;
  return (
    <form
      action={action}
      aria-labelledby="browser-zone-text"
      className="flex flex-col gap-3 rounded-md border border-border bg-muted px-3 py-3 text-sm sm:flex-row sm:items-center sm:justify-between"
    >
      <p id="browser-zone-text" className="flex items-start gap-2">
        <Globe aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
        <span>{t("browserZone", { zone: zoneName(browser) })}</span>
      </p>
      <input type="hidden" name="name" value={saved.name} />
      <input type="hidden" name="bio" value={saved.bio} />
      <input type="hidden" name="languages" value={saved.languages.join(", ")} />
      <input type="hidden" name="timeZone" value={browser} />
      <span className="flex shrink-0 flex-wrap gap-2">
        <SubmitButton size="sm" pendingLabel={t("saving")}>
          {t("useZone", { zone: zoneName(browser) })}
        </SubmitButton>
        <Button
          type="button"
          size="sm"
          variant="ghost"
          onClick={() => {
            setDismissed(pair);
            try {
              localStorage.setItem(KEPT, pair);
            } catch {
              // Private browsing without storage: kept for this visit only.
            }
          }}
        >
          {t("keepZone", { zone: zoneName(saved.timeZone) })}
        </Button>
      </span>
    </form>
  );
}
