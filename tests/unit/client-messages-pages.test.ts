import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_MESSAGES, clientMessages, type ClientArea } from "@/lib/i18n/client-messages";
import en from "@/messages/en.json";

const root = path.resolve(import.meta.dirname, "../..");

/** A module's file as the bundler resolves it (`@/…` and relative imports; packages are not ours to read). */
function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const ext of ["", ".tsx", ".ts", "/index.tsx", "/index.ts"]) {
    const file = base + ext;
    if (existsSync(file) && statSync(file).isFile() && /\.tsx?$/.test(file)) return file;
  }
  return null;
}

/**
 * The message keys the client components a page can render ask for: every "use client" module reachable from the
 * page's files (and everything a client module imports, which runs in the browser too), each useTranslations(ns)
 * with the t("key") calls that follow it in its component (a namespace alone when it calls none by name).
 */
function clientKeysOf(entries: string[]): string[] {
  const keys = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    if (seen.has(`${file}|${inClient}`)) return;
    seen.add(`${file}|${inClient}`);
    const text = readFileSync(file, "utf8");
    const client = inClient || /^["']use client["']/m.test(text);
    if (client) {
      const uses = [...text.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)];
      uses.forEach((use, i) => {
        const scope = text.slice(use.index, uses[i + 1]?.index ?? text.length);
        const named = [...scope.matchAll(/\bt\(\s*"([^"]+)"/g)].map((k) => `${use[1]}.${k[1]}`);
        for (const key of named.length ? named : [use[1]!]) keys.add(key);
      });
    }
    for (const m of text.matchAll(
      /^(?:import|export)\s+(?!type\s)[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/gm,
    )) {
      const next = resolveImport(file, (m[1] ?? m[2])!);
      if (next) visit(next, client);
    }
  };
  for (const entry of entries) visit(path.join(root, entry), false);
  return [...keys].sort();
}

const covers = (paths: readonly string[], key: string) => paths.some((p) => key === p || key.startsWith(`${p}.`));

/** Beyond the shell's (sent by the root layout to every page): what the page's client components still need. */
function needBeyondShell(entries: string[]): string[] {
  return clientKeysOf(entries).filter((key) => !covers(CLIENT_MESSAGES.shell, key));
}

describe("the messages a signed-in page sends its client components (issue 18: no more than they read)", () => {
  it("home sends none beyond the shell's: none of its client components speaks", () => {
    // Home wraps nothing in ClientMessages: the root layout's shell messages are all its browser receives.
    expect(readFileSync(path.join(root, "app/page.tsx"), "utf8")).not.toContain("<ClientMessages");
    expect(needBeyondShell(["app/page.tsx"])).toEqual([]);
  });

  it("My mentorships sends exactly the keys its client components read: a card's unread link", () => {
    const layout = readFileSync(path.join(root, "app/mentorships/layout.tsx"), "utf8");
    expect(layout).toContain('areas={["mentorships"]}');
    const need = needBeyondShell([
      "app/mentorships/layout.tsx",
      "app/mentorships/page.tsx",
      "app/mentorships/loading.tsx",
    ]);
    expect(need).toEqual(["chat.unreadLink"]);
    expect([...CLIENT_MESSAGES.mentorships].sort()).toEqual(need);
  });

  it("the notifications page sends exactly the keys its client components read: the mark-all button's", () => {
    const layout = readFileSync(path.join(root, "app/notifications/layout.tsx"), "utf8");
    expect(layout).toContain('areas={["notifications"]}');
    const need = needBeyondShell([
      "app/notifications/layout.tsx",
      "app/notifications/page.tsx",
      "app/notifications/loading.tsx",
    ]);
    expect(need).toEqual(["notificationsPage.markAll", "notificationsPage.marking"]);
    expect([...CLIENT_MESSAGES.notifications].sort()).toEqual(need);
  });

  it("the scan finds what a client component reads (it is not vacuous)", () => {
    expect(clientKeysOf(["components/chat/unread-messages.tsx"])).toEqual(["chat.unreadLink", "shell.unreadMessages"]);
  });
});

describe("clientMessages", () => {
  const areas: ClientArea[] = ["pairs"];

  it("gives the shell's messages, then an area's over them", () => {
    const shell = clientMessages(en);
    const pairs = clientMessages(en, areas) as typeof en;
    expect(Object.keys(shell).sort()).toEqual(["auth", "errorPages", "notificationsPage", "shell", "ui"]);
    expect(pairs.chat.composer.send).toBe(en.chat.composer.send);
    expect(pairs.notificationsPage).toEqual({
      justNow: en.notificationsPage.justNow,
      markAll: en.notificationsPage.markAll,
      marking: en.notificationsPage.marking,
    });
    expect(pairs.auth.signIn.submit).toBe(en.auth.signIn.submit);
    expect((pairs.auth.signIn as Record<string, unknown>).title).toBeUndefined();
  });

  it("reuses the shell's objects in an area's (the page's payload writes them once) and remembers each pick", () => {
    const shell = clientMessages(en);
    const pairs = clientMessages(en, areas);
    expect(pairs.auth).toBe(shell.auth);
    expect(pairs.ui).toBe(shell.ui);
    expect(clientMessages(en)).toBe(shell);
    expect(clientMessages(en, areas)).toBe(pairs);
  });
});
