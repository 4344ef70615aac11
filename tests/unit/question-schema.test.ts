import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type z } from "zod";
import { englishMessage } from "@/lib/i18n/format-message";
import { issueMessage } from "@/lib/i18n/zod-messages";
import {
  CADENCES,
  CADENCE_LABELS,
  QUESTION_KINDS,
  QUESTION_KIND_LABELS,
  QUESTION_LIMITS as L,
  ZQuestionInput,
  buildAnswersSchema,
  deriveApplicationFields,
  type Answer,
  type Answers,
  type QuestionConfig,
  type QuestionKind,
} from "@/lib/programs/question-schema";

const RUNS = { numRuns: 200 };

function question(kind: QuestionKind, extra: Partial<QuestionConfig> = {}): QuestionConfig {
  return {
    id: "q1",
    kind,
    label: "A question",
    required: false,
    options: [],
    minLength: null,
    maxLength: null,
    maxChoices: null,
    ...extra,
  };
}

/** Issue messages keyed by joined path ("" for the form level), in English (issues carry catalogue keys, decision 024). */
function issues(schema: z.ZodType, value: unknown): Record<string, string[]> {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to be rejected`);
  const byPath: Record<string, string[]> = {};
  for (const issue of result.error.issues)
    (byPath[issue.path.join(".")] ??= []).push(englishMessage(issueMessage(issue)));
  return byPath;
}

/** Parses answers to a single question `q1` and returns the answer (undefined when omitted). */
function answer(q: QuestionConfig, value: unknown, topics: string[] = []): Answer | undefined {
  return buildAnswersSchema([q], { topics }).parse({ q1: value }).q1;
}

/** it.each spreads array rows into arguments; wrapping keeps array values whole. */
const cases = (...values: unknown[]) => values.map((value) => [value] as [unknown]);

/** Reads an own property only, so an id like "__proto__" or "toString" is a plain key. */
const own = (record: object, key: string): unknown =>
  Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;

const answerError = (q: QuestionConfig, value: unknown, topics: string[] = []) =>
  issues(buildAnswersSchema([q], { topics }), { q1: value });

describe("labels", () => {
  it("has a label for every kind and cadence", () => {
    expect(Object.keys(QUESTION_KIND_LABELS).sort()).toEqual([...QUESTION_KINDS].sort());
    expect(Object.keys(CADENCE_LABELS).sort()).toEqual([...CADENCES].sort());
    expect(CADENCE_LABELS.FORTNIGHTLY).toBe("Every two weeks");
  });
});

describe("ZQuestionInput examples", () => {
  it("trims and fills defaults", () => {
    expect(ZQuestionInput.parse({ kind: "SHORT_TEXT", label: "  Your goal? " })).toStrictEqual({
      kind: "SHORT_TEXT",
      label: "Your goal?",
      help: "",
      required: false,
      options: [],
      minLength: null,
      maxLength: null,
      maxChoices: null,
    });
  });

  it("trims options and accepts a choice question", () => {
    const parsed = ZQuestionInput.parse({
      kind: "MULTIPLE_CHOICE",
      label: "Pick",
      options: [" A ", "B"],
      maxChoices: 2,
    });
    expect(parsed.options).toEqual(["A", "B"]);
  });

  it.each([
    [{ kind: "SHORT_TEXT", label: "   " }, "label", "Give the question a label."],
    [{ kind: "SHORT_TEXT", label: "x".repeat(201) }, "label", "Keep the label under 200 characters."],
    [{ kind: "SHORT_TEXT", label: "x", help: "h".repeat(501) }, "help", "Keep the help text under 500 characters."],
    [{ kind: "ESSAY", label: "x" }, "kind", "Choose a kind of question."],
    [{ kind: "SINGLE_CHOICE", label: "x", options: ["Only"] }, "options", "Give at least 2 options to choose from."],
    [{ kind: "SINGLE_CHOICE", label: "x", options: ["A", "b", "B"] }, "options.2", "This option is listed twice."],
    [{ kind: "SINGLE_CHOICE", label: "x", options: ["A", "  "] }, "options.1", "Options can't be empty."],
    [{ kind: "TOPICS", label: "x", options: ["x".repeat(101)] }, "options.0", "Keep each option under 100 characters."],
    [{ kind: "TOPICS", label: "x", options: Array.from({ length: 21 }, (_, i) => `t${i}`) }, "options", undefined],
    [{ kind: "SHORT_TEXT", label: "x", options: ["A", "B"] }, "options", "This kind of question has no options."],
    [{ kind: "AVAILABILITY", label: "x", options: ["A"] }, "options", "This kind of question has no options."],
    [{ kind: "SHORT_TEXT", label: "x", maxLength: 201 }, "maxLength", "Keep the limit at or under 200 characters."],
    [{ kind: "LONG_TEXT", label: "x", minLength: 4001 }, "minLength", "The minimum can't be more than the maximum."],
    [{ kind: "LONG_TEXT", label: "x", minLength: 50, maxLength: 20 }, "minLength", undefined],
    [{ kind: "LONG_TEXT", label: "x", minLength: -1 }, "minLength", undefined],
    [{ kind: "LONG_TEXT", label: "x", maxLength: 2.5 }, "maxLength", "Enter a whole number."],
    [{ kind: "LONG_TEXT", label: "x", maxLength: 0 }, "maxLength", undefined],
    [{ kind: "TOPICS", label: "x", maxLength: 10 }, "maxLength", "Only text questions have a length limit."],
    [{ kind: "SINGLE_CHOICE", label: "x", options: ["A", "B"], maxChoices: 1 }, "maxChoices", undefined],
    [{ kind: "MULTIPLE_CHOICE", label: "x", options: ["A", "B"], maxChoices: 3 }, "maxChoices", undefined],
    [{ kind: "TOPICS", label: "x", maxChoices: 11 }, "maxChoices", "Allow at most 10 choices."],
    [{ kind: "LANGUAGES", label: "x", maxChoices: 9 }, "maxChoices", "Allow at most 8 choices."],
    [{ kind: "LANGUAGES", label: "x", maxChoices: 0 }, "maxChoices", undefined],
    [{ kind: "SHORT_TEXT", label: "x", role: "MENTOR" }, "", undefined],
  ])("rejects %j at %j", (input, path, message) => {
    const errors = issues(ZQuestionInput, input);
    expect(Object.keys(errors)).toEqual([path]);
    if (message) expect(errors[path]).toEqual([message]);
  });

  it.each([
    { kind: "TOPICS", label: "Topics", options: [] },
    { kind: "LANGUAGES", label: "Languages", options: ["English", "Deutsch"], maxChoices: 8 },
    { kind: "LONG_TEXT", label: "Story", minLength: 0, maxLength: 4000 },
    { kind: "SHORT_TEXT", label: "Why", minLength: 200 },
    { kind: "AVAILABILITY", label: "When", required: true },
  ])("accepts %j", (input) => {
    expect(ZQuestionInput.safeParse(input).success).toBe(true);
  });
});

describe("answers: text", () => {
  const short = question("SHORT_TEXT", { minLength: 3, maxLength: 10 });

  it("trims and turns CRLF into LF", () => {
    expect(answer(question("LONG_TEXT"), "  line one\r\nline two\r\n ")).toBe("line one\nline two");
  });

  it("checks the length after trimming, with the real numbers in the message", () => {
    expect(answer(short, "  abc  ")).toBe("abc");
    expect(answerError(short, " ab ")).toEqual({ q1: ["Write at least 3 characters."] });
    expect(answerError(short, "x".repeat(11))).toEqual({ q1: ["Keep it under 10 characters."] });
    expect(answerError(question("SHORT_TEXT"), "x".repeat(201))).toEqual({ q1: ["Keep it under 200 characters."] });
    expect(answer(question("LONG_TEXT"), "x".repeat(4000))).toHaveLength(4000);
  });

  it.each(cases(42, true, { text: "hi" }, ["hi"], [["hi"]]))("rejects %j as not text", (value) => {
    expect(answerError(question("SHORT_TEXT"), value)).toEqual({ q1: ["Write your answer as text."] });
  });
});

describe("answers: required and optional", () => {
  const blanks = [undefined, null, "", "  \n ", [], [" ", ""]];

  it.each(cases(...blanks))("a required question refuses %j", (value) => {
    const q = question("MULTIPLE_CHOICE", { required: true, options: ["A", "B"] });
    expect(answerError(q, value)).toEqual({ q1: ["This question needs an answer."] });
  });

  it.each(cases(...blanks))("an optional question omits %j", (value) => {
    const parsed = buildAnswersSchema([question("TOPICS")], { topics: [] }).parse({ q1: value });
    expect(parsed).toStrictEqual({});
  });

  it("a missing key counts as no answer", () => {
    const schema = buildAnswersSchema([question("SHORT_TEXT", { required: true })], { topics: [] });
    expect(issues(schema, {})).toEqual({ q1: ["This question needs an answer."] });
  });

  it("drops unknown keys and never reads inherited properties", () => {
    const qs = [question("SHORT_TEXT", { id: "toString" }), question("SHORT_TEXT", { id: "b" })];
    expect(buildAnswersSchema(qs, { topics: [] }).parse({ b: "yes", extra: "dropped" })).toStrictEqual({ b: "yes" });
  });

  it.each(cases(null, [], "answers", 42))("reports %j as one form-level issue", (value) => {
    expect(issues(buildAnswersSchema([question("SHORT_TEXT")], { topics: [] }), value)).toEqual({
      "": ["The answers could not be read. Please try again."],
    });
  });
});

describe("answers: choices", () => {
  const single = question("SINGLE_CHOICE", { options: ["Yes", "No"] });
  const multiple = question("MULTIPLE_CHOICE", { options: ["A", "B", "C", "D"], maxChoices: 3 });

  it("single choice takes an option, trimmed, and nothing else", () => {
    expect(answer(single, " Yes ")).toBe("Yes");
    for (const value of ["yes", "Maybe", 1, ["Yes"], { Yes: true }])
      expect(answerError(single, value)).toEqual({ q1: ["Choose one of the options."] });
  });

  it("multiple choice dedupes, accepts a lone string, and limits the count", () => {
    expect(answer(multiple, ["B", "A", "B"])).toEqual(["B", "A"]);
    expect(answer(multiple, "C")).toEqual(["C"]);
    expect(answerError(multiple, ["A", "B", "C", "D"])).toEqual({ q1: ["Choose at most 3."] });
    expect(answerError(multiple, ["A", "E"])).toEqual({ q1: ["Choose from the options."] });
    expect(answerError(multiple, [["A"]])).toEqual({ q1: ["Choose from the options."] });
    expect(answer(question("MULTIPLE_CHOICE", { options: ["A", "B"] }), ["A", "B"])).toEqual(["A", "B"]);
  });
});

describe("answers: topics and languages", () => {
  const topics = question("TOPICS", { maxChoices: 3 });
  const languages = question("LANGUAGES", { options: ["English", "Français"] });

  it("normalizes whitespace, dedupes case-insensitively and takes the program's spelling", () => {
    expect(answer(topics, ["  machine   learning ", "UX", "Machine Learning", "ux"], ["UX Design", "ux"])).toEqual([
      "machine learning",
      "ux",
    ]);
    expect(answer(topics, "  Career\tgrowth ")).toEqual(["Career growth"]);
  });

  it("limits the count and the length of each tag", () => {
    expect(answerError(topics, ["a", "b", "c", "d"])).toEqual({ q1: ["Choose at most 3 topics."] });
    expect(answerError(topics, ["x".repeat(41)])).toEqual({ q1: ["Keep each topic under 40 characters."] });
    expect(
      answerError(
        question("TOPICS"),
        Array.from({ length: 11 }, (_, i) => `t${i}`),
      ),
    ).toEqual({
      q1: ["Choose at most 10 topics."],
    });
    expect(answerError(topics, [7])).toEqual({ q1: ["Write each topic as text."] });
  });

  it("takes free languages, uses the suggestion's spelling and needs two characters", () => {
    expect(answer(languages, ["english", "Yoruba", "FRANÇAIS"])).toEqual(["English", "Yoruba", "Français"]);
    expect(answerError(languages, ["E"])).toEqual({ q1: ["Write each language with at least 2 characters."] });
    expect(
      answerError(
        languages,
        Array.from({ length: 9 }, (_, i) => `l${i}`),
      ),
    ).toEqual({
      q1: ["Choose at most 8 languages."],
    });
  });
});

describe("answers: availability", () => {
  const q = question("AVAILABILITY");

  it("keeps a valid time zone and cadence, trimmed, dropping other keys", () => {
    expect(answer(q, { timeZone: " Europe/Paris ", cadence: "MONTHLY", extra: 1 })).toStrictEqual({
      timeZone: "Europe/Paris",
      cadence: "MONTHLY",
    });
  });

  it("treats an empty pair as no answer, but a half-filled one is checked", () => {
    expect(answer(q, { timeZone: "", cadence: " " })).toBeUndefined();
    expect(answer(q, {})).toBeUndefined();
    expect(answerError(q, { timeZone: "", cadence: "WEEKLY" })).toEqual({ q1: ["Choose a time zone from the list."] });
    expect(answerError(q, { timeZone: "UTC", cadence: "" })).toEqual({ q1: ["Choose how often you'd like to meet."] });
    expect(answerError({ ...q, required: true }, { timeZone: "", cadence: "" })).toEqual({
      q1: ["This question needs an answer."],
    });
  });

  it.each(["Mars/Olympus", "+01:00", "x".repeat(65), "UTC; DROP"])("refuses the time zone %j", (timeZone) => {
    expect(answerError(q, { timeZone, cadence: "WEEKLY" })).toEqual({ q1: ["Choose a time zone from the list."] });
  });

  it.each(cases(42, "UTC", ["UTC"], [{ timeZone: "UTC", cadence: "WEEKLY" }]))(
    "refuses %j as the wrong shape",
    (value) => {
      expect(Object.keys(answerError(q, value))).toEqual(["q1"]);
    },
  );

  it.each([
    ["UTC", "UTC"],
    ["Europe/London", "Europe/London"],
    ["America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"],
    ["Etc/GMT+5", "Etc/GMT+5"],
    [" europe/paris ", "Europe/Paris"],
    ["Etc/UTC", "UTC"],
  ])("stores the time zone %j as %j, as a profile does", (timeZone, stored) => {
    expect(answer(q, { timeZone, cadence: "WEEKLY" })).toStrictEqual({ timeZone: stored, cadence: "WEEKLY" });
  });
});

describe("deriveApplicationFields", () => {
  it("unions topics and languages case-insensitively and takes the first availability", () => {
    const qs = [
      question("TOPICS", { id: "t1" }),
      question("AVAILABILITY", { id: "a1" }),
      question("LANGUAGES", { id: "l1" }),
      question("TOPICS", { id: "t2" }),
      question("AVAILABILITY", { id: "a2" }),
    ];
    const answers: Answers = {
      t1: ["Design", "Careers"],
      t2: ["careers", "Rust"],
      l1: ["English"],
      a2: { timeZone: "UTC", cadence: "FLEXIBLE" },
    };
    expect(deriveApplicationFields(qs, answers)).toEqual({
      topics: ["Design", "Careers", "Rust"],
      languages: ["English"],
      timeZone: "UTC",
      cadence: "FLEXIBLE",
    });
    expect(deriveApplicationFields(qs, {})).toEqual({ topics: [], languages: [], timeZone: null, cadence: null });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties. A generated program is a list of question inputs an admin could submit; answers are generated from
// the parsed questions, together with the answer the schema should produce (an oracle written out here).

const OMIT = Symbol("omit");
type Sample = { input: unknown; expected: Answer | undefined };

const ZONES = ["UTC", "Europe/London", "America/New_York", "Asia/Kolkata", "Australia/Sydney", "Africa/Lagos"];
const pad = fc.constantFrom("", " ", "  \t", "\n", " \r\n ");
const optionText = fc
  .string({ minLength: 1, maxLength: 30 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const optionList = (minLength: number) =>
  fc.uniqueArray(optionText, { minLength, maxLength: L.maxOptions, selector: (s) => s.toLowerCase() });
const word = fc.stringMatching(/^[A-Za-z0-9#+.]{1,8}$/);
const freeTag = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(" "));
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const base = { label: optionText, help: fc.string({ maxLength: 100 }), required: fc.boolean() };

const questionInput: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc
    .record({
      ...base,
      kind: fc.constantFrom("SHORT_TEXT" as const, "LONG_TEXT" as const),
      maxLength: nullable(fc.integer({ min: 1, max: L.longText })),
      minLength: nullable(fc.nat({ max: L.longText })),
    })
    .map((q) => {
      const ceiling = q.kind === "SHORT_TEXT" ? L.shortText : L.longText;
      const maxLength = q.maxLength === null ? null : Math.min(q.maxLength, ceiling);
      const minLength = q.minLength === null ? null : q.minLength % ((maxLength ?? ceiling) + 1);
      return { ...q, maxLength, minLength };
    }),
  fc.record({ ...base, kind: fc.constant("SINGLE_CHOICE"), options: optionList(L.minOptions) }),
  fc
    .record({ ...base, kind: fc.constant("MULTIPLE_CHOICE"), options: optionList(L.minOptions), cap: fc.nat() })
    .map(({ cap, ...q }) => ({ ...q, maxChoices: cap % 3 === 0 ? null : 1 + (cap % q.options.length) })),
  fc.record({
    ...base,
    kind: fc.constant("TOPICS"),
    options: optionList(0),
    maxChoices: nullable(fc.integer({ min: 1, max: L.maxTopics })),
  }),
  fc.record({
    ...base,
    kind: fc.constant("LANGUAGES"),
    options: optionList(0),
    maxChoices: nullable(fc.integer({ min: 1, max: L.maxLanguages })),
  }),
  fc.record({ ...base, kind: fc.constant("AVAILABILITY") }),
);

const questionId = fc.oneof(
  fc.stringMatching(/^q[a-z0-9]{0,6}$/),
  fc.constantFrom("__proto__", "constructor", "toString"),
);

type Program = { questions: QuestionConfig[]; topics: string[] };

/** Questions parsed by ZQuestionInput (the property asserts they parse) and stored with an id. */
const program: fc.Arbitrary<Program> = fc
  .record({
    entries: fc.uniqueArray(fc.record({ id: questionId, input: questionInput }), {
      minLength: 1,
      maxLength: 6,
      selector: (e) => e.id,
    }),
    topics: fc.uniqueArray(freeTag, { maxLength: 5, selector: (t) => t.toLowerCase() }),
  })
  .map(({ entries, topics }) => ({
    topics,
    questions: entries.map(({ id, input }) => {
      const parsed = ZQuestionInput.safeParse(input);
      if (!parsed.success) throw new Error(`generated question rejected: ${JSON.stringify(parsed.error.issues)}`);
      const { help: _help, ...stored } = parsed.data;
      return { id, ...stored };
    }),
  }));

const normalizeTag = (tag: string) => tag.trim().replace(/\s+/g, " ");

/** Text of exactly `length` characters that starts and ends with a letter; may hold newlines and spaces. */
const textOfLength = (length: number) =>
  fc.string({ unit: fc.constantFrom("a", "é", "Z", "-", " ", "\n"), minLength: 1, maxLength: 20 }).map((seed) => {
    const body = seed.repeat(Math.ceil(length / seed.length)).slice(0, length);
    return length === 1 ? "x" : `x${body.slice(1, -1)}y`;
  });

function validAnswer(q: QuestionConfig, topics: string[]): fc.Arbitrary<Sample> {
  switch (q.kind) {
    case "SHORT_TEXT":
    case "LONG_TEXT": {
      const ceiling = q.kind === "SHORT_TEXT" ? L.shortText : L.longText;
      return fc
        .integer({ min: Math.max(q.minLength ?? 0, 1), max: q.maxLength ?? ceiling })
        .chain(textOfLength)
        .chain((text) =>
          fc.tuple(pad, pad).map(([before, after]) => ({
            input: before + text.replaceAll("\n", "\r\n") + after,
            expected: text,
          })),
        );
    }
    case "SINGLE_CHOICE":
      return fc
        .tuple(fc.constantFrom(...q.options), pad)
        .map(([option, space]) => ({ input: space + option + space, expected: option }));
    case "MULTIPLE_CHOICE":
      return fc
        .shuffledSubarray(q.options, { minLength: 1, maxLength: q.maxChoices ?? q.options.length })
        .chain((chosen) =>
          fc.tuple(fc.subarray(chosen), fc.boolean()).map(([again, lone]) => ({
            input: lone && chosen.length === 1 ? chosen[0] : [...chosen, ...again, " "],
            expected: chosen,
          })),
        );
    case "TOPICS":
    case "LANGUAGES": {
      const known = q.kind === "TOPICS" ? [...topics, ...q.options] : q.options;
      const min = q.kind === "TOPICS" ? 1 : 2;
      const most = q.maxChoices ?? (q.kind === "TOPICS" ? L.maxTopics : L.maxLanguages);
      const source = known.length ? fc.oneof(freeTag, fc.constantFrom(...known)) : freeTag;
      const tag = source.map(normalizeTag).filter((t) => t.length >= min && t.length <= L.tagMax);
      return fc.uniqueArray(tag, { minLength: 1, maxLength: most, selector: (t) => t.toLowerCase() }).chain((tags) =>
        fc.tuple(pad, fc.boolean()).map(([space, shout]) => {
          const canonical = (t: string) => known.find((k) => normalizeTag(k).toLowerCase() === t.toLowerCase());
          // A known tag may arrive in any casing; a free one keeps the applicant's.
          const typed = tags.map((t) => (shout && canonical(t) ? t.toUpperCase() : t));
          return {
            input: [...typed.map((t) => space + t.replaceAll(" ", "  ") + space), ...typed.map((t) => t.toLowerCase())],
            expected: tags.map((t) => canonical(t) ?? t),
          };
        }),
      );
    }
    case "AVAILABILITY":
      return fc
        .record({ timeZone: fc.constantFrom(...ZONES), cadence: fc.constantFrom(...CADENCES), space: pad })
        .map(({ timeZone, cadence, space }) => ({
          input: { timeZone: space + timeZone + space, cadence, note: "ignored" },
          expected: { timeZone, cadence },
        }));
  }
}

function sampleFor(q: QuestionConfig, topics: string[]): fc.Arbitrary<Sample> {
  if (q.required) return validAnswer(q, topics);
  const blanks: unknown[] = [OMIT, undefined, null, "", "   ", []];
  if (q.kind === "AVAILABILITY") blanks.push({ timeZone: "", cadence: null });
  return fc.oneof(
    validAnswer(q, topics),
    fc.constantFrom(...blanks).map((input) => ({ input, expected: undefined })),
  );
}

function answersInput(questions: QuestionConfig[], inputs: unknown[]) {
  const entries: [string, unknown][] = questions.map((q, i) => [q.id, inputs[i]]);
  return Object.fromEntries([...entries.filter(([, input]) => input !== OMIT), ["not-a-question", "dropped"]]);
}

const programWithAnswers = program.chain((p) =>
  fc.tuple(...p.questions.map((q) => sampleFor(q, p.topics))).map((samples) => ({ ...p, samples })),
);

/** Values that are wrong for this question, whatever its configuration. */
function invalidAnswer(q: QuestionConfig): fc.Arbitrary<unknown> {
  const bad: fc.Arbitrary<unknown>[] = [fc.constantFrom(42, true, [["nested"]], [{}])];
  if (q.kind !== "AVAILABILITY") bad.push(fc.constant({ text: "an object" }));
  if (q.required) bad.push(fc.constantFrom(OMIT, null, "", " \n ", []));
  const other = (values: readonly string[]) => optionText.filter((s) => !values.includes(s));
  switch (q.kind) {
    case "SHORT_TEXT":
    case "LONG_TEXT": {
      const max = q.maxLength ?? (q.kind === "SHORT_TEXT" ? L.shortText : L.longText);
      bad.push(fc.integer({ min: max + 1, max: max + 20 }).map((n) => "x".repeat(n)));
      if ((q.minLength ?? 0) >= 2) bad.push(fc.integer({ min: 1, max: q.minLength! - 1 }).map((n) => "x".repeat(n)));
      break;
    }
    case "SINGLE_CHOICE":
      bad.push(other(q.options), fc.constant(q.options));
      break;
    case "MULTIPLE_CHOICE":
      bad.push(other(q.options).map((o) => [q.options[0], o]));
      if (q.maxChoices !== null && q.maxChoices < q.options.length)
        bad.push(fc.constant(q.options.slice(0, q.maxChoices + 1)));
      break;
    case "TOPICS":
    case "LANGUAGES": {
      const most = q.maxChoices ?? (q.kind === "TOPICS" ? L.maxTopics : L.maxLanguages);
      bad.push(
        fc.constant(Array.from({ length: most + 1 }, (_, i) => `tag ${i}`)),
        fc.integer({ min: L.tagMax + 1, max: 80 }).map((n) => ["ok", "x".repeat(n)]),
      );
      if (q.kind === "LANGUAGES") bad.push(fc.constant(["English", "x"]));
      break;
    }
    case "AVAILABILITY":
      bad.push(
        fc
          .constantFrom("Mars/Olympus", "+01:00", "", "x".repeat(65), 42)
          .map((timeZone) => ({ timeZone, cadence: "WEEKLY" })),
        fc.constantFrom("DAILY", "weekly", "", 7).map((cadence) => ({ timeZone: "UTC", cadence })),
        fc.constant("Europe/London"),
      );
  }
  return fc.oneof(...bad);
}

describe("properties", () => {
  it("(a) valid answers to generated questions are accepted and normalized", () => {
    fc.assert(
      fc.property(programWithAnswers, ({ questions, topics, samples }) => {
        const input = answersInput(
          questions,
          samples.map((s) => s.input),
        );
        const result = buildAnswersSchema(questions, { topics }).safeParse(input);
        expect(result.error?.issues ?? []).toEqual([]);
        const expected = Object.fromEntries(
          questions.flatMap((q, i) => (samples[i]?.expected === undefined ? [] : [[q.id, samples[i].expected]])),
        );
        // toStrictEqual compares `.constructor`, which is a question id here; keys plus toEqual says the same.
        expect(Object.keys(result.data ?? {}).sort()).toEqual(Object.keys(expected).sort());
        expect(result.data).toEqual(expected);

        // The derived columns are the deduplicated union of the answers, in question order.
        const union = (kind: QuestionKind) => {
          const seen = new Map<string, string>();
          for (const q of questions)
            if (q.kind === kind)
              for (const t of (own(expected, q.id) as string[] | undefined) ?? [])
                if (!seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
          return [...seen.values()];
        };
        const firstAvailability = questions.find((q) => q.kind === "AVAILABILITY" && own(expected, q.id));
        const availability = firstAvailability
          ? (own(expected, firstAvailability.id) as { timeZone: string; cadence: string })
          : null;
        expect(deriveApplicationFields(questions, result.data!)).toEqual({
          topics: union("TOPICS"),
          languages: union("LANGUAGES"),
          timeZone: availability?.timeZone ?? null,
          cadence: availability?.cadence ?? null,
        });
      }),
      RUNS,
    );
  });

  it("(b) one corrupted answer is rejected with issues only at that question", () => {
    const corrupted = programWithAnswers.chain((p) =>
      fc
        .nat({ max: p.questions.length - 1 })
        .chain((index) => invalidAnswer(p.questions[index]!).map((value) => ({ ...p, index, value }))),
    );
    fc.assert(
      fc.property(corrupted, ({ questions, topics, samples, index, value }) => {
        const inputs = samples.map((s, i) => (i === index ? value : s.input));
        const result = buildAnswersSchema(questions, { topics }).safeParse(answersInput(questions, inputs));
        expect(result.success).toBe(false);
        expect(result.error!.issues.map((issue) => issue.path)).toEqual([[questions[index]!.id]]);
        expect(englishMessage(issueMessage(result.error!.issues[0]!))).toMatch(/^[A-Z].*\.$/);
      }),
      RUNS,
    );
  });

  it("(b) never throws on arbitrary input, and issues only name questions", () => {
    fc.assert(
      fc.property(
        program,
        fc.anything(),
        fc.array(fc.anything(), { maxLength: 6 }),
        ({ questions, topics }, junk, values) => {
          const schema = buildAnswersSchema(questions, { topics });
          expect(() => schema.safeParse(junk)).not.toThrow();
          const result = schema.safeParse(
            answersInput(
              questions,
              questions.map((_, i) => values[i]),
            ),
          );
          const ids = questions.map((q) => q.id);
          for (const issue of result.error?.issues ?? []) {
            expect(issue.path).toHaveLength(1);
            expect(ids).toContain(issue.path[0]);
          }
          if (result.success) for (const key of Object.keys(result.data)) expect(ids).toContain(key);
        },
      ),
      RUNS,
    );
  });

  it("(c) ZQuestionInput never throws on junk", () => {
    const shaped = fc.record(
      {
        kind: fc.oneof(fc.constantFrom(...QUESTION_KINDS), fc.anything()),
        label: fc.anything(),
        help: fc.anything(),
        required: fc.anything(),
        options: fc.oneof(fc.array(fc.anything()), fc.anything()),
        minLength: fc.anything(),
        maxLength: fc.anything(),
        maxChoices: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), shaped), (junk) => {
        expect(() => ZQuestionInput.safeParse(junk)).not.toThrow();
      }),
      RUNS,
    );
  });
});
