import { describe, expect, it } from "vitest";
import { type z } from "zod";
import {
  MAX_LANGUAGES,
  ZProfileUpdateInput,
  ZSignInInput,
  ZSignUpInput,
  safeCallbackUrl,
} from "@/lib/accounts/schemas";
import { fieldErrorsFromZod, type FieldErrors } from "@/lib/errors";

const VALID_SIGN_UP = { name: "Ada Lovelace", email: "ada@example.com", password: "analytical-engine" };
const VALID_SIGN_IN = { email: "ada@example.com", password: "analytical-engine" };
const VALID_PROFILE = { name: "Ada Lovelace", timeZone: "Europe/London" };

/** The field errors a schema reports for `value`; fails the test if it parses. */
function fieldErrors(schema: z.ZodType, value: unknown): FieldErrors {
  const result = schema.safeParse(value);
  if (result.success) throw new Error(`expected ${JSON.stringify(value)} to be rejected`);
  return fieldErrorsFromZod(result.error);
}

describe("ZSignUpInput", () => {
  it("trims the name and trims and lower-cases the email; keeps the password exactly", () => {
    const parsed = ZSignUpInput.parse({
      name: "  Ada Lovelace ",
      email: "  Ada.Lovelace@Example.COM \n",
      password: "  spaces kept  ",
    });
    expect(parsed).toStrictEqual({
      name: "Ada Lovelace",
      email: "ada.lovelace@example.com",
      password: "  spaces kept  ",
      timeZone: "UTC",
    });
  });

  it.each([
    ["America/Chicago", "America/Chicago"],
    ["Etc/UTC", "UTC"],
    ["+01:00", "Etc/GMT-1"],
    ["Mars/Olympus", "UTC"],
    ["", "UTC"],
  ])("starts the account in the browser's zone %j as %j (never an error)", (timeZone, stored) => {
    const parsed = ZSignUpInput.safeParse({ ...VALID_SIGN_UP, timeZone });
    expect(parsed.success && parsed.data.timeZone).toBe(stored);
  });

  it.each([
    "",
    "   ",
    "not-an-email",
    "ada@",
    "@example.com",
    "ada@example",
    "ada lovelace@example.com",
    "ada@@example.com",
    "ada@example..com",
    `${"a".repeat(250)}@x.io`,
  ])("rejects the email %j with an error on email only", (email) => {
    const errors = fieldErrors(ZSignUpInput, { ...VALID_SIGN_UP, email });
    expect(Object.keys(errors)).toEqual(["email"]);
  });

  it.each([
    { label: "a malformed address", email: "nope", message: "Enter a valid email address, like name@example.com." },
    { label: "an over-long address", email: `${"a".repeat(250)}@x.io`, message: "That email address is too long." },
    { label: "a number", email: 42, message: "Enter your email address." },
    { label: "a missing email", email: undefined, message: "Enter your email address." },
  ])("explains $label", ({ email, message }) => {
    expect(fieldErrors(ZSignUpInput, { ...VALID_SIGN_UP, email })).toEqual({ email: [message] });
  });

  it.each([
    { length: 0, ok: false, message: "Use at least 10 characters." },
    { length: 9, ok: false, message: "Use at least 10 characters." },
    { length: 10, ok: true },
    { length: 200, ok: true },
    { length: 201, ok: false, message: "Use at most 200 characters." },
  ])("a password of $length characters → accepted: $ok", ({ length, ok, message }) => {
    const input = { ...VALID_SIGN_UP, password: "p".repeat(length) };
    if (ok) expect(ZSignUpInput.parse(input).password).toHaveLength(length);
    else expect(fieldErrors(ZSignUpInput, input)).toEqual({ password: [message] });
  });

  it.each([
    { label: "blank", name: "   ", ok: false },
    { label: "missing", name: undefined, ok: false },
    { label: "81 characters", name: "n".repeat(81), ok: false },
    { label: "80 characters", name: "n".repeat(80), ok: true },
    { label: "80 characters plus surrounding spaces", name: ` ${"n".repeat(80)} `, ok: true },
    { label: "one character", name: "X", ok: true },
  ])("a name that is $label → accepted: $ok", ({ name, ok }) => {
    const result = ZSignUpInput.safeParse({ ...VALID_SIGN_UP, name });
    expect(result.success).toBe(ok);
    if (!result.success) expect(Object.keys(fieldErrorsFromZod(result.error))).toEqual(["name"]);
  });

  it.each([
    { role: "ADMIN" },
    { isAdmin: true },
    { id: "user_1" },
    { emailVerified: "2025-01-01T00:00:00Z" },
    { passwordHash: "$argon2id$..." },
    { sessionVersion: 0 },
  ])("rejects the extra field %o (no mass assignment)", (extra) => {
    const result = ZSignUpInput.safeParse({ ...VALID_SIGN_UP, ...extra });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toEqual([
      expect.objectContaining({ code: "unrecognized_keys", keys: Object.keys(extra) }),
    ]);
    expect(Object.keys(fieldErrorsFromZod(result.error))).toEqual(["_form"]);
  });

  it("rejects non-objects", () => {
    for (const value of [null, undefined, "ada@example.com", 42, []])
      expect(ZSignUpInput.safeParse(value).success).toBe(false);
  });
});

describe("ZSignInInput", () => {
  it("normalizes the email and keeps an optional callbackUrl", () => {
    expect(ZSignInInput.parse({ email: " ADA@Example.com", password: "x", callbackUrl: "/groups" })).toStrictEqual({
      email: "ada@example.com",
      password: "x",
      callbackUrl: "/groups",
    });
    expect(ZSignInInput.parse(VALID_SIGN_IN)).toStrictEqual(VALID_SIGN_IN);
  });

  it.each([
    { length: 0, ok: false },
    { length: 1, ok: true },
    { length: 200, ok: true },
    { length: 201, ok: false },
  ])("a password of $length characters → accepted: $ok", ({ length, ok }) => {
    const result = ZSignInInput.safeParse({ ...VALID_SIGN_IN, password: "p".repeat(length) });
    expect(result.success).toBe(ok);
    if (!result.success) expect(Object.keys(fieldErrorsFromZod(result.error))).toEqual(["password"]);
  });

  it.each([{ isAdmin: true }, { role: "OWNER" }, { remember: "on" }])("rejects the extra field %o", (extra) => {
    expect(fieldErrors(ZSignInInput, { ...VALID_SIGN_IN, ...extra })).toEqual({ _form: [expect.any(String)] });
  });

  it("rejects a malformed email with an error on email", () => {
    expect(Object.keys(fieldErrors(ZSignInInput, { ...VALID_SIGN_IN, email: "ada" }))).toEqual(["email"]);
  });
});

describe("ZProfileUpdateInput", () => {
  it("fills defaults: empty bio and no languages", () => {
    expect(ZProfileUpdateInput.parse(VALID_PROFILE)).toStrictEqual({
      name: "Ada Lovelace",
      bio: "",
      timeZone: "Europe/London",
      languages: [],
    });
  });

  it.each<{ label: string; languages: unknown; expected: string[] }>([
    { label: "a comma-separated string", languages: "English, Spanish", expected: ["English", "Spanish"] },
    {
      label: "a string with blanks and repeats",
      languages: " English ,, english ,  ,ENGLISH,French ",
      expected: ["English", "French"],
    },
    { label: "a single language", languages: "Yoruba", expected: ["Yoruba"] },
    { label: "an empty string", languages: "", expected: [] },
    { label: "only commas and spaces", languages: " , ,, ", expected: [] },
    { label: "an array", languages: ["English", "Spanish"], expected: ["English", "Spanish"] },
    {
      label: "an array with untrimmed and repeated entries",
      languages: ["  German", "german ", "", "Italian", "GERMAN"],
      expected: ["German", "Italian"],
    },
    { label: "an empty array", languages: [], expected: [] },
    {
      label: "names with internal spaces",
      languages: "Brazilian Portuguese, Sign Language",
      expected: ["Brazilian Portuguese", "Sign Language"],
    },
  ])("languages as $label", ({ languages, expected }) => {
    expect(ZProfileUpdateInput.parse({ ...VALID_PROFILE, languages }).languages).toEqual(expected);
  });

  const distinct = (n: number) => Array.from({ length: n }, (_, i) => `Language ${String.fromCharCode(65 + i)}`);

  it("MAX_LANGUAGES is 10", () => {
    expect(MAX_LANGUAGES).toBe(10);
  });

  it.each([
    { label: "10 distinct languages (array)", languages: distinct(10), ok: true },
    { label: "10 distinct languages (string)", languages: distinct(10).join(","), ok: true },
    { label: "11 distinct languages (array)", languages: distinct(11), ok: false },
    { label: "11 distinct languages (string)", languages: distinct(11).join(", "), ok: false },
    { label: "12 entries that dedupe to 10", languages: [...distinct(10), "language a", "LANGUAGE B"], ok: true },
  ])("$label → accepted: $ok", ({ languages, ok }) => {
    const result = ZProfileUpdateInput.safeParse({ ...VALID_PROFILE, languages });
    expect(result.success).toBe(ok);
    if (ok && result.success) expect(result.data.languages).toEqual(distinct(10));
    if (!result.success)
      expect(fieldErrorsFromZod(result.error)).toEqual({ languages: ["List at most 10 languages."] });
  });

  it("rejects a language name of 41 characters and accepts 40", () => {
    expect(fieldErrors(ZProfileUpdateInput, { ...VALID_PROFILE, languages: ["English", "x".repeat(41)] })).toEqual({
      "languages.1": ["Each language must be under 40 characters."],
    });
    expect(ZProfileUpdateInput.parse({ ...VALID_PROFILE, languages: ["x".repeat(40)] }).languages).toEqual([
      "x".repeat(40),
    ]);
  });

  it.each([[[1, 2]], [{ en: true }], [42], [null]])("rejects languages of the wrong type: %j", (languages) => {
    expect(Object.keys(fieldErrors(ZProfileUpdateInput, { ...VALID_PROFILE, languages }))).toEqual(["languages"]);
  });

  it.each([
    ["UTC", "UTC"],
    ["Europe/Paris", "Europe/Paris"],
    ["America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"],
    ["  Asia/Tokyo  ", "Asia/Tokyo"],
  ])("accepts the time zone %j as %j", (timeZone, expected) => {
    expect(ZProfileUpdateInput.parse({ ...VALID_PROFILE, timeZone }).timeZone).toBe(expected);
  });

  it.each(["Mars/Olympus_Mons", "Europe/Atlantis", "not a zone", "", "   ", "GMT+25", "+01:00", "EST", 42])(
    "rejects the time zone %j",
    (timeZone) => {
      expect(fieldErrors(ZProfileUpdateInput, { ...VALID_PROFILE, timeZone })).toEqual({
        timeZone: ["Choose a time zone from the list."],
      });
    },
  );

  it("requires a time zone", () => {
    expect(Object.keys(fieldErrors(ZProfileUpdateInput, { name: "Ada" }))).toEqual(["timeZone"]);
  });

  it.each([
    { label: "500 characters", bio: "b".repeat(500), ok: true },
    { label: "500 characters plus surrounding whitespace", bio: `  ${"b".repeat(500)}\n`, ok: true },
    { label: "501 characters", bio: "b".repeat(501), ok: false },
  ])("a bio of $label → accepted: $ok", ({ bio, ok }) => {
    const result = ZProfileUpdateInput.safeParse({ ...VALID_PROFILE, bio });
    expect(result.success).toBe(ok);
    if (result.success) expect(result.data.bio).toBe("b".repeat(500));
    else expect(fieldErrorsFromZod(result.error)).toEqual({ bio: ["Keep your bio under 500 characters."] });
  });

  it.each([
    { email: "new@example.com" },
    { role: "ADMIN" },
    { isAdmin: true },
    { passwordHash: "x" },
    { id: "user_2" },
  ])("rejects the extra field %o (no mass assignment)", (extra) => {
    expect(fieldErrors(ZProfileUpdateInput, { ...VALID_PROFILE, ...extra })).toEqual({ _form: [expect.any(String)] });
  });
});

describe("safeCallbackUrl", () => {
  it.each([
    ["/", "/"],
    ["/groups", "/groups"],
    ["/groups/rust-learners?tab=posts#top", "/groups/rust-learners?tab=posts#top"],
    ["/settings/profile", "/settings/profile"],
    ["/a//b", "/a//b"],
    ["/%2F%2Fevil.com", "/%2F%2Fevil.com"],
    ["/?next=https://evil.com", "/?next=https://evil.com"],
  ])("keeps the same-site path %j", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });

  it.each([
    null,
    undefined,
    "",
    "groups",
    "./groups",
    "../groups",
    " /groups",
    "//evil.com",
    "//evil.com/groups",
    "///evil.com",
    "/\\evil.com",
    "/\\/evil.com",
    "\\\\evil.com",
    "\\/evil.com",
    "https://evil.com",
    "http://localhost:3000/groups",
    "HTTPS://evil.com",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.com",
  ])("replaces the unsafe %j with /", (input) => {
    expect(safeCallbackUrl(input)).toBe("/");
  });

  // Regression: URL parsing strips tabs and newlines, so "/	/evil.com" would resolve to //evil.com (an open redirect).
  const TAB_NEWLINE_BYPASSES = ["/\t/evil.com", "/\n/evil.com", "/\r/evil.com", "/\t\\evil.com"];

  it.each(TAB_NEWLINE_BYPASSES)("(premise) the URL parser resolves %j to another site", (input) => {
    expect(new URL(input, "https://kinship.example").host).toBe("evil.com");
  });

  it.each(TAB_NEWLINE_BYPASSES)("replaces the unsafe %j with /", (input) => {
    expect(safeCallbackUrl(input)).toBe("/");
  });
});
