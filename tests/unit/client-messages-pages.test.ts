import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_MESSAGES, clientMessages, pickMessages, type ClientArea } from "@/lib/i18n/client-messages";
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
 * The message keys one client module reads: each `const x = useTranslations(ns?)` with the calls of `x` that follow
 * it (until `x` is declared again): x("key") and x.rich/markup/raw/has("key") read ns.key; a key built at run time
 * (x(`state.${s}`)) reads everything under its fixed start; a translator called with a variable, or passed on to
 * another function, reads the whole namespace.
 */
function keysOfModule(text: string): string[] {
  const keys: string[] = [];
  const decls = [...text.matchAll(/\b(?:const|let)\s+(\w+)\s*=\s*useTranslations\(\s*(?:"([^"]+)")?\s*\)/g)];
  decls.forEach((decl, i) => {
    // useTranslations() without a namespace: its keys are whole paths (and a whole read, the whole catalogue: "*").
    const [, name, ns = ""] = decl as unknown as [string, string, string | undefined];
    const under = (key: string) => (ns ? `${ns}.${key}` : key);
    const end = decls.slice(i + 1).find((d) => d[1] === name)?.index ?? text.length;
    const scope = text.slice(decl.index + decl[0].length, end);
    const call = new RegExp(
      String.raw`\b${name}(?:\.(?:rich|markup|raw|has))?\(\s*(?:"([^"]+)"|\x60([^\x60$]*)\$\{|(.))`,
      "g",
    );
    const uses = new RegExp(String.raw`\b${name}\b`, "g");
    let whole = false;
    let calls = 0;
    for (const m of scope.matchAll(call)) {
      calls++;
      if (m[1] !== undefined) keys.push(under(m[1]));
      else if (m[2] !== undefined) {
        const fixed = m[2].replace(/\.?[^.]*$/, "");
        if (fixed) keys.push(under(fixed));
        else whole = true;
      } else whole = true;
    }
    // Any other mention (passed to a helper or a child) reads what the namespace holds.
    if ([...scope.matchAll(uses)].length > calls) whole = true;
    if (whole || calls === 0) keys.push(ns || "*");
  });
  return keys;
}

/**
 * The message keys the client components a page can render ask for: every "use client" module reachable from the
 * page's files (and everything a client module imports, which runs in the browser too), read by keysOfModule.
 */
function clientKeysOf(entries: string[]): string[] {
  const keys = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    if (seen.has(`${file}|${inClient}`)) return;
    seen.add(`${file}|${inClient}`);
    const text = readFileSync(file, "utf8");
    const client = inClient || /^["']use client["']/m.test(text);
    if (client) for (const key of keysOfModule(text)) keys.add(key);
    for (const m of text.matchAll(
      /^(?:import|export)\s+(?!type\s)[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)/gm,
    )) {
      const next = resolveImport(file, (m[1] ?? m[2])!);
      if (next) visit(next, client);
    }
  };
  for (const entry of entries) visit(path.join(root, entry), false);
  // A key under another listed one adds nothing.
  const all = [...keys];
  return all.filter((key) => !all.some((other) => other !== key && key.startsWith(`${other}.`))).sort();
}

const covers = (paths: readonly string[], key: string) => paths.some((p) => key === p || key.startsWith(`${p}.`));

/** Beyond the shell's (sent by the root layout to every page): what the page's client components still need. */
function needBeyondShell(entries: string[]): string[] {
  return clientKeysOf(entries).filter((key) => !covers(CLIENT_MESSAGES.shell, key));
}

const MENTORSHIP = "app/groups/[slug]/mentorship";

/** Every message (a string) at or under a dotted path of the English catalogue; a path that is not there, as itself. */
function leavesOf(dotted: string): string[] {
  const value = dotted
    .split(".")
    .reduce<unknown>((tree, key) => (tree as Record<string, unknown> | undefined)?.[key], en);
  if (value === undefined || typeof value !== "object" || value === null) return [dotted];
  return Object.keys(value).flatMap((key) => leavesOf(`${dotted}.${key}`));
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

  it("the mentorship tab sends none beyond its group's: none of its client components speaks", () => {
    // The group's layout sends the groups area (its header, tabs and join controls) to every group page.
    expect(existsSync(path.join(root, `${MENTORSHIP}/layout.tsx`))).toBe(false);
    expect(readFileSync(path.join(root, `${MENTORSHIP}/page.tsx`), "utf8")).not.toContain("<ClientMessages");
    expect(needBeyondShell([`${MENTORSHIP}/page.tsx`])).toEqual([]);
  });

  // Each mentorship page, the file that wraps it in <ClientMessages> and the areas it sends there.
  const mentorshipPages: { page: string; wrapper: string; areas: ClientArea[] }[] = [
    { page: "[programId]/page.tsx", wrapper: "[programId]/page.tsx", areas: ["programPage"] },
    { page: "[programId]/apply/page.tsx", wrapper: "[programId]/apply/layout.tsx", areas: ["apply"] },
    {
      page: "[programId]/applications/page.tsx",
      wrapper: "[programId]/applications/page.tsx",
      areas: ["applicationQueue"],
    },
    {
      page: "[programId]/applications/[applicationId]/page.tsx",
      wrapper: "[programId]/applications/[applicationId]/layout.tsx",
      areas: ["applicationDecision"],
    },
    { page: "[programId]/matching/page.tsx", wrapper: "[programId]/matching/page.tsx", areas: ["matchingBoard"] },
    {
      page: "[programId]/matching/cohort/page.tsx",
      wrapper: "[programId]/matching/cohort/layout.tsx",
      areas: ["cohortDraft"],
    },
    { page: "[programId]/pairings/page.tsx", wrapper: "[programId]/pairings/layout.tsx", areas: ["adminPairings"] },
    {
      page: "[programId]/progress/page.tsx",
      wrapper: "[programId]/progress/layout.tsx",
      areas: ["progressDashboard"],
    },
    { page: "new/page.tsx", wrapper: "new/layout.tsx", areas: ["programEditor", "programTemplates"] },
    {
      page: "[programId]/edit/page.tsx",
      wrapper: "[programId]/edit/layout.tsx",
      areas: ["programEditor", "programStates"],
    },
  ];

  it("covers every mentorship page", () => {
    const pages = readdirSync(path.join(root, MENTORSHIP), { recursive: true, encoding: "utf8" })
      .filter((file) => path.basename(file) === "page.tsx")
      .sort();
    expect(pages).toEqual(["page.tsx", ...mentorshipPages.map((p) => p.page)].sort());
  });

  it.each(mentorshipPages)(
    "$page sends exactly the messages its client components read",
    ({ page, wrapper, areas }) => {
      const wrapperText = readFileSync(path.join(root, MENTORSHIP, wrapper), "utf8");
      expect(wrapperText).toContain(`<ClientMessages areas={${JSON.stringify(areas).replaceAll(",", ", ")}}>`);
      // Every file of the route from the wrapper down (a layout and its page, and what they import).
      const files = [...new Set([wrapper, page])].map((file) => `${MENTORSHIP}/${file}`);
      const read = new Set(needBeyondShell(files).flatMap(leavesOf));
      const sent = new Set(areas.flatMap((area) => CLIENT_MESSAGES[area]).flatMap(leavesOf));
      // A message a component reads but the page does not send shows as its key in the browser…
      expect([...read].filter((key) => !sent.has(key))).toEqual([]);
      // …and one it sends but nothing reads is bytes in every response.
      expect([...sent].filter((key) => !read.has(key))).toEqual([]);
    },
  );

  it("the matching board and the dashboard send a small part of what the mentorship layout sent", () => {
    const size = (areas: ClientArea[]) =>
      JSON.stringify(
        pickMessages(
          en,
          areas.flatMap((area) => CLIENT_MESSAGES[area]),
        ),
      ).length;
    expect(size(["matchingBoard"])).toBeLessThan(12_000);
    expect(size(["progressDashboard"])).toBeLessThan(3_000);
  });

  it("the scan finds what a client component reads (it is not vacuous)", () => {
    expect(clientKeysOf(["components/chat/unread-messages.tsx"])).toEqual(["chat.unreadLink", "shell.unreadMessages"]);
    // Without a namespace, a key built at run time: the whole of what it starts with.
    expect(clientKeysOf(["components/programs/availability-input.tsx"])).toEqual([
      "apply.question.howOften",
      "apply.question.timeZone",
      "programs.cadence",
    ]);
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
