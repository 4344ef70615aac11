import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsTable, measureBuild, readClientManifest } from "@/bench/js-size";

// A miniature Turbopack build: the framework's chunks in build-manifest.json, two pages whose client-reference
// manifests list their segments' chunks (the root layout's chunk is shared, each page has one of its own).
let dist: string;
const chunk = (name: string, bytes: number) => {
  // Random-ish text so gzip cannot shrink it to nothing, the same for every run.
  let text = "";
  for (let i = 0; text.length < bytes; i++) text += ((i * 2654435761) % 4294967296).toString(36);
  fs.writeFileSync(path.join(dist, "static", "chunks", name), text.slice(0, bytes));
};
const gz = (name: string) => gzipSync(fs.readFileSync(path.join(dist, "static", "chunks", name)), { level: 6 }).length;
const manifest = (route: string, entries: Record<string, string[]>) =>
  `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(route)}] = ${JSON.stringify({ moduleLoading: { prefix: "" }, clientModules: {}, entryJSFiles: entries, entryCSSFiles: {} })};`;

beforeAll(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), "js-size-"));
  fs.mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
  for (const [name, size] of [
    ["framework.js", 40_000],
    ["runtime.js", 5_000],
    ["layout.js", 20_000],
    ["feed.js", 90_000],
    ["home.js", 1_000],
  ] as const)
    chunk(name, size);
  fs.writeFileSync(
    path.join(dist, "build-manifest.json"),
    JSON.stringify({
      polyfillFiles: ["static/chunks/poly.js"],
      rootMainFiles: ["static/chunks/framework.js", "static/chunks/runtime.js"],
    }),
  );
  const app = path.join(dist, "server", "app");
  fs.mkdirSync(path.join(app, "groups", "[slug]"), { recursive: true });
  fs.writeFileSync(
    path.join(app, "page_client-reference-manifest.js"),
    manifest("/page", {
      "[project]/app/layout": ["static/chunks/layout.js"],
      "[project]/app/page": ["static/chunks/layout.js", "static/chunks/home.js", "static/chunks/app.css"],
    }),
  );
  fs.writeFileSync(
    path.join(app, "groups", "[slug]", "page_client-reference-manifest.js"),
    manifest("/groups/[slug]/page", {
      "[project]/app/layout": ["static/chunks/layout.js"],
      // A segment may list a framework chunk again: it is counted once, in the framework's share.
      "[project]/app/groups/[slug]/page": [
        "static/chunks/layout.js",
        "/_next/static/chunks/feed.js",
        "static/chunks/runtime.js",
      ],
    }),
  );
  // A route handler's manifest is not a page: left out.
  fs.mkdirSync(path.join(app, "api"), { recursive: true });
  fs.writeFileSync(path.join(app, "api", "route_client-reference-manifest.js"), manifest("/api/route", {}));
});
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

describe("first-load JavaScript per route (bench/js-size.ts)", () => {
  it("reads the route and its segments' chunks from a client-reference manifest", () => {
    const [only] = readClientManifest(path.join(dist, "server", "app", "page_client-reference-manifest.js"));
    expect(only?.route).toBe("/page");
    expect(Object.keys(only!.entryJSFiles)).toEqual(["[project]/app/layout", "[project]/app/page"]);
  });

  it("splits each page's first load into the framework's shared chunks and its own, each chunk counted once", () => {
    const { framework, routes } = measureBuild(dist);
    expect(framework).toBe(gz("framework.js") + gz("runtime.js"));
    expect(routes.map((r) => r.route)).toEqual(["/groups/[slug]", "/"]); // heaviest first; no route handlers
    const [feed, home] = routes;
    expect(feed!.routeSpecific).toBe(gz("layout.js") + gz("feed.js"));
    expect(feed!.firstLoad).toBe(framework + feed!.routeSpecific);
    expect(home!.routeSpecific).toBe(gz("layout.js") + gz("home.js")); // CSS is not JavaScript
    expect(feed!.chunks.map(([f]) => f)).toEqual(["static/chunks/feed.js", "static/chunks/layout.js"]);
  });

  it("says which routes are above the 50 KB budget", () => {
    const table = jsTable(measureBuild(dist));
    const row = (route: string) => table.split("\n").find((l) => l.startsWith(`${route} `)) ?? "";
    expect(row("/groups/[slug]")).toMatch(/NO$/);
    expect(row("/")).toMatch(/yes$/);
    expect(table).toContain("2 routes, 1 above 50 KB of their own.");
  });
});
