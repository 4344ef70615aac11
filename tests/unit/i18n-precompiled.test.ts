import compile from "icu-minify/compile";
import format from "use-intl/format-message/format-only";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json" with { type: "json" };
import { compiledArguments } from "@/lib/i18n/compiled-arguments";
import { pseudoLocalize } from "@/lib/i18n/pseudo";

/*
 * The built app reads its catalogues precompiled (next.config.ts, decision 035); vitest reads the JSON as written.
 * These check the two places that look inside a message against what the build's compiler makes of real messages.
 */
type Tree = { [key: string]: string | Tree };
const compileAll = (tree: Tree): Tree =>
  Object.fromEntries(
    Object.entries(tree).map(([k, v]) => [
      k,
      typeof v === "string" ? (compile(v) as unknown as string) : compileAll(v),
    ]),
  );
const formatOnly = (message: unknown, values: Record<string, unknown> = {}) =>
  (format as unknown as (...a: unknown[]) => string)("k", message, values, {
    locale: "en",
    timeZone: "UTC",
    formatters: {
      getNumberFormat: (l: string, o?: Intl.NumberFormatOptions) => new Intl.NumberFormat(l, o),
      getPluralRules: (l: string, o?: Intl.PluralRulesOptions) => new Intl.PluralRules(l, o),
      getDateTimeFormat: (l: string, o?: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(l, o),
    },
  });

describe("precompiled messages", () => {
  it("names every argument a compiled message needs, in plurals, selects and tags too", () => {
    const message = compile("{name} wrote {count, plural, one {# reply to {post}} other {# replies}} <b>{when}</b>");
    expect([...compiledArguments(message)].sort()).toEqual(["b", "count", "name", "post", "when"]);
    expect([...compiledArguments(compile("Plain text, it's fine"))]).toEqual([]);
    expect([...compiledArguments("{name} in ICU source")]).toEqual([]);
  });

  it("pseudo-localizes a compiled catalogue's text, never its argument names", () => {
    const compiled = compileAll(en as unknown as Tree);
    const pseudo = pseudoLocalize(compiled);
    const plural = (pseudo.groups as Tree).tabs as Tree;
    const out = formatOnly(plural.memberCount, { count: 3 });
    expect(out).toMatch(/^\[.*3.*\]$/);
    expect(out).not.toContain("members");
    expect(out).toMatch(/ḿḗḗḿƀḗḗřş/);
    // The same arguments as the English message.
    expect([...compiledArguments(plural.memberCount)]).toEqual([
      ...compiledArguments(((compiled.groups as Tree).tabs as Tree).memberCount),
    ]);
  });
});
