/**
 * First-load JavaScript per route, read from a production build's manifests (no server needed): `npm run bench --
 * js` (the build in BENCH_DIST_DIR, else .next-e2e, built first when the sources changed) or `tsx
 * bench/js-size.ts [distDir] [--chunks]` (a build already there; `--chunks` lists each route's chunks).
 *
 * With Turbopack (Next 16) the build says which chunks each route loads in two places: `build-manifest.json`'s
 * `rootMainFiles` (the framework's runtime, React and the router: shared by every route) and, per page,
 * `server/app/<route>/page_client-reference-manifest.js`, whose `entryJSFiles` lists the chunks of every segment the
 * page renders (root layout, nested layouts, error and not-found boundaries, the page). A route's first load is the
 * union of both; what is above the framework is the route's own (the root layout's providers, header and menus are
 * in every route's share). Sizes are gzipped (level 6, as a server compresses them); the polyfills are left out
 * (`nomodule`: modern browsers never fetch them).
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { buildIfStale, projectRoot } from "../scripts/build";

/** The issue's target (issue 18, goal 6): what a route loads above the framework's shared chunks. */
export const ROUTE_BUDGET_KB = 50;

export type RouteJs = {
  route: string;
  /** Everything the route loads, gzipped bytes. */
  firstLoad: number;
  /** The framework's shared chunks (rootMainFiles), gzipped bytes. */
  framework: number;
  /** firstLoad − framework: the app's own code on this route. */
  routeSpecific: number;
  /** The route's chunks above the framework, largest first: [file, gzipped bytes]. */
  chunks: [string, number][];
};

/** Reads a `*_client-reference-manifest.js` (a script that assigns to globalThis.__RSC_MANIFEST) without running it. */
export function readClientManifest(file: string): { route: string; entryJSFiles: Record<string, string[]> }[] {
  const text = fs.readFileSync(file, "utf8");
  const out: { route: string; entryJSFiles: Record<string, string[]> }[] = [];
  // One assignment per route: globalThis.__RSC_MANIFEST["/groups/[slug]/page"] = {...};
  const assignment =
    /__RSC_MANIFEST\[("(?:[^"\\]|\\.)*")\]\s*=\s*(\{[\s\S]*?\});?\s*(?=globalThis\.__RSC_MANIFEST\[|$)/g;
  for (const match of text.matchAll(assignment)) {
    const manifest = JSON.parse(match[2]!) as { entryJSFiles?: Record<string, string[]> };
    out.push({ route: JSON.parse(match[1]!) as string, entryJSFiles: manifest.entryJSFiles ?? {} });
  }
  return out;
}

/** The page routes of a build and the chunks each one loads, with gzipped sizes. */
export function measureBuild(distDir: string): { framework: number; routes: RouteJs[] } {
  const buildManifest = JSON.parse(fs.readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles?: string[];
  };
  const sizes = new Map<string, number>();
  const gz = (file: string) => {
    let size = sizes.get(file);
    if (size === undefined) {
      const full = path.join(distDir, file.replace(/^\/?_next\//, ""));
      size = fs.existsSync(full) ? gzipSync(fs.readFileSync(full), { level: 6 }).length : 0;
      sizes.set(file, size);
    }
    return size;
  };
  const normal = (file: string) => file.replace(/^\/?_next\//, "");
  const frameworkFiles = new Set((buildManifest.rootMainFiles ?? []).map(normal));
  const framework = [...frameworkFiles].reduce((sum, f) => sum + gz(f), 0);

  const routes: RouteJs[] = [];
  for (const file of findPageManifests(path.join(distDir, "server", "app"))) {
    for (const { route, entryJSFiles } of readClientManifest(file)) {
      const own = new Set<string>();
      for (const files of Object.values(entryJSFiles))
        for (const f of files) if (f.endsWith(".js") && !frameworkFiles.has(normal(f))) own.add(normal(f));
      const chunks = [...own].map((f): [string, number] => [f, gz(f)]).sort((a, b) => b[1] - a[1]);
      const routeSpecific = chunks.reduce((sum, [, n]) => sum + n, 0);
      routes.push({
        route: route.replace(/\/page$/, "") || "/",
        firstLoad: framework + routeSpecific,
        framework,
        routeSpecific,
        chunks,
      });
    }
  }
  routes.sort((a, b) => b.routeSpecific - a.routeSpecific || a.route.localeCompare(b.route));
  return { framework, routes };
}

function findPageManifests(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findPageManifests(full));
    else if (entry.name === "page_client-reference-manifest.js") found.push(full);
  }
  return found;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The table `npm run bench -- js` prints: one row per route, the heaviest first, and the budget's verdict. */
export function jsTable(result: { framework: number; routes: RouteJs[] }): string {
  const rows = result.routes.map((r) => ({
    route: r.route,
    "first load KB": kb(r.firstLoad),
    "framework KB": kb(r.framework),
    "route-specific KB": kb(r.routeSpecific),
    [`<= ${ROUTE_BUDGET_KB} KB`]: r.routeSpecific <= ROUTE_BUDGET_KB * 1024 ? "yes" : "NO",
  }));
  const over = result.routes.filter((r) => r.routeSpecific > ROUTE_BUDGET_KB * 1024).length;
  const widths = Object.keys(rows[0] ?? { route: "" }).map((k) =>
    Math.max(k.length, ...rows.map((row) => String(row[k as keyof typeof row]).length)),
  );
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [
    line(Object.keys(rows[0] ?? { route: "" })),
    ...rows.map((row) => line(Object.values(row))),
    "",
    `JavaScript, gzipped: the framework's shared chunks ${kb(result.framework)} KB; ${result.routes.length} routes, ` +
      `${over} above ${ROUTE_BUDGET_KB} KB of their own.`,
  ].join("\n");
}

/** The build folder to read: the argument, else BENCH_DIST_DIR, else .next-e2e (as the other benchmarks build). */
export function distDirOf(arg: string | undefined): string {
  const root = path.resolve(import.meta.dirname, "..");
  return path.resolve(root, arg ?? process.env.BENCH_DIST_DIR ?? ".next-e2e");
}

/** `npm run bench -- js`: builds BENCH_DIST_DIR when the sources changed (as the other parts do), then measures. */
export function runJsBench(): string {
  const dir = distDirOf(undefined);
  buildIfStale({ ...process.env, KINSHIP_DIST_DIR: path.relative(projectRoot, dir) });
  return `First-load JavaScript per route, gzipped (${path.relative(projectRoot, dir)})\n\n${jsTable(measureBuild(dir))}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = distDirOf(process.argv.slice(2).find((a) => !a.startsWith("--")));
  if (!fs.existsSync(path.join(dir, "build-manifest.json"))) {
    console.error(`No production build in ${dir} (run \`next build\`, or pass the build folder).`);
    process.exit(1);
  }
  const result = measureBuild(dir);
  console.log(jsTable(result));
  if (process.argv.includes("--chunks"))
    for (const r of result.routes)
      console.log(`\n${r.route}\n${r.chunks.map(([f, n]) => `  ${kb(n).padStart(6)} KB  ${f}`).join("\n")}`);
}
