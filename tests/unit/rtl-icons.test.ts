/**
 * Icons that point a way (back, forward, send, sign out) must point the other way in a right-to-left page, or an
 * Arabic reader's "back" arrow points forward (issue 21). Every such lucide icon in app/ and components/ carries
 * `rtl:-scale-x-100` (a mirror) on its element. Icons with no direction (check, trash, eye) are left alone.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const DIRECTIONAL = [
  "ArrowLeft",
  "ArrowRight",
  "ChevronLeft",
  "ChevronRight",
  "ChevronsLeft",
  "ChevronsRight",
  "Send",
  "SendHorizontal",
  "Undo2",
  "Redo2",
  "LogIn",
  "LogOut",
  "Reply",
];
const MIRRORED = /rtl:-scale-x-100|rtl:rotate-180/;

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* sources(full);
    else if (name.endsWith(".tsx")) yield full;
  }
}

/** Every `<Icon …>` opening tag of a directional icon, with its file and line, and whether it is mirrored. */
function directionalIcons(): { where: string; mirrored: boolean }[] {
  const found: { where: string; mirrored: boolean }[] = [];
  const tag = new RegExp(`<(${DIRECTIONAL.join("|")})\\b([^>]*?)\\/?>`, "gs");
  for (const dir of ["app", "components"])
    for (const file of sources(path.join(root, dir))) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(tag)) {
        const line = text.slice(0, m.index).split("\n").length;
        found.push({ where: `${path.relative(root, file)}:${line} <${m[1]}>`, mirrored: MIRRORED.test(m[2] ?? "") });
      }
    }
  return found;
}

describe("icons that point a direction", () => {
  const icons = directionalIcons();

  it("are found (the scan is not looking at nothing)", () => {
    expect(icons.length).toBeGreaterThan(10);
  });

  it("mirror in right-to-left pages", () => {
    expect(icons.filter((i) => !i.mirrored).map((i) => i.where)).toEqual([]);
  });
});
