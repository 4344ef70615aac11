/**
 * Program templates exist in every language with the same shape (issue 21): the same steps, due weeks, goal step,
 * number of prompts and the same questions (kind, limits, number of options), only the words differ, and none of
 * them is empty. The English set is the one the app has always had.
 */
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import es from "../../messages/es.json";
import ar from "../../messages/ar.json";
import type { Messages } from "@/lib/i18n/messages";
import { buildTemplates, PROGRAM_TEMPLATES, TEMPLATES, type Template } from "@/lib/programs/templates";

const catalogues = { es, ar } as unknown as Record<string, Messages>;

/** Everything but the words. */
function shape(t: Template) {
  const question = (q: Template["questions"]["MENTOR"][number]) => ({
    kind: q.kind,
    required: q.required,
    options: q.options.length,
    minLength: q.minLength,
    maxLength: q.maxLength,
    maxChoices: q.maxChoices,
    help: q.help === "" ? "none" : "some",
  });
  return {
    key: t.key,
    lengthWeeks: t.lengthWeeks,
    defaultMentorCapacity: t.defaultMentorCapacity,
    steps: t.steps.map((s) => ({ dueWeek: s.dueWeek, prompts: s.prompts.length, goal: s.isGoalStep ?? false })),
    MENTOR: t.questions.MENTOR.map(question),
    MENTEE: t.questions.MENTEE.map(question),
  };
}

/** Every text an admin starts from. */
function words(t: Template): string[] {
  return [
    t.label,
    t.summary,
    ...(t.key === "CUSTOM" ? [] : [t.name, t.description, t.audience]),
    ...t.steps.flatMap((s) => [s.title, s.guidance, ...s.prompts]),
    ...[...t.questions.MENTOR, ...t.questions.MENTEE].flatMap((q) => [q.label, ...q.options]),
  ];
}

describe("program templates in every language", () => {
  const english = buildTemplates(en.templates);

  it("builds the English set the app exports", () => {
    expect(english).toEqual(TEMPLATES);
    expect(TEMPLATES.LEARN_THE_ROPES.steps.map((s) => s.title)).toEqual([
      "Meet each other",
      "How this group works",
      "Your first contribution",
      "Look back, look ahead",
    ]);
  });

  for (const [locale, messages] of Object.entries(catalogues)) {
    describe(locale, () => {
      const translated = buildTemplates(messages.templates);

      for (const key of PROGRAM_TEMPLATES) {
        it(`${key}: the same steps and questions as in English, every text written and translated`, () => {
          expect(shape(translated[key])).toEqual(shape(english[key]));
          const texts = words(translated[key]);
          for (const text of texts) expect(text.trim()).not.toBe("");
          const englishTexts = words(english[key]);
          // Translated, not copied: no step title, prompt or question is left in English.
          const same = texts.filter((text, i) => text === englishTexts[i]);
          expect(same).toEqual([]);
        });
      }
    });
  }
});
