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

/** The whole catalogue, key for key. */
export function pseudoLocalize<T>(messages: T): T {
  if (typeof messages === "string") return pseudoMessage(messages) as T;
  if (Array.isArray(messages)) return messages;
  if (messages && typeof messages === "object")
    return Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, pseudoLocalize(v)])) as T;
  return messages;
}
