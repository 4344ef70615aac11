import "server-only";
import type { TimeZoneOption } from "@/components/programs/availability-input";

let cached: { at: number; options: TimeZoneOption[] } | null = null;
const HOUR = 60 * 60 * 1000;

function offset(zone: string, now: Date): string {
  const part = new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "shortOffset" })
    .formatToParts(now)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? "";
}

/**
 * The time zones people pick from, as "America/New York (GMT-5)". Built on the server, so the browser renders
 * the same list; rebuilt hourly so the offsets follow daylight saving time.
 */
export function timeZoneOptions(): TimeZoneOption[] {
  const now = new Date();
  if (cached && now.getTime() - cached.at < HOUR) return cached.options;
  const zones = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];
  const options = zones.map((value) => {
    const gmt = offset(value, now);
    return { value, label: `${value.replaceAll("_", " ")}${gmt && value !== "UTC" ? ` (${gmt})` : ""}` };
  });
  cached = { at: now.getTime(), options };
  return options;
}
