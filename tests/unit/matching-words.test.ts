import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import ar from "@/messages/ar.json";
import { draftIntroduction } from "@/lib/matching/introduction";
import { reasonInEnglish, type Reason } from "@/lib/matching/reasons";
import { scorePair, DEFAULT_WEIGHTS, type MentorProfile, type Profile } from "@/lib/matching/scoring";
import { introductionWords, listIn, reasonText } from "@/components/matching/words";

// The matching screens word reasons and introductions from data, in the reader's language (issue 21).

const CATALOGUES = { en, es, ar } as const;
type Locale = keyof typeof CATALOGUES;
/** next-intl's translator outside React, as the screens' `useTranslations` gives it. */
const translator = (locale: Locale, namespace: string) =>
  createTranslator({ locale, messages: CATALOGUES[locale] as never, namespace: namespace as never }) as never;
const reasonsIn = (locale: Locale) => (r: Reason) => reasonText(translator(locale, "matching.reasons"), locale, r);
const wordsIn = (locale: Locale) => introductionWords(translator(locale, "matching.introduction"), locale);

const REASONS: Reason[] = [
  { kind: "topics", items: ["Soap colouring", "Lye safety", "Packaging"] },
  { kind: "topics", items: ["Candles"] },
  { kind: "words", items: ["cold", "fragrance", "process"] },
  { kind: "languages", items: ["Spanish", "Catalan", "English"] },
  { kind: "languages", items: ["Spanish"] },
  { kind: "sameZone" },
  { kind: "hoursApart", hours: 1 },
  { kind: "hoursApart", hours: 2.5 },
  { kind: "bothFlexible" },
  { kind: "bothPrefer", cadence: "FORTNIGHTLY" },
  { kind: "menteeFlexible", cadence: "MONTHLY" },
  { kind: "mentorFlexible", cadence: "WEEKLY" },
  { kind: "closeRhythms", mentee: "FORTNIGHTLY", mentor: "MONTHLY" },
  { kind: "places", remaining: 2, capacity: 3 },
  // What speaks against a pair (issue 19).
  { kind: "farApart", hours: 8 },
  { kind: "noSharedLanguage" },
  { kind: "noSharedTopic" },
  { kind: "notOffered", items: ["Packaging", "Marketing"] },
  { kind: "nearlyFull", remaining: 1, capacity: 3 },
  { kind: "rhythmsApart", mentee: "WEEKLY", mentor: "MONTHLY" },
];

const AT = new Date("2026-03-02T12:00:00Z");
const person = (over: Partial<Profile>): Profile => ({
  applicationId: "a",
  userId: "u",
  name: "Amina Yusuf",
  topics: [],
  languages: [],
  timeZone: null,
  cadence: null,
  text: "",
  ...over,
});
const MENTEE = person({
  topics: ["Soap", "Lye safety"],
  languages: ["Spanish", "English"],
  timeZone: "Europe/Madrid",
  text: "I want to sell soap at the market. Then candles.",
});
const MENTOR: MentorProfile = {
  ...person({
    applicationId: "b",
    userId: "v",
    name: "Rosa Delgado",
    topics: ["soap", "lye safety"],
    languages: ["spanish", "english"],
    timeZone: "Asia/Dubai",
  }),
  capacity: 3,
  activePairings: 1,
};

describe("reasons in the reader's language", () => {
  it("in English, word for word what the API says", () => {
    const say = reasonsIn("en");
    for (const r of REASONS) expect(say(r)).toBe(reasonInEnglish(r));
  });

  it("in Spanish and Arabic, from the catalogue, with no English left but the user's own words", () => {
    expect(REASONS.map(reasonsIn("es"))).toEqual([
      "3 temas en común: Soap colouring, Lye safety y Packaging",
      "1 tema en común: Candles",
      "palabras parecidas en sus respuestas: cold, fragrance y process",
      "ambos hablan Spanish, Catalan y English",
      "ambos hablan Spanish",
      "misma zona horaria",
      "1 h de diferencia",
      "2,5 h de diferencia",
      "ambos son flexibles con la frecuencia de las reuniones",
      "ambos prefieren cada dos semanas",
      "el aprendiz es flexible y el otro prefiere una vez al mes",
      "el mentor es flexible y el otro prefiere cada semana",
      "ritmos parecidos: cada dos semanas y una vez al mes",
      "2 de 3 lugares libres",
      "8 h de diferencia: pocas horas de vigilia en común",
      "ningún idioma en común",
      "ningún tema en común",
      "el mentor no ofrece: Packaging y Marketing",
      "casi lleno: quedan 1 de 3 lugares",
      "ritmos distintos: cada semana y una vez al mes",
    ]);
    const arabic = REASONS.map(reasonsIn("ar"));
    expect(arabic[0]).toBe("3 مواضيع مشتركة: Soap colouring وLye safety وPackaging");
    expect(arabic[1]).toBe("موضوع مشترك واحد: Candles");
    expect(arabic[13]).toBe("الأماكن الشاغرة: 2 من 3");
    for (const text of arabic) expect(text).toMatch(/[\u0600-\u06ff]/);
  });

  it("words a real suggestion's reasons", () => {
    const s = scorePair(MENTEE, MENTOR, DEFAULT_WEIGHTS, AT)!;
    expect(s.reasons.map(reasonsIn("en"))).toEqual(s.reasons.map(reasonInEnglish));
    expect(s.reasons.map(reasonsIn("es"))).toContain("2 temas en común: Soap y Lye safety");
  });
});

describe("the introduction in the admin's language", () => {
  it("in English, exactly the default text", () => {
    expect(draftIntroduction("Soap School", MENTEE, MENTOR, AT, wordsIn("en"))).toBe(
      draftIntroduction("Soap School", MENTEE, MENTOR, AT),
    );
  });

  it("in Spanish and Arabic, with the names, topics and goal kept as written", () => {
    const es = draftIntroduction("Soap School", MENTEE, MENTOR, AT, wordsIn("es"));
    expect(es).toBe(
      [
        "¡Hola, Amina y Rosa! Les damos la bienvenida a Soap School.",
        "",
        "Amina, te presentamos a Rosa Delgado, tu mentor. Rosa, te presentamos a Amina Yusuf.",
        "Comparten el interés por Soap y Lye safety. Ambos hablan Spanish y English. Tienen 3 horas de diferencia (Europe/Madrid y Asia/Dubai).",
        "",
        "Amina, nos contaste: “I want to sell soap at the market.”",
        "",
        "Salúdense aquí y busquen un momento para su primera conversación. Nos alegra tenerlos a los dos.",
      ].join("\n"),
    );
    const ar = draftIntroduction("Soap School", MENTEE, MENTOR, AT, wordsIn("ar"));
    expect(ar).toContain("مرحبًا Amina وRosa، أهلًا بكما في Soap School!");
    expect(ar).toContain("يجمعكما الاهتمام بـSoap وLye safety.");
  });

  it("lists in English keep the old wording (no comma before 'and')", () => {
    expect(listIn("en", ["a", "b", "c"], "and")).toBe("a, b and c");
    expect(listIn("en", ["a", "b", "c"], "comma")).toBe("a, b, c");
    expect(listIn("es", ["a", "b", "c"], "and")).toBe("a, b y c");
  });
});
