/**
 * Decision 024: errors carry catalogue keys, not English. Every key the code names exists in the catalogues; no
 * service or schema under lib/ throws English any more; the English rendering is what people read before the
 * change; and the same errors read in Spanish and Arabic, values and plurals included.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { AppError, conflict, fieldMessagesFromZod, invalid, localizeError, msg, toAppError } from "@/lib/errors";
import { englishMessage, formatMessage } from "@/lib/i18n/format-message";
import type { Locale } from "@/lib/i18n/locales";
import { ZSignUpInput } from "@/lib/accounts/schemas";
import { ZChangePasswordInput } from "@/lib/accounts/account-schemas";
import { ZGroupCreateInput, ZRuleInput, ZDirectoryQuery } from "@/lib/groups/schemas";
import { ZCheckInInput } from "@/lib/pairings/schemas";
import { ZStepInput } from "@/lib/programs/schemas";
import { buildAnswersSchema, type QuestionConfig } from "@/lib/programs/question-schema";
import { programTransition } from "@/lib/programs/state-machine";

const root = path.resolve(import.meta.dirname, "../..");
const en = JSON.parse(readFileSync(path.join(root, "messages/en.json"), "utf8")) as Record<string, unknown>;

function has(key: string): boolean {
  let node: unknown = en;
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string";
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

const files = [...sources(path.join(root, "lib")), ...sources(path.join(root, "app")), path.join(root, "proxy.ts")];
const rel = (file: string) => path.relative(root, file);

/** Another engineer's areas (issue 21), and the operator's start-up errors: not messages a member reads here. */
const NOT_ERRORS = /^lib\/(email|notifications)\/|^lib\/programs\/templates\.ts$|^lib\/env\.ts$/;
/** Success messages (not errors) that services hand their forms: they move with those forms' actions. */
const SUCCESS_MESSAGES = ["lib/accounts/change-email.ts", "lib/accounts/request-password-reset.ts"];

function zodIssues(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected the value to be refused");
  return result.error;
}

function fieldsIn(locale: Locale, schema: z.ZodType, value: unknown): Record<string, string[]> {
  const error = toAppError(zodIssues(schema, value));
  return localizeError(error, locale).fields ?? {};
}

describe("catalogue keys named by the code", () => {
  it("exist in the English catalogue (and so, by the catalogue test, in every language)", () => {
    const missing: string[] = [];
    let seen = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const [, key] of text.matchAll(/["'](?<key>(?:errors|validation)\.[A-Za-z0-9.]+)["']/g)) {
        seen++;
        if (!has(key!)) missing.push(`${rel(file)}: ${key}`);
      }
      // Keys built from a field name (`validation.groups.${field}.enter`): some key must fit the pattern.
      for (const [, template] of text.matchAll(/`((?:errors|validation)\.[A-Za-z0-9.]*\$\{[^`]+)`/g)) {
        if (template!.includes("${string}")) continue; // a type, not a key
        const pattern = new RegExp(`^${template!.replace(/\./g, "\\.").replace(/\$\{[^}]+\}/g, "[A-Za-z0-9]+")}$`);
        const keys = [...flatKeys(en)];
        if (!keys.some((k) => pattern.test(k))) missing.push(`${rel(file)}: ${template}`);
      }
    }
    expect(seen).toBeGreaterThan(300);
    expect(missing).toEqual([]);
  });

  it("leave no English sentence thrown or written into a zod schema under lib/ (the messages moved)", () => {
    const english = [
      /\b(conflict|notFound|forbidden)\(\s*["`]/,
      /new AppError\(\s*"[A-Z_]+",\s*["`]/,
      /\binvalid\(\s*\{[^}]*\[\s*["`][A-Z]/,
      /\.(min|max|int|length|regex|email|url|refine)\([^)]*,\s*["`][A-Z]/,
      /\.(int|email|url)\(\s*["`][A-Z]/,
      /\bmessage:\s*["`][A-Z]/,
    ];
    const found: string[] = [];
    for (const file of files) {
      const name = rel(file);
      if (!name.startsWith("lib/") || NOT_ERRORS.test(name)) continue;
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (SUCCESS_MESSAGES.includes(name) && line.includes("message: `")) return;
          if (english.some((re) => re.test(line))) found.push(`${name}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});

function* flatKeys(tree: unknown, prefix = ""): Generator<string> {
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    if (typeof value === "string") yield prefix + key;
    else if (value && typeof value === "object" && !Array.isArray(value)) yield* flatKeys(value, `${prefix}${key}.`);
  }
}

describe("the English rendering is today's text", () => {
  it.each<[string, AppError, string]>([
    ["a default message", new AppError("NOT_FOUND"), "We couldn't find that."],
    [
      "a default message",
      new AppError("EMAIL_UNVERIFIED"),
      "Confirm your email address first: open the link we emailed you, or send a new one from the banner.",
    ],
    [
      "a conflict with a name",
      conflict(msg("errors.matching.mentorFull", { name: "Diego", active: 2, capacity: 2 })),
      "Diego has no places left (2 of 2 taken).",
    ],
    [
      "a conflict with a quoted title",
      invalid({ lengthWeeks: [msg("errors.programs.stepTooLate", { title: "Practice", week: 6 })] }),
      "Some fields need your attention.",
    ],
    [
      "a plural, one",
      new AppError("RATE_LIMITED", msg("errors.http.tooManyAttempts", { minutes: 1 })),
      "Too many attempts. Please try again in 1 minute.",
    ],
    [
      "a plural, other",
      new AppError("RATE_LIMITED", msg("errors.http.tooManyAttempts", { minutes: 15 })),
      "Too many attempts. Please try again in 15 minutes.",
    ],
    [
      "a list and its pronoun",
      conflict(msg("errors.accounts.ownsGroups", { groups: "Soap, Knit", count: 2 })),
      "You own Soap, Knit. Transfer or archive them first.",
    ],
    [
      "a reason inside a sentence",
      conflict(
        msg("errors.matching.cohortPairFailed", {
          mentee: "Sam",
          mentor: "Mei",
          reason: msg("errors.matching.selfMentor"),
        }),
      ),
      "Nothing was confirmed. Sam with Mei: Someone cannot mentor themselves.",
    ],
    [
      "a select",
      conflict(msg("errors.policy.authorOnly", { action: "edit", what: "post" })),
      "Only the author can edit a post.",
    ],
  ])("%s: %s", (_what, error, english) => {
    expect(error.message).toBe(english);
  });

  it("renders field errors as before, numbers without grouping", () => {
    const error = invalid({ lengthWeeks: [msg("errors.programs.stepTooLate", { title: "Practice", week: 6 })] });
    expect(error.fields).toEqual({
      lengthWeeks: ["“Practice” is due in week 6: move it earlier first, or keep the program that long."],
    });
    expect(
      fieldsIn("en", ZCheckInInput, { stepId: "abcdefgh12", reflection: "ok", rating: 3, goal: "g".repeat(501) }),
    ).toEqual({
      goal: ["Keep the goal under 500 characters."],
    });
    expect(fieldsIn("en", ZGroupCreateInput, { name: "ab", privacy: "PUBLIC", description: "d".repeat(2001) })).toEqual(
      {
        name: ["Use at least 3 characters for the name."],
        description: ["Keep a description under 2000 characters."],
      },
    );
    expect(fieldsIn("en", ZRuleInput, {})).toEqual({ title: ["Enter a rule title."] });
    expect(fieldsIn("en", ZStepInput, { title: "t", prompts: [], dueWeek: 1.5 })).toEqual({
      prompts: ["Add at least one conversation prompt."],
      dueWeek: ["Use a whole week."],
    });
    expect(
      fieldsIn("en", ZChangePasswordInput, {
        currentPassword: "x",
        newPassword: "long enough!",
        confirmPassword: "other",
      }),
    ).toEqual({
      confirmPassword: ["The two passwords don't match."],
    });
    const closing = programTransition("RUNNING", "close", {
      stepCount: 1,
      mentorQuestionCount: 1,
      menteeQuestionCount: 1,
      mentorshipEnabled: true,
      archived: false,
      activePairings: 3,
      confirmed: false,
    });
    expect(closing.ok ? null : englishMessage(closing.reason)).toBe(
      "3 pairs are still active: confirm to complete them.",
    );
  });
});

const TOPICS: QuestionConfig = {
  id: "q1",
  kind: "TOPICS",
  label: "Topics",
  required: true,
  options: [],
  minLength: null,
  maxLength: null,
  maxChoices: 2,
};

describe("the same errors in Spanish and Arabic", () => {
  it("renders a schema's own messages with their values", () => {
    const goal = { stepId: "abcdefgh12", reflection: "ok", rating: 3, goal: "g".repeat(501) };
    expect(fieldsIn("es", ZCheckInInput, goal)).toEqual({ goal: ["El objetivo debe tener menos de 500 caracteres."] });
    expect(fieldsIn("ar", ZCheckInInput, goal)).toEqual({ goal: ["اجعل الهدف أقل من 500 حرف."] });
    expect(fieldsIn("es", ZSignUpInput, { name: "", email: "nope", password: "short" })).toEqual({
      name: ["Escribe tu nombre."],
      email: ["Escribe un correo electrónico válido, como nombre@ejemplo.com."],
      password: ["Usa al menos 10 caracteres."],
    });
    expect(fieldsIn("ar", ZRuleInput, {})).toEqual({ title: ["أدخل عنوانًا للقاعدة."] });
  });

  it("gives an issue without a message of its own a generic one by its code, with its bound", () => {
    expect(fieldsIn("en", ZDirectoryQuery, { limit: 500 })).toEqual({ limit: ["Use 50 or less."] });
    expect(fieldsIn("es", ZDirectoryQuery, { limit: 500 })).toEqual({ limit: ["Usa 50 o menos."] });
    expect(fieldsIn("ar", ZDirectoryQuery, { limit: 500 })).toEqual({ limit: ["استخدم 50 أو أقل."] });
    expect(fieldsIn("es", ZDirectoryQuery, { sort: "loudest" })).toEqual({ sort: ["Elige una de las opciones."] });
    expect(fieldsIn("ar", ZDirectoryQuery, { q: "x".repeat(101) }).q?.[0]).toBe("استخدم 100 حرف على الأكثر.");
  });

  it("builds plurals and selects in each language's own grammar (Arabic: two, few, many)", () => {
    const schema = buildAnswersSchema([TOPICS], { topics: [] });
    const three = { q1: ["a", "b", "c"] };
    expect(fieldsIn("en", schema, three)).toEqual({ q1: ["Choose at most 2 topics."] });
    expect(fieldsIn("es", schema, three)).toEqual({ q1: ["Elige como máximo 2 temas."] });
    expect(fieldsIn("ar", schema, three)).toEqual({ q1: ["اختر موضوعين على الأكثر."] });
    const tooMany = (minutes: number, locale: Locale) =>
      formatMessage(msg("errors.http.tooManyAttempts", { minutes }), locale);
    expect(tooMany(1, "es")).toBe("Demasiados intentos. Vuelve a intentarlo en 1 minuto.");
    expect(tooMany(2, "ar")).toBe("محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد دقيقتين.");
    expect(tooMany(5, "ar")).toContain("دقائق");
  });

  it("renders a reason inside a sentence in the same language, and literal text as it is", () => {
    const error = conflict(
      msg("errors.matching.cohortPairFailed", {
        mentee: "Sam",
        mentor: "Mei",
        reason: msg("errors.matching.selfMentor"),
      }),
      { "pairs.0": [msg("errors.matching.selfMentor")], token: ["expired"] },
    );
    expect(localizeError(error, "es")).toEqual({
      message: "No se confirmó nada. Sam con Mei: Nadie puede ser su propio mentor.",
      fields: { "pairs.0": ["Nadie puede ser su propio mentor."], token: ["expired"] },
    });
    expect(localizeError(error, "ar").message).toBe("لم يُؤكَّد أي شيء. Sam مع Mei: لا يمكن لأحد أن يرشد نفسه.");
    expect(error.code).toBe("CONFLICT");
  });

  it("keeps a plain zod message written outside the catalogue as it is", () => {
    expect(
      fieldMessagesFromZod(
        zodIssues(
          ZRuleInput.refine(() => false, "whole form"),
          { title: "t" },
        ),
      ),
    ).toEqual({
      _form: ["whole form"],
    });
  });
});
