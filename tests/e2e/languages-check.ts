import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { expect } from "./fixtures";

/**
 * Checks shared by the browser tests of translated pages (issue 21): no English left, no sideways scrolling.
 *
 * ENGLISH is every run of two or more English words in the English catalogue (the text around `{arguments}` and
 * `<tags>`): none may be left in a translated part of the page. A string that was never moved into the catalogue
 * is not in this list, so tests also assert the translated words they expect to see.
 */
export const ENGLISH: string[] = (() => {
  const tree = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../messages/en.json"), "utf8"));
  const out = new Set<string>();
  const walk = (node: unknown, key = "") => {
    // Template texts become a program's own steps and questions once created: group content, not the app's words.
    if (key === "templates") return;
    if (typeof node === "string")
      for (const part of node.split(/\{[^{}]*\}|<\/?\w+>|[{}#]/))
        if (/\p{L}+\s+\p{L}+/u.test(part.trim())) out.add(part.trim());
    if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, key === "" ? k : key);
  };
  walk(tree);
  return [...out];
})();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const asWords = (phrase: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, "u");

/** No catalogue English (two words or more) in the given parts of a page; user content may be passed as `except`. */
export async function expectNoEnglish(parts: Locator | Locator[], except: string[] = []) {
  for (const part of Array.isArray(parts) ? parts : [parts]) {
    let text = await part.innerText();
    for (const allowed of except) text = text.replaceAll(allowed, "");
    // Whole words only: "a mentor" is English, "a mentores" is Spanish.
    expect(ENGLISH.filter((english) => text.includes(english) && asWords(english).test(text))).toEqual([]);
  }
}

/** At a 390 px phone width the page does not scroll sideways (Arabic strings run longer and mirror). */
export async function expectNoHorizontalOverflow(page: Page) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  if (size) await page.setViewportSize(size);
}

/** The header, the main region and the footer. */
export const shell = (page: Page) => [page.getByRole("banner"), page.getByRole("main"), page.getByRole("contentinfo")];
