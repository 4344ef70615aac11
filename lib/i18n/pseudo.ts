import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { printAST } from "@formatjs/icu-messageformat-parser/printer.js";

/**
 * The development pseudo-locale (en-XA): every English message accented and ~40% longer, so untranslated strings
 * (plain English) and layouts that truncate or overflow stand out. Generated from the English catalogue, so it never
 * goes stale; only literal text changes, never the ICU arguments, plurals or tags.
 */
const ACCENTS: Record<string, string> = {
  a: "ȧ",
  b: "ƀ",
  c: "ƈ",
  d: "ḓ",
  e: "ḗ",
  f: "ƒ",
  g: "ɠ",
  h: "ħ",
  i: "ī",
  j: "ĵ",
  k: "ķ",
  l: "ŀ",
  m: "ḿ",
  n: "ƞ",
  o: "ǿ",
  p: "ƥ",
  q: "ɋ",
  r: "ř",
  s: "ş",
  t: "ŧ",
  u: "ŭ",
  v: "ṽ",
  w: "ẇ",
  x: "ẋ",
  y: "ẏ",
  z: "ẑ",
  A: "Ȧ",
  B: "Ɓ",
  C: "Ƈ",
  D: "Ḓ",
  E: "Ḗ",
  F: "Ƒ",
  G: "Ɠ",
  H: "Ħ",
  I: "Ī",
  J: "Ĵ",
  K: "Ķ",
  L: "Ŀ",
  M: "Ḿ",
  N: "Ƞ",
  O: "Ǿ",
  P: "Ƥ",
  Q: "Ɋ",
  R: "Ř",
  S: "Ş",
  T: "Ŧ",
  U: "Ŭ",
  V: "Ṽ",
  W: "Ẇ",
  X: "Ẋ",
  Y: "Ẏ",
  Z: "Ẑ",
};

function accent(text: string): string {
  return [...text].map((ch) => ACCENTS[ch] ?? ch).join("");
}

/** Doubles every vowel: with the brackets, about 40% more letters in ordinary English (the test checks it). */
function lengthen(text: string): string {
  return text.replace(/[aeiouy]/gi, (v) => v + v);
}

function walk(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((el) => {
    if (el.type === TYPE.literal) return { ...el, value: accent(lengthen(el.value)) };
    if (el.type === TYPE.tag) return { ...el, children: walk(el.children) };
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(el.options).map(([key, option]) => [key, { ...option, value: walk(option.value) }]),
      );
      return { ...el, options } as MessageFormatElement;
    }
    return el;
  });
}

export function pseudoMessage(message: string): string {
  return `[${printAST(walk(parse(message)))}]`;
}

/*
 * The built app's catalogues are precompiled (next.config.ts: next-intl's `precompile`, decision 035): a message
 * is then literal text (a string) or a list of parts, where a part is text, 0 (a plural's `#`), [name] (an
 * argument), [name, type, options] (1 select, 2 plural, 3 selectordinal; each option a string, 0 or a list) or
 * [name, type, style] (4 number, 5 date, 6 time), or [tag, ...children]. Only the text changes.
 */
type Compiled = string | number | Compiled[] | { [key: string]: Compiled };

function pseudoPart(part: Compiled): Compiled {
  if (typeof part === "string") return accent(lengthen(part));
  if (!Array.isArray(part)) return part;
  const [name, type, ...rest] = part;
  if (type === undefined) return part;
  if (typeof type !== "number" || type === 0) return [name!, ...[type, ...rest].map(pseudoPart)];
  if (type <= 3) {
    const options = Object.entries(rest[0] as Record<string, Compiled>).map(([key, option]) => [
      key,
      Array.isArray(option) ? option.map(pseudoPart) : pseudoPart(option),
    ]);
    return [name!, type, Object.fromEntries(options) as Compiled];
  }
  return part;
}

function pseudoCompiled(message: string | Compiled[]): string | Compiled[] {
  return typeof message === "string" ? `[${pseudoPart(message)}]` : ["[", ...message.map(pseudoPart), "]"];
}

/** True when a catalogue holds precompiled messages (any message a list of parts). */
function isCompiled(messages: unknown): boolean {
  if (Array.isArray(messages)) return true;
  return !!messages && typeof messages === "object" && Object.values(messages).some(isCompiled);
}

/** The whole catalogue, key for key: ICU source (tests, scripts) or precompiled (the built app). */
export function pseudoLocalize<T>(messages: T, compiled = isCompiled(messages)): T {
  if (typeof messages === "string" || Array.isArray(messages))
    return (compiled ? pseudoCompiled(messages as string | Compiled[]) : pseudoMessage(messages as string)) as T;
  if (messages && typeof messages === "object")
    return Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, pseudoLocalize(v, compiled)])) as T;
  return messages;
}
