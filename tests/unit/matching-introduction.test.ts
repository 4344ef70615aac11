import { describe, expect, it } from "vitest";
import { draftIntroduction } from "@/lib/matching/introduction";

// Mid-January: no daylight saving time in Europe or North America, so offsets are the standard ones.
const AT = new Date("2026-01-15T12:00:00Z");

type Person = Parameters<typeof draftIntroduction>[1];

const person = (name: string, overrides: Partial<Person> = {}): Person => ({
  name,
  topics: [],
  languages: [],
  timeZone: null,
  text: "",
  ...overrides,
});

const SAM = person("Sam Rivera", {
  topics: ["Soap colouring", "Lye safety", "Packaging", "Marketing"],
  languages: ["Spanish", "English"],
  timeZone: "Europe/Madrid",
  text: "I want to learn natural colouring with clays. I also sell at markets.",
});
const DIEGO = person("Diego Alvarez", {
  topics: ["lye safety", "Soap colouring", "Packaging", "Candles"],
  languages: ["english", "Spanish", "French"],
  timeZone: "America/New_York",
  text: "Ten years of soap.",
});

describe("draftIntroduction", () => {
  it("greets both by first name, names the program, and introduces the mentor", () => {
    const text = draftIntroduction("Learn the ropes", SAM, DIEGO, AT);
    const lines = text.split("\n");
    expect(lines[0]).toBe("Hi Sam and Diego, welcome to Learn the ropes!");
    expect(text).toContain("Sam, meet Diego Alvarez, your mentor. Diego, meet Sam Rivera.");
    expect(lines[lines.length - 1]).toBe(
      "Say hello here and find a time for your first conversation. We're glad you're both here.",
    );
  });

  it("mentions the topics and languages they share, in the mentee's words and order, and nothing else", () => {
    const text = draftIntroduction("Learn the ropes", SAM, DIEGO, AT);
    expect(text).toContain("You share an interest in Soap colouring, Lye safety and Packaging.");
    expect(text).toContain("You both speak Spanish and English.");
    expect(text).not.toMatch(/Marketing|Candles|French/);
  });

  it("says a single shared topic or language without a list", () => {
    const text = draftIntroduction(
      "P",
      person("Ana", { topics: ["Lye safety"], languages: ["German", "Dutch"] }),
      person("Ben", { topics: ["LYE SAFETY", "Oils"], languages: ["Dutch"] }),
      AT,
    );
    expect(text).toContain("You share an interest in Lye safety.");
    expect(text).toContain("You both speak Dutch.");
  });

  it("counts the hours between their time zones", () => {
    const intro = (a: string, b: string) =>
      draftIntroduction("P", person("Ana", { timeZone: a }), person("Ben", { timeZone: b }), AT);
    expect(intro("Europe/Madrid", "America/New_York")).toContain(
      "You're 6 hours apart (Europe/Madrid and America/New York).",
    );
    expect(intro("Europe/London", "Europe/Madrid")).toContain("You're 1 hour apart (Europe/London and Europe/Madrid).");
    expect(intro("Asia/Kolkata", "UTC")).toContain("You're 5.5 hours apart (Asia/Kolkata and UTC).");
    expect(intro("Europe/Paris", "Europe/Madrid")).toContain("You're in the same time zone.");
    expect(intro("America/Los_Angeles", "America/Los_Angeles")).toContain("You're both on America/Los Angeles time.");
  });

  it("counts the hours at the moment given, daylight saving included", () => {
    const summer = new Date("2026-07-15T12:00:00Z");
    const text = draftIntroduction(
      "P",
      person("Ana", { timeZone: "Europe/London" }),
      person("Ben", { timeZone: "Asia/Tokyo" }),
      summer,
    );
    expect(text).toContain("You're 8 hours apart");
    const winter = draftIntroduction(
      "P",
      person("Ana", { timeZone: "Europe/London" }),
      person("Ben", { timeZone: "Asia/Tokyo" }),
      AT,
    );
    expect(winter).toContain("You're 9 hours apart");
  });

  it("quotes the first sentence of the mentee's goals", () => {
    const text = draftIntroduction("Learn the ropes", SAM, DIEGO, AT);
    expect(text).toContain("Sam, you told us: “I want to learn natural colouring with clays.”");
    expect(text).not.toContain("markets");
    // The first line with words in it, ending at its first sentence (or at the line's end).
    const goals = (t: string) => draftIntroduction("P", person("Ana", { text: t }), person("Ben"), AT);
    expect(goals("\n\n   I hope to sell at markets\nSecond answer here.")).toContain(
      "Ana, you told us: “I hope to sell at markets”",
    );
    expect(goals("Can you teach me swirls? Please!")).toContain("“Can you teach me swirls?”");
    expect(goals("Version 2.5 of my recipe is runny")).toContain("“Version 2.5 of my recipe is runny”");
  });

  it("shortens a very long first sentence to a quotable length", () => {
    const long = `I ${"really ".repeat(100)}want to learn.`;
    const text = draftIntroduction("P", person("Ana", { text: long }), person("Ben"), AT);
    const quoted = /“(.*)”/.exec(text)?.[1] ?? "";
    expect(quoted.length).toBeLessThanOrEqual(200);
    expect(quoted.endsWith("…")).toBe(true);
    expect(quoted.startsWith("I really really")).toBe(true);
  });

  it("handles missing data: no shared line, no zones, no quote, and still a warm message", () => {
    const text = draftIntroduction("Peer support", person("Ana Lima"), person("Ben Okafor"), AT);
    expect(text).toBe(
      [
        "Hi Ana and Ben, welcome to Peer support!",
        "",
        "Ana, meet Ben Okafor, your mentor. Ben, meet Ana Lima.",
        "",
        "Say hello here and find a time for your first conversation. We're glad you're both here.",
      ].join("\n"),
    );
    // One side's zone alone says nothing about the distance.
    const one = draftIntroduction("P", person("Ana", { timeZone: "Europe/Paris" }), person("Ben"), AT);
    expect(one).not.toMatch(/apart|same time zone|time\./);
    // Nothing shared: nothing claimed.
    const apart = draftIntroduction(
      "P",
      person("Ana", { topics: ["Soap"], languages: ["German"] }),
      person("Ben", { topics: ["Candles"], languages: ["French"] }),
      AT,
    );
    expect(apart).not.toMatch(/share an interest|both speak/);
  });

  it("never throws on odd input, and never writes an empty or garbled claim", () => {
    const odd: [string, Person, Person, Date][] = [
      ["unknown zones", person("Ana", { timeZone: "Mars/Olympus" }), person("Ben", { timeZone: "Nowhere" }), AT],
      [
        "an invalid date",
        person("Ana", { timeZone: "Europe/Paris" }),
        person("Ben", { timeZone: "UTC" }),
        new Date(NaN),
      ],
      ["blank names", person(""), person("   "), AT],
      ["punctuation only", person("Ana", { text: "?!..." }), person("Ben"), AT],
      ["a huge answer", person("Ana", { text: "word ".repeat(50_000) }), person("Ben"), AT],
      ["emoji and scripts", person("李 雷", { text: "我想学习做肥皂。🧼 Then more." }), person("Zoë", {}), AT],
      [
        "blank and spaced tags",
        person("Ana", { topics: ["", "  ", " Soap "], languages: [" "] }),
        person("Ben", { topics: ["", "soap", "  "], languages: [" "] }),
        AT,
      ],
    ];
    for (const [label, mentee, mentor, at] of odd) {
      let text = "";
      expect(() => (text = draftIntroduction("P", mentee, mentor, at)), label).not.toThrow();
      expect(text, label).toContain("Say hello here");
      expect(text, label).not.toMatch(/undefined|null|NaN/);
      // Names are never blank in the app (accounts require one); with them, only "never throws" applies.
      if (label !== "blank names") expect(text, label).not.toMatch(/interest in {2}| {2}and |in \.|speak \./);
    }
    expect(draftIntroduction("P", odd[0]![1], odd[0]![2], AT)).not.toMatch(/apart|same time zone/);
    // Tags are compared and quoted without their stray spaces, and blank ones are never "shared".
    const tags = draftIntroduction("P", odd[6]![1], odd[6]![2], AT);
    expect(tags).toContain("You share an interest in Soap.");
    expect(tags).not.toContain("both speak");
  });
});
