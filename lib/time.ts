/**
 * Time zones and reader-facing dates, in one place: what a valid zone is, how a stored value is repaired, offsets
 * between clocks, and how an instant is written for a person in their own zone. Pure Intl, no database and no
 * `server-only`, so client components, server code, jobs and tests all use the same rules.
 * See docs/decisions/014-time.md.
 */

export const DEFAULT_TIME_ZONE = "UTC";

/** Names that mean UTC itself; they are stored as "UTC" so one zone has one spelling. */
const UTC_ALIASES = new Set(
  ["UTC", "UCT", "GMT", "GMT0", "GMT+0", "GMT-0", "Greenwich", "Universal", "Zulu"].flatMap((n) => [
    n.toLowerCase(),
    `etc/${n.toLowerCase()}`,
  ]),
);

/**
 * IANA's old abbreviation-style zones, and the region zone each is an alias of since tzdata 2024b. Refused as
 * input (nobody picks "EST" meaning Panama), only used to repair stored values; the migration's SQL has the same
 * table.
 */
export const LEGACY_ZONES: Readonly<Record<string, string>> = {
  EST: "America/Panama",
  MST: "America/Phoenix",
  HST: "Pacific/Honolulu",
  EST5EDT: "America/New_York",
  CST6CDT: "America/Chicago",
  MST7MDT: "America/Denver",
  PST8PDT: "America/Los_Angeles",
  CET: "Europe/Brussels",
  MET: "Europe/Brussels",
  EET: "Europe/Athens",
  WET: "Europe/Lisbon",
};

/** Offsets that are not whole hours have no Etc/ zone: each maps to a place on that offset all year round. */
export const FRACTIONAL_OFFSET_ZONES: Readonly<Record<string, string>> = {
  "-09:30": "Pacific/Marquesas",
  "+03:30": "Asia/Tehran",
  "+04:30": "Asia/Kabul",
  "+05:30": "Asia/Kolkata",
  "+05:45": "Asia/Kathmandu",
  "+06:30": "Asia/Yangon",
  "+08:45": "Australia/Eucla",
  "+09:30": "Australia/Darwin",
};

/** "Area/Location" or "Area/Region/Location", as IANA names them; offsets and abbreviations do not match. */
const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){1,2}$/;
const MAX_ZONE_LENGTH = 64;

const known = new Map<string, string | null>();

/**
 * The zone `value` names, spelled the one way we store it, or null when it is not a valid zone. Valid: "UTC" (and
 * its aliases, stored as "UTC"), or an IANA "Area/Location" name this runtime's Intl knows, with its case
 * corrected. Refused: offsets ("+01:00", which newer runtimes accept), abbreviations ("EST", "CET"), anything
 * else. Surrounding spaces are ignored.
 */
export function toTimeZone(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const name = value.trim();
  if (name.length === 0 || name.length > MAX_ZONE_LENGTH) return null;
  if (UTC_ALIASES.has(name.toLowerCase())) return DEFAULT_TIME_ZONE;
  if (!ZONE_SHAPE.test(name)) return null;
  const cached = known.get(name);
  if (cached !== undefined) return cached;
  let zone: string | null;
  try {
    const resolved = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
    // Same name in another case: take the runtime's spelling. A link ("US/Eastern") may resolve to its target;
    // it is kept as given, since either name is a valid zone.
    if (UTC_ALIASES.has(resolved.toLowerCase())) zone = DEFAULT_TIME_ZONE;
    else zone = resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
  } catch {
    zone = null;
  }
  if (known.size > 2_000) known.clear();
  known.set(name, zone);
  return zone;
}

/** True when `value` is a valid zone exactly as we store it ("UTC", "Europe/Paris"; not " UTC" or "utc"). */
export function isTimeZone(value: unknown): value is string {
  return typeof value === "string" && toTimeZone(value) === value;
}

/** A fixed offset ("+01:00", "UTC-5", "GMT+5:30") as minutes east of UTC, or null when `value` is not one. */
function offsetMinutesOf(value: string): number | null {
  const m = /^(?:UTC|GMT)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(value.trim());
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes >= 60) return null;
  return (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

/**
 * Any stored or detected value made into a valid zone: a valid one as `toTimeZone` spells it; a whole-hour offset
 * as its Etc/ zone ("+01:00" → "Etc/GMT-1": POSIX signs are reversed); a few other offsets and the legacy
 * abbreviations as a place on that clock; anything else as UTC. The migration of old rows does the same in SQL.
 */
export function repairTimeZone(value: unknown): string {
  const valid = toTimeZone(value);
  if (valid) return valid;
  if (typeof value !== "string") return DEFAULT_TIME_ZONE;
  const legacy = LEGACY_ZONES[value.trim().toUpperCase()];
  if (legacy) return legacy;
  const offset = offsetMinutesOf(value);
  if (offset === null) return DEFAULT_TIME_ZONE;
  if (offset === 0) return DEFAULT_TIME_ZONE;
  if (offset % 60 === 0) {
    const hours = Math.abs(offset / 60);
    // Etc/GMT-14 to Etc/GMT+12 exist; nothing else does.
    if (offset > 0 ? hours <= 14 : hours <= 12) return `Etc/GMT${offset > 0 ? "-" : "+"}${hours}`;
    return DEFAULT_TIME_ZONE;
  }
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const key = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  return FRACTIONAL_OFFSET_ZONES[key] ?? DEFAULT_TIME_ZONE;
}

/** The zone to compute with: `value` when valid, else UTC (a bad stored value never breaks a page). */
export function zoneOr(value: string | null | undefined): string {
  return toTimeZone(value) ?? DEFAULT_TIME_ZONE;
}

/** The zone this browser (or server process) runs in, when it is a valid one. */
export function runtimeTimeZone(): string | null {
  try {
    return toTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  } catch {
    return null;
  }
}

/** "America/Argentina/Buenos_Aires" → "America/Argentina/Buenos Aires", for people to read. */
export const zoneName = (zone: string) => zone.replaceAll("_", " ");

// ---------- formatting ----------

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The language dates are written in: the reader's locale (`useLocale()` in client components, `getLocale()` on the
 * server, `User.locale` in emails). English when a caller has none, so jobs and logs stay readable.
 */
export type DateLocale = string;
const ENGLISH: DateLocale = "en-US";

/**
 * One cached formatter per locale, zone and options; a missing or unknown zone falls back to UTC rather than
 * throwing. `en` is written as `en-US` (month first, 12-hour clock), as before languages arrived.
 */
function formatter(
  zone: string | null | undefined,
  options: Intl.DateTimeFormatOptions,
  locale: DateLocale = ENGLISH,
): Intl.DateTimeFormat {
  const timeZone = zoneOr(zone);
  const tag = locale === "en" || locale === "en-XA" ? ENGLISH : locale;
  const key = `${tag}|${timeZone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { ...options, timeZone });
    if (formatters.size > 500) formatters.clear();
    formatters.set(key, format);
  }
  return format;
}

// ICU versions differ in the space before "PM" and inside dates (narrow or no-break): plain spaces make the
// server's and the browser's renderings the same string, so hydration agrees.
const plainSpaces = (s: string) => s.replace(/[\u202f\u00a0\u2009]/g, " ");

export type DateInput = string | number | Date;
const toDate = (value: DateInput) => (value instanceof Date ? value : new Date(value));

/** "Mar 3, 2026" */
export const DATE: Intl.DateTimeFormatOptions = { dateStyle: "medium" };
/** "Mar 3, 2026, 3:05 PM" */
export const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" };

/** A function that writes instants in `zone` ("Mar 3, 2026" by default), for lists that format many dates. */
export function dateFormatter(
  zone: string | null | undefined,
  options: Intl.DateTimeFormatOptions = DATE,
  locale?: DateLocale,
) {
  const format = formatter(zone, options, locale);
  return (value: DateInput) => plainSpaces(format.format(toDate(value)));
}

/** One instant written for a reader in `zone`. */
export function formatDate(
  value: DateInput,
  zone: string | null | undefined,
  options: Intl.DateTimeFormatOptions = DATE,
  locale?: DateLocale,
): string {
  return dateFormatter(zone, options, locale)(value);
}

/** The parts of an instant in `zone` ({ year, month, day, hour, … }), to compose labels from. */
export function dateParts(
  value: DateInput,
  zone: string,
  options: Intl.DateTimeFormatOptions,
  locale?: DateLocale,
): Partial<Record<Intl.DateTimeFormatPartTypes, string>> {
  const out: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const p of formatter(zone, options, locale).formatToParts(toDate(value))) out[p.type] = plainSpaces(p.value);
  return out;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar day an instant falls on in `zone`, as YYYY-MM-DD. */
export function calendarDay(value: DateInput, zone: string): string {
  const p = dateParts(value, zone, { year: "numeric", month: "2-digit", day: "2-digit" });
  return `${p.year}-${p.month}-${p.day}`;
}

/** The calendar day an instant falls on in `zone`, as a count of days (for differences only). */
function dayNumber(value: DateInput, zone: string): number {
  return Math.round(Date.parse(`${calendarDay(value, zone)}T00:00:00Z`) / DAY_MS);
}

/** Calendar days from `from` to `to` as seen in `zone`: 1 when `to` is tomorrow there, -3 three days ago. */
export function calendarDaysBetween(from: DateInput, to: DateInput, zone: string): number {
  return dayNumber(to, zone) - dayNumber(from, zone);
}

// ---------- offsets ----------

const offsets = new Map<string, number | null>();

/** Minutes ahead of UTC in `zone` at `at`, or null for a value that is not a valid zone. */
export function utcOffsetMinutes(zone: string, at: Date): number | null {
  // Offsets change on the minute at most: callers asking "now" a few ms apart share one answer.
  const minute = Math.floor(at.getTime() / 60_000) * 60_000;
  const key = `${zone}@${minute}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  let minutes: number | null = null;
  const timeZone = toTimeZone(zone);
  if (timeZone && !Number.isNaN(minute)) {
    const name = dateParts(minute, timeZone, { timeZoneName: "longOffset" }).timeZoneName ?? "";
    const m = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/.exec(name);
    if (m) minutes = m[1] ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
  }
  if (offsets.size > 10_000) offsets.clear();
  offsets.set(key, minutes);
  return minutes;
}

/** "GMT-5", "GMT+5:30" at `at`; empty for UTC itself and for an invalid zone. */
export function offsetLabel(zone: string, at: Date = new Date()): string {
  const minutes = utcOffsetMinutes(zone, at);
  if (minutes === null || zoneOr(zone) === DEFAULT_TIME_ZONE) return "";
  const abs = Math.abs(minutes);
  const rest = abs % 60;
  return `GMT${minutes < 0 ? "-" : "+"}${Math.floor(abs / 60)}${rest ? `:${String(rest).padStart(2, "0")}` : ""}`;
}

/** The hour (0 to 23) on the clock of `zone` at `at`; UTC's for an invalid zone. */
export function localHour(zone: string, at: Date): number {
  return Number(dateParts(at, zone, { hour: "2-digit", hourCycle: "h23" }).hour);
}

// ---------- choosing a zone ----------

export type TimeZoneOption = { value: string; label: string };

let optionsCache: { hour: number; options: TimeZoneOption[] } | null = null;

/** "America/New York (GMT-5)", with the offset at `at`. */
export function timeZoneLabel(zone: string, at: Date = new Date()): string {
  const offset = offsetLabel(zone, at);
  return `${zoneName(zone)}${offset ? ` (${offset})` : ""}`;
}

/**
 * Every zone a person may pick, UTC first, then the runtime's IANA list, labelled with their offsets now (rebuilt
 * each hour, so labels follow daylight saving time). `current` is added when the runtime's list lacks it (the
 * list omits UTC and aliases such as "Asia/Calcutta"), so a select always has an option for its value.
 */
export function timeZoneOptions(current?: string | null, at: Date = new Date()): TimeZoneOption[] {
  const hour = Math.floor(at.getTime() / 3_600_000);
  if (optionsCache?.hour !== hour) {
    const zones = [DEFAULT_TIME_ZONE, ...Intl.supportedValuesOf("timeZone").filter((z) => isTimeZone(z))];
    const unique = [...new Set(zones)];
    optionsCache = { hour, options: unique.map((value) => ({ value, label: timeZoneLabel(value, at) })) };
  }
  const zone = toTimeZone(current);
  if (!zone || optionsCache.options.some((o) => o.value === zone)) return optionsCache.options;
  return [{ value: zone, label: timeZoneLabel(zone, at) }, ...optionsCache.options];
}

/** `options` with one for `zone` first when it has none, so a select's value is always one of its options. */
export function withTimeZone(options: TimeZoneOption[], zone: string): TimeZoneOption[] {
  if (!zone || options.some((o) => o.value === zone)) return options;
  return [{ value: zone, label: zoneName(zone) }, ...options];
}
