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
