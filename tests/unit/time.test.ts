import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  DATE,
  DATE_TIME,
  dateParts,
  dateFormatter,
  formatDate,
  isTimeZone,
  localHour,
  offsetLabel,
  repairTimeZone,
  timeZoneOptions,
  toTimeZone,
  utcOffsetMinutes,
  withTimeZone,
} from "@/lib/time";
import { ZProfileUpdateInput } from "@/lib/accounts/schemas";
import { buildAnswersSchema, type QuestionConfig } from "@/lib/programs/question-schema";

const WINTER = new Date("2026-01-15T12:00:00Z");
const SUMMER = new Date("2026-07-15T12:00:00Z");

describe("toTimeZone: what a valid zone is", () => {
  it.each([
    ["UTC", "UTC"],
    ["Europe/Paris", "Europe/Paris"],
    ["America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"],
    ["Etc/GMT-1", "Etc/GMT-1"],
    ["  Asia/Tokyo  ", "Asia/Tokyo"],
    ["europe/paris", "Europe/Paris"],
    ["utc", "UTC"],
    ["Etc/UTC", "UTC"],
    ["GMT", "UTC"],
    ["Etc/GMT", "UTC"],
    ["Zulu", "UTC"],
  ])("accepts %j, stored as %j", (input, stored) => {
    expect(toTimeZone(input)).toBe(stored);
  });

  it.each([
    "+01:00",
    "-05:00",
    "+0530",
    "UTC+1",
    "GMT+5",
    "EST",
    "CET",
    "Mars/Olympus_Mons",
    "Europe/Atlantis",
    "not a zone",
    "UTC; DROP TABLE",
    "",
    "   ",
    `Europe/${"x".repeat(60)}`,
    42,
    null,
    undefined,
    { zone: "UTC" },
  ])("refuses %j", (input) => {
    expect(toTimeZone(input)).toBeNull();
  });

  it("isTimeZone is true only for the stored spelling", () => {
    expect(isTimeZone("Europe/Paris")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    for (const v of [" UTC", "utc", "Etc/UTC", "europe/paris", "+01:00", 7]) expect(isTimeZone(v)).toBe(false);
  });
});

/** A runtime whose Intl takes offsets as zones, as V8 does since 2023 (Node 22, current Chrome). */
function withOffsetZones() {
  const Real = Intl.DateTimeFormat;
  beforeEach(() => {
    function OffsetAware(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
      if (options?.timeZone && /^[+-]\d{2}:?\d{2}$/.test(options.timeZone))
        return new Real(locales, { ...options, timeZone: "UTC" });
      return new Real(locales, options);
    }
    Object.defineProperty(Intl, "DateTimeFormat", { value: OffsetAware, configurable: true, writable: true });
  });
  afterEach(() => {
    Object.defineProperty(Intl, "DateTimeFormat", { value: Real, configurable: true, writable: true });
  });
}

describe("one rule everywhere a zone is taken", () => {
  withOffsetZones();
  const q: QuestionConfig = {
    id: "q1",
    kind: "AVAILABILITY",
    label: "When",
    required: false,
    options: [],
    minLength: null,
    maxLength: null,
    maxChoices: null,
  };
  const profileZone = (timeZone: string) => {
    const r = ZProfileUpdateInput.safeParse({ name: "Ada", timeZone });
    return r.success ? r.data.timeZone : null;
  };
  const answerZone = (timeZone: string) => {
    const r = buildAnswersSchema([q], { topics: [] }).safeParse({ q1: { timeZone, cadence: "WEEKLY" } });
    return r.success ? ((r.data.q1 as { timeZone: string } | undefined)?.timeZone ?? null) : null;
  };

  it.each(["+01:00", "-0500", "EST", "utc", "Etc/UTC", " europe/paris ", "Europe/Paris", "Mars/Olympus", "UTC"])(
    "the profile and an application store %j the same way, as lib/time does",
    (zone) => {
      expect(profileZone(zone)).toBe(toTimeZone(zone));
      expect(answerZone(zone)).toBe(toTimeZone(zone));
    },
  );
});

describe("repairTimeZone: old and detected values made valid", () => {
  it.each([
    ["Europe/Paris", "Europe/Paris"],
    ["utc", "UTC"],
    ["+01:00", "Etc/GMT-1"],
    ["-05:00", "Etc/GMT+5"],
    ["UTC+3", "Etc/GMT-3"],
    ["GMT-8", "Etc/GMT+8"],
    ["+0200", "Etc/GMT-2"],
    ["+14:00", "Etc/GMT-14"],
    ["-12:00", "Etc/GMT+12"],
    ["-13:00", "UTC"],
    ["+00:00", "UTC"],
    ["+05:30", "Asia/Kolkata"],
    ["+05:45", "Asia/Kathmandu"],
    ["-03:30", "UTC"],
    ["EST", "America/Panama"],
    ["pst8pdt", "America/Los_Angeles"],
    ["Mars/Olympus", "UTC"],
    ["", "UTC"],
    [null, "UTC"],
    [undefined, "UTC"],
  ])("%j → %j", (input, repaired) => {
    expect(repairTimeZone(input)).toBe(repaired);
    expect(isTimeZone(repaired)).toBe(true);
  });

  it("an offset becomes a zone on the same clock", () => {
    expect(utcOffsetMinutes(repairTimeZone("+01:00"), SUMMER)).toBe(60);
    expect(utcOffsetMinutes(repairTimeZone("-05:00"), WINTER)).toBe(-300);
    expect(utcOffsetMinutes(repairTimeZone("+05:30"), SUMMER)).toBe(330);
  });
});

describe("offsets", () => {
  it("follows daylight saving time", () => {
    expect(utcOffsetMinutes("Europe/Madrid", WINTER)).toBe(60);
    expect(utcOffsetMinutes("Europe/Madrid", SUMMER)).toBe(120);
    expect(utcOffsetMinutes("America/Chicago", WINTER)).toBe(-360);
    expect(utcOffsetMinutes("UTC", SUMMER)).toBe(0);
  });

  it("knows nothing of invalid zones", () => {
    expect(utcOffsetMinutes("Mars/Olympus", WINTER)).toBeNull();
    expect(utcOffsetMinutes("+01:00", WINTER)).toBeNull();
    expect(utcOffsetMinutes("Europe/Madrid", new Date(Number.NaN))).toBeNull();
  });

  it("labels offsets for people, and none for UTC", () => {
    expect(offsetLabel("America/New_York", WINTER)).toBe("GMT-5");
    expect(offsetLabel("Asia/Kolkata", WINTER)).toBe("GMT+5:30");
    expect(offsetLabel("UTC", WINTER)).toBe("");
    expect(offsetLabel("Nowhere/City", WINTER)).toBe("");
  });

  it("tells the hour on a person's clock", () => {
    expect(localHour("Asia/Tokyo", WINTER)).toBe(21);
    expect(localHour("America/Chicago", WINTER)).toBe(6);
    expect(localHour("Nowhere/City", WINTER)).toBe(12);
  });
});

describe("dates for a reader", () => {
  const at = "2026-03-08T03:30:00Z";

  it("writes an instant on the reader's clock", () => {
    expect(formatDate(at, "America/Chicago")).toBe("Mar 7, 2026");
    expect(formatDate(at, "Asia/Tokyo")).toBe("Mar 8, 2026");
    expect(formatDate(at, "America/Chicago", DATE_TIME)).toBe("Mar 7, 2026, 9:30 PM");
  });

  it("writes it in the reader's language, and English for the English reader and the pseudo-locale", () => {
    expect(formatDate(at, "America/Chicago", DATE, "es")).toBe("7 mar 2026");
    expect(formatDate(at, "Asia/Tokyo", { dateStyle: "long" }, "ar")).toMatch(/مارس/);
    expect(formatDate(at, "Asia/Tokyo", DATE, "en")).toBe("Mar 8, 2026");
    expect(formatDate(at, "Asia/Tokyo", DATE, "en-XA")).toBe("Mar 8, 2026");
    expect(dateParts(at, "UTC", { month: "long" }, "es").month).toBe("marzo");
  });

  it("falls back to UTC for a missing or invalid zone instead of throwing", () => {
    expect(formatDate(at, null, DATE_TIME)).toBe("Mar 8, 2026, 3:30 AM");
    expect(formatDate(at, "+01:00", DATE_TIME)).toBe("Mar 8, 2026, 3:30 AM");
    expect(dateFormatter("Mars/Olympus")(new Date(at))).toBe("Mar 8, 2026");
  });

  it("uses plain spaces, so the server's and the browser's strings agree", () => {
    expect(formatDate(at, "Europe/Paris", DATE_TIME)).not.toMatch(/[\u202f\u00a0]/);
  });
});

describe("choosing a zone", () => {
  it("offers UTC first and only valid zones, labelled with their offsets", () => {
    const options = timeZoneOptions(null, WINTER);
    expect(options[0]).toEqual({ value: "UTC", label: "UTC" });
    expect(options.every((o) => isTimeZone(o.value))).toBe(true);
    expect(options.find((o) => o.value === "America/New_York")?.label).toBe("America/New York (GMT-5)");
  });

  it("always has an option for the saved zone, even one the runtime does not list", () => {
    const options = timeZoneOptions("US/Eastern", WINTER);
    expect(options[0]).toEqual({ value: "US/Eastern", label: "US/Eastern (GMT-5)" });
    expect(timeZoneOptions("UTC", WINTER).filter((o) => o.value === "UTC")).toHaveLength(1);
    expect(withTimeZone([{ value: "UTC", label: "UTC" }], "Europe/Paris").map((o) => o.value)).toEqual([
      "Europe/Paris",
      "UTC",
    ]);
  });
});
