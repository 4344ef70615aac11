/**
 * `npx tsx bench/intl-format.ts` (decision 035): what one request pays to write its messages, with the catalogues
 * as ICU source (parsed by intl-messageformat on first use in each request: next-intl keeps its message cache per
 * request and namespace) and precompiled (next-intl's `precompile`, formatted by use-intl's format-only code).
 * One "request" writes every message of a namespace that takes arguments, with a fresh translator as next-intl's
 * server gives each request; prints microseconds a request for a few namespaces the signed-in pages use. CPU only,
 * no server; both runs in the same process.
 */
import { performance } from "node:perf_hooks";
import compile from "icu-minify/compile";
import { _createCache, _createIntlFormatters } from "use-intl/core";
import formatIcu from "use-intl/format-message";
import formatOnly from "use-intl/format-message/format-only";
import en from "../messages/en.json" with { type: "json" };

type Tree = { [key: string]: string | Tree };
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);

/** Every message of a namespace with one value per argument it names (strings; numbers for plurals). */
function samples(tree: Tree, prefix = ""): { key: string; values: object }[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    if (typeof v !== "string") return samples(v, `${prefix}${k}.`);
    const names = [...v.matchAll(/\{(\w+)(,\s*(\w+))?/g)];
    if (names.length === 0 && !v.includes("<")) return [];
    const values: Record<string, string | number | ((chunks: unknown) => unknown)> = {};
    for (const [, tag] of v.matchAll(/<(\w+)>/g)) values[tag!] = (chunks: unknown) => chunks;
    for (const [, name, , type] of names)
      values[name!] =
        type === "plural" || type === "number" ? 3 : type === "date" || type === "time" ? Date.now() : "x";
    return [{ key: `${prefix}${k}`, values }];
  });
}

const compileTree = (tree: Tree): Tree =>
  Object.fromEntries(
    Object.entries(tree).map(([k, v]) => [
      k,
      typeof v === "string" ? (compile(v) as unknown as string) : compileTree(v),
    ]),
  );

type Format = (key: string, message: unknown, values: object, options: object) => unknown;

/** The function next-intl's translator calls for each message (the same one in both builds, but for the alias). */
function run(label: string, namespace: string, messages: Tree, format: Format) {
  // The messages and values come from the source catalogue; the compiled one has the same keys.
  const list = samples((en as unknown as Record<string, Tree>)[namespace]!);
  const messageOf = (key: string) =>
    key.split(".").reduce<unknown>((at, part) => (at as Tree)[part], messages[namespace]);
  const once = () => {
    // As next-intl's server does per request: a new message cache, new Intl formatters.
    const cache = _createCache();
    const options = { cache, formatters: _createIntlFormatters(cache), locale: "en", timeZone: "UTC" };
    for (const { key, values } of list) format(key, messageOf(key), values, options);
  };
  for (let i = 0; i < 30; i++) once();
  const started = performance.now();
  for (let i = 0; i < ROUNDS; i++) once();
  const us = ((performance.now() - started) / ROUNDS) * 1000;
  console.log(`| ${namespace} | ${list.length} | ${label} | ${us.toFixed(0)} |`);
}

const compiled = compileTree(en as unknown as Tree);
console.log("| Namespace | Messages with arguments | Catalogue | µs a request |\n|---|---:|---|---:|");
for (const namespace of ["feed", "chat", "pairings", "progress", "matching", "home"]) {
  if (!(namespace in en)) continue;
  run("ICU source", namespace, en as unknown as Tree, formatIcu as unknown as Format);
  run("precompiled", namespace, compiled, formatOnly as unknown as Format);
}
