import { describe, expect, it } from "vitest";
import { chatClock } from "@/components/chat/format";

// 03:30 UTC on 8 March 2026: still the 7th in Chicago, already the 8th in Tokyo.
const AT = "2026-03-08T03:30:00Z";

describe("chatClock: a thread's dates on the reader's clock, through lib/time", () => {
  it("files a message under the reader's own day and hour", () => {
    const chicago = chatClock("America/Chicago");
    expect(chicago.dayKey(AT)).toBe("2026-03-07");
    expect(chicago.time(AT)).toBe("9:30 PM");
    expect(chicago.full(AT)).toBe("Saturday, March 7, 2026 at 9:30 PM");
    const tokyo = chatClock("Asia/Tokyo");
    expect(tokyo.dayKey(AT)).toBe("2026-03-08");
    expect(tokyo.time(AT)).toBe("12:30 PM");
  });

  it("says Today and Yesterday against the reader's today, and the year only when it differs", () => {
    const clock = chatClock("America/Chicago");
    expect(clock.dayLabel(AT, "2026-03-07")).toBe("Today");
    expect(clock.dayLabel(AT, "2026-03-08")).toBe("Yesterday");
    expect(clock.dayLabel(AT, "2026-03-20")).toBe("Saturday, March 7");
    expect(clock.dayLabel(AT, "2027-01-02")).toBe("Saturday, March 7, 2026");
    expect(clock.dayLabel(AT, null)).toBe("Saturday, March 7, 2026");
  });

  it("reads an invalid stored zone as UTC instead of throwing", () => {
    expect(chatClock("+01:00").time(AT)).toBe("3:30 AM");
    expect(chatClock("Mars/Olympus").dayKey(AT)).toBe("2026-03-08");
  });
});

describe("chatClock in the reader's language (issue 21)", () => {
  it("writes the days and times in Spanish and Arabic, the day keys unchanged", () => {
    const es = chatClock("America/Chicago", "es");
    expect(es.dayKey(AT)).toBe("2026-03-07");
    expect(es.dayLabel(AT, "2026-03-07")).toBe("Hoy");
    expect(es.dayLabel(AT, "2026-03-08")).toBe("Ayer");
    expect(es.dayLabel(AT, "2026-03-20")).toBe("sábado, 7 de marzo");
    expect(es.dayLabel(AT, "2027-01-02")).toBe("sábado, 7 de marzo de 2026");
    const ar = chatClock("America/Chicago", "ar");
    expect(ar.dayKey(AT)).toBe("2026-03-07");
    expect(ar.dayLabel(AT, "2026-03-07")).toBe("اليوم");
    expect(ar.dayLabel(AT, "2026-03-08")).toBe("أمس");
    expect(ar.dayLabel(AT, "2026-03-20")).toMatch(/^السبت/);
    expect(ar.time(AT)).toMatch(/م$/);
  });
});
