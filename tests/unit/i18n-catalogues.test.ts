/**
 * Every catalogue has exactly the English one's keys, and every message is valid ICU MessageFormat with the same
 * arguments as the English one (a translation that drops `{email}` or renames it would print a hole). Missing keys
 * fail `npm test` here instead of showing a key path on a page.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { LOCALES } from "@/lib/i18n/locales";
import { pseudoLocalize } from "@/lib/i18n/pseudo";
import { CLIENT_MESSAGES, clientMessagePaths, pickMessages, type ClientArea } from "@/lib/i18n/client-messages";

const dir = path.resolve(import.meta.dirname, "../../messages");
type Tree = { [key: string]: string | string[] | Tree };
const load = (locale: string): Tree => JSON.parse(readFileSync(path.join(dir, `${locale}.json`), "utf8")) as Tree;

/** Dotted key → message; `_review` (keys a translator should check, decision 023) is not a message. */
function flatten(tree: Tree, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    if (prefix === "" && key === "_review") continue;
    if (typeof value === "string") out[prefix + key] = value;
    else if (Array.isArray(value)) throw new Error(`${prefix + key}: only _review may be a list`);
    else Object.assign(out, flatten(value, `${prefix + key}.`));
  }
  return out;
}

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (el.type === TYPE.tag) {
      into.add(`<${el.value}>`);
      argumentsOf(el.children, into);
      continue;
    }
    into.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
  }
  return into;
}

const english = flatten(load("en"));
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

describe("message catalogues", () => {
  it("has one catalogue per supported language, and nothing else", () => {
    expect(files.map((f) => f.replace(/\.json$/, "")).sort()).toEqual(Object.keys(LOCALES).sort());
  });

  for (const locale of Object.keys(LOCALES)) {
    describe(locale, () => {
      const tree = load(locale);
      const messages = flatten(tree);

      it("has exactly the English keys", () => {
        expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      });

      it("parses every message as ICU, with the English message's arguments and tags", () => {
        for (const [key, message] of Object.entries(messages)) {
          const ast = parse(message); // throws on invalid syntax, naming the offset
          const reference = english[key];
          if (reference === undefined) continue;
          expect([...argumentsOf(ast)].sort(), key).toEqual([...argumentsOf(parse(reference))].sort());
        }
      });

      it("lists under _review only keys that exist", () => {
        const review = tree._review ?? [];
        expect(Array.isArray(review)).toBe(true);
        for (const key of review as string[]) expect(english, key).toHaveProperty([key]);
      });
    });
  }

  it("generates the pseudo-locale from English: every key, valid ICU, same arguments, longer and accented", () => {
    const pseudo = flatten(pseudoLocalize(load("en")));
    expect(Object.keys(pseudo).sort()).toEqual(Object.keys(english).sort());
    for (const [key, message] of Object.entries(pseudo)) {
      expect([...argumentsOf(parse(message))].sort(), key).toEqual([...argumentsOf(parse(english[key]!))].sort());
    }
    expect(pseudo["auth.signIn.title"]).toMatch(/^\[Ş.*Ķ.*\]$/);
    const total = (m: Record<string, string>) => Object.values(m).reduce((n, s) => n + s.length, 0);
    expect(total(pseudo) / total(english)).toBeGreaterThan(1.3);
  });
});

describe("the messages sent to the browser", () => {
  it("name keys or namespaces of the English catalogue, and pick exactly them", () => {
    const all = Object.values(CLIENT_MESSAGES).flat();
    const picked = flatten(pickMessages(load("en"), all) as Tree);
    for (const dotted of all)
      expect(
        Object.keys(picked).some((key) => key === dotted || key.startsWith(`${dotted}.`)),
        dotted,
      ).toBe(true);
    expect(Object.keys(picked).length).toBeLessThan(Object.keys(english).length);
    expect(picked["auth.signIn.title"]).toBeUndefined();
    expect(picked["auth.signIn.submit"]).toBe("Sign in");
  });
});

describe("the messages each page sends", () => {
  const size = (paths: string[]) => JSON.stringify(pickMessages(load("en"), paths)).length;
  const areas = Object.keys(CLIENT_MESSAGES).filter((a) => a !== "shell") as ClientArea[];

  it("are the shell's on every page, and an area's only on its pages: far less than every area's at once", () => {
    const everything = size(clientMessagePaths(areas));
    expect(size(clientMessagePaths())).toBeLessThan(everything / 5);
    for (const area of areas) expect(size(clientMessagePaths([area])), area).toBeLessThan(everything);
  });

  it('include every namespace a client component asks for (useTranslations in a "use client" file)', () => {
    const all = Object.values(CLIENT_MESSAGES).flat();
    const covered = (ns: string) => all.some((p) => ns === p || ns.startsWith(`${p}.`) || p.startsWith(`${ns}.`));
    const missing: string[] = [];
    let asked = 0;
    const root = path.resolve(import.meta.dirname, "../..");
    const walk = (dir: string) => {
      for (const name of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, name.name);
        if (name.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(name.name)) {
          const text = readFileSync(full, "utf8");
          if (!/^["']use client["']/m.test(text)) continue;
          for (const m of text.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g))
            if (++asked && !covered(m[1]!)) missing.push(`${path.relative(root, full)}: ${m[1]}`);
        }
      }
    };
    walk(path.join(root, "app"));
    walk(path.join(root, "components"));
    expect(asked).toBeGreaterThan(50); // the scan reads the components, not nothing
    expect(missing).toEqual([]);
  });

  it("include, in the shell's, every namespace the components of every page ask for (header, bell, menus, toasts)", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const onEveryPage = [
      "components/site-header.tsx",
      "components/site-footer.tsx",
      "components/user-menu.tsx",
      // Loaded on first use, but in the header of every page all the same.
      "components/user-menu-dropdown.tsx",
      "components/theme-toggle.tsx",
      "components/verify-email-banner.tsx",
      "components/flash-toast.tsx",
      "components/page-skeleton.tsx",
      "components/notifications/notification-bell.tsx",
      "components/notifications/notification-menu.tsx",
      "components/notifications/relative-time.tsx",
      "components/ui/dialog.tsx",
      "components/ui/dialog-impl.tsx",
      "components/ui/toaster.tsx",
      "app/error.tsx",
    ];
    const shell = CLIENT_MESSAGES.shell as readonly string[];
    const missing: string[] = [];
    for (const file of onEveryPage) {
      const text = readFileSync(path.join(root, file), "utf8");
      for (const m of text.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)) {
        const keys = [...text.matchAll(/\bt\(\s*"([^"]+)"/g)].map((k) => `${m[1]}.${k[1]}`);
        for (const key of keys.length ? keys : [m[1]!])
          if (!shell.some((p) => key === p || key.startsWith(`${p}.`))) missing.push(`${file}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
