import { describe, expect, it } from "vitest";
import fs from "node:fs";
import { chooseLocale, directionOf, isLocale, LOCALES, negotiate } from "@/lib/i18n/locales";

describe("negotiate (Accept-Language against the supported list)", () => {
  it.each([
    [null, null],
    ["", null],
    ["fr-FR,fr;q=0.9", null],
    ["es", "es"],
    ["es-MX,es;q=0.9,en;q=0.8", "es"],
    ["ar-EG", "ar"],
    ["fr;q=1, ar;q=0.5, es;q=0.7", "es"],
    ["de, en-GB;q=0.6", "en"],
    ["en;q=0, es;q=0.1", "es"],
    ["*", null],
    ["en-XA", "en"],
    ["ES-mx", "es"],
  ])("%j → %j", (header, expected) => {
    expect(negotiate(header)).toBe(expected);
  });
});

describe("chooseLocale: the member's setting, else the cookie, else the browser, else English", () => {
  it.each([
    [{ member: "ar", cookie: "es", acceptLanguage: "en" }, "ar"],
    [{ member: null, cookie: "es", acceptLanguage: "ar" }, "es"],
    [{ member: "klingon", cookie: "es", acceptLanguage: "ar" }, "es"],
    [{ member: null, cookie: null, acceptLanguage: "ar-SA,en;q=0.5" }, "ar"],
    [{ member: null, cookie: "xx", acceptLanguage: "es" }, "es"],
    [{ member: null, cookie: null, acceptLanguage: "fr" }, "en"],
    [{}, "en"],
  ])("%j → %s", (sources, expected) => {
    expect(chooseLocale(sources, false)).toBe(expected);
  });

  it("offers the pseudo-locale in development only", () => {
    expect(chooseLocale({ cookie: "en-XA" }, true)).toBe("en-XA");
    expect(chooseLocale({ cookie: "en-XA" }, false)).toBe("en");
    expect(isLocale("en-XA", false)).toBe(false);
  });

  it("writes Arabic right to left, the others left to right", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("es")).toBe("ltr");
    expect(directionOf("en-XA")).toBe("ltr");
  });
});

describe("the list of languages, in plain JavaScript for scripts/serve.mjs (decision 025)", () => {
  it("is typed with the same languages, names and directions as it holds", () => {
    const types = fs.readFileSync("lib/i18n/locale-choice.d.mts", "utf8");
    const declared = [...types.matchAll(/readonly (\w+): \{ readonly name: "([^"]+)"; readonly dir: "(\w+)" \}/g)].map(
      ([, code, name, dir]) => [code, { name, dir }],
    );
    expect(Object.fromEntries(declared)).toEqual(LOCALES);
  });
});
