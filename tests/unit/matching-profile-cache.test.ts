import { describe, expect, it } from "vitest";
import { keptMentorProfile } from "@/lib/matching/profile-cache";
import type { MentorProfile } from "@/lib/matching/scoring";

const read = (changes: Partial<MentorProfile> & Record<string, unknown> = {}): MentorProfile => ({
  applicationId: "app-cache-1",
  userId: "u1",
  name: "Ana",
  topics: ["Soap", "Lye"],
  languages: ["English"],
  timeZone: "Europe/Madrid",
  cadence: "WEEKLY",
  text: "I teach cold process.",
  capacity: 3,
  activePairings: 1,
  ...changes,
});

describe("keptMentorProfile", () => {
  it("hands back the profile read earlier while nothing in it changed", () => {
    const first = keptMentorProfile(read());
    expect(keptMentorProfile(read())).toBe(first);
  });

  it("takes the new profile as soon as any field differs, even one it does not know", () => {
    for (const changes of [
      { text: "I teach melt and pour." },
      { topics: ["Soap"] },
      { languages: ["English", "Spanish"] },
      { activePairings: 2 },
      { timeZone: null },
      { hoursAvailable: [9, 17] },
    ]) {
      const before = keptMentorProfile(read());
      const fresh = read(changes);
      expect(keptMentorProfile(fresh)).toBe(fresh);
      expect(keptMentorProfile(read(changes))).toBe(fresh);
      expect(keptMentorProfile(read())).not.toBe(before); // the changed one was kept in its place
    }
  });
});
