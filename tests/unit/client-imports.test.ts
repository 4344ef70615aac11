import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Issue 18, goal 6 (route JavaScript <= 50 KB above the framework): what the browser must not get in a page's first
 * load, checked on the import graph (the build's sizes are in `npm run bench -- js`). Follows the static imports of
 * every "use client" module: not `import type`, not `import()` (code loaded on demand), and not into "use server"
 * modules (the bundler sends the browser a reference to a server action, not its code).
 */
const root = path.resolve(import.meta.dirname, "../..");
const rel = (file: string) => path.relative(root, file);

function resolve(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = path.join(root, spec.slice(2));
  else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
  else return `pkg:${spec}`;
  if (existsSync(base) && statSync(base).isFile()) return base;
  for (const ext of [".ts", ".tsx", "/index.ts", "/index.tsx"]) if (existsSync(base + ext)) return base + ext;
  return null;
}

const text = (file: string) => readFileSync(file, "utf8");
const staticImports = (file: string): string[] =>
  [...text(file).matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^;]*?\sfrom\s+)?["']([^"']+)["']/gm)]
    .map((m) => resolve(file, m[1]!))
    .filter((r): r is string => r !== null);

/** Every chain from `start` to a module matching `bad`, as "a -> b -> c". */
function chainsTo(start: string, bad: (target: string) => boolean): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    for (const next of staticImports(file)) {
      if (bad(next)) found.push([...chain, next].map((f) => (f.startsWith("pkg:") ? f.slice(4) : rel(f))).join(" -> "));
      if (next.startsWith("pkg:") || next.endsWith(".json") || seen.has(next)) continue;
      seen.add(next);
      if (/^["']use server["']/m.test(text(next))) continue;
      visit(next, [...chain, next]);
    }
  };
  visit(start, [start]);
  return found;
}

function clientModules(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && /^["']use client["']/m.test(text(full))) out.push(full);
    }
  };
  for (const dir of ["app", "components"]) walk(path.join(root, dir));
  return out;
}

/** Modules that carry a heavy library and are only ever imported on demand (`import()`), never with a page. */
const ON_DEMAND = [
  /^components\/ui\/dialog-impl\.tsx$/,
  /^components\/ui\/dropdown-menu\.tsx$/,
  /-dropdown\.tsx$/,
  /^components\/notifications\/notification-menu\.tsx$/,
  /^components\/programs\/admin\/sortable-list-dnd\.tsx$/,
  /^components\/matching\/(compare|wide)-dialog\.tsx$/,
];
const onDemand = (file: string) => ON_DEMAND.some((re) => re.test(rel(file)));
const HEAVY = /^pkg:(@dnd-kit\/|@radix-ui\/react-(dialog|dropdown-menu)$)/;

describe("client components' first load", () => {
  const clients = clientModules();

  it("never includes zod or a whole message catalogue (forms show the server's field errors)", () => {
    expect(clients.length).toBeGreaterThan(100); // the scan reads the components, not nothing
    const chains = clients.flatMap((file) =>
      chainsTo(
        file,
        (target) => target === "pkg:zod" || target.startsWith("pkg:zod/") || /messages\/\w+\.json$/.test(target),
      ),
    );
    expect(chains).toEqual([]);
  });

  it("leaves the drag library, Radix's dialog and its dropdown to modules loaded on demand", () => {
    const chains = clients
      .filter((file) => !onDemand(file))
      .flatMap((file) =>
        chainsTo(file, (target) => HEAVY.test(target) || (!target.startsWith("pkg:") && onDemand(target))),
      );
    expect(chains).toEqual([]);
  });
});
