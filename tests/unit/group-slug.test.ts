import { describe, expect, it } from "vitest";
import { HIDDEN_SUFFIX_LENGTH, unguessableSlug } from "@/lib/groups/slug";
import { SLUG_PATTERN } from "@/lib/groups/schemas";

describe("unguessableSlug", () => {
  it("keeps the name's slug and adds a random base36 ending", () => {
    expect(unguessableSlug("after-the-storm")).toMatch(/^after-the-storm-[0-9a-z]{10}$/);
    expect(HIDDEN_SUFFIX_LENGTH).toBeGreaterThanOrEqual(8);
  });

  it("never repeats itself, so nothing can be counted or guessed", () => {
    const drawn = new Set(Array.from({ length: 1000 }, () => unguessableSlug("calm")));
    expect(drawn.size).toBe(1000);
  });

  it("fits a slug's 64 characters and format, with no dash left before the ending", () => {
    for (const base of ["ab", "a".repeat(64), `${"a".repeat(52)}-bcd`, `${"x".repeat(53)}-y`]) {
      const slug = unguessableSlug(base);
      expect(slug.length).toBeLessThanOrEqual(64);
      expect(slug).toMatch(SLUG_PATTERN);
      expect(slug).not.toMatch(/--/);
    }
  });
});
