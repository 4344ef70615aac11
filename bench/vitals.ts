/**
 * `npm run bench -- vitals` (issue 18, goal 6): what a phone feels on the home, directory, public group and feed
 * pages, measured in Chromium (Lighthouse is not installed here; this is its lab recipe, by hand). Production build
 * (BENCH_DIST_DIR), demo data on a throwaway database, a 412×823 phone viewport and the CPU slowed 4× through the
 * DevTools protocol (Emulation.setCPUThrottlingRate, as Lighthouse's mobile preset). Per page, the median of
 * BENCH_VITALS_RUNS (3) cold loads of:
 *   - total blocking time: the sum over long tasks (PerformanceObserver "longtask") after the first contentful
 *     paint of what each spends above 50 ms, until the page has been quiet for 2 s;
 *   - cumulative layout shift: the largest session window of "layout-shift" entries without recent input (shifts
 *     less than 1 s apart, at most 5 s long), as Chrome reports CLS;
 *   - first contentful paint and largest contentful paint;
 *   - the JavaScript the page fetched (resource timing, bytes on the wire: gzipped).
 * BENCH_BUILD=0 measures the build in BENCH_DIST_DIR as it is (say, one kept from before a change).
 * The network is not throttled (loopback): these are the CPU's costs, which is where the JavaScript's weight goes.
 * Bounded in count and time; talks only to 127.0.0.1.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { chromium, type Browser } from "@playwright/test";
import { ensureChromium } from "../scripts/browser";
import { buildIfStale, projectRoot, serveScript, waitUntilServing } from "../scripts/build";
import { freePort } from "../scripts/db/embedded";
import { applyMigrations } from "../scripts/db/migrate";
import { scriptClient } from "../scripts/db/client";
import { seed } from "../scripts/db/seed";
import { recreateDatabase, startTestServer, stopTestServer } from "../tests/support/test-database";
import { percentiles } from "./measure";
import { cumulativeLayoutShift, totalBlockingTime } from "./vitals-math";
import { benchAppEnv, sessionCookie } from "./realtime";

const RUNS = Number(process.env.BENCH_VITALS_RUNS ?? 3);
const CPU_SLOWDOWN = 4;
const QUIET_MS = 2000;
const log = (line: string) => process.stderr.write(`[vitals] ${line}\n`);

export type VitalsPage = { name: string; path: string; as: string | null };
export type Vitals = { tbt: number; cls: number; fcp: number; lcp: number; jsBytes: number };
export type VitalsResult = VitalsPage & Vitals;

/**
 * Runs in the page before anything else: observers that keep every long task, layout shift and paint of the load
 * (buffered, so entries from before the observers existed count too).
 */
const OBSERVE = `(() => {
  const seen = (window.__vitals = { longtasks: [], shifts: [], sources: [], lcp: 0, last: performance.now() });
  const watch = (type, fn) => {
    try { new PerformanceObserver((list) => { for (const e of list.getEntries()) fn(e); seen.last = performance.now(); })
      .observe({ type, buffered: true }); } catch {}
  };
  watch("longtask", (e) => seen.longtasks.push([e.startTime, e.duration]));
  const describe = (n) => n ? (n.tagName || "#text").toLowerCase() + (n.id ? "#" + n.id : "") +
    (typeof n.className === "string" && n.className ? "." + n.className.trim().split(/\s+/).slice(0, 4).join(".") : "") : "?";
  watch("layout-shift", (e) => {
    if (e.hadRecentInput) return;
    seen.shifts.push([e.startTime, e.value]);
    seen.sources.push(e.value.toFixed(4) + " " + (e.sources || []).map((s) => describe(s.node)).join(" | "));
  });
  watch("largest-contentful-paint", (e) => { seen.lcp = e.startTime; });
})();`;

type Raw = {
  longtasks: [number, number][];
  shifts: [number, number][];
  sources: string[];
  lcp: number;
  fcp: number;
  js: number;
};

async function measureOnce(browser: Browser, base: string, page: VitalsPage, cookie: string | null): Promise<Vitals> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    if (cookie) {
      const [name, ...value] = cookie.split("=");
      await context.addCookies([{ name: name!, value: value.join("="), url: base }]);
    }
    const tab = await context.newPage();
    await tab.addInitScript(OBSERVE);
    const cdp = await context.newCDPSession(tab);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    const response = await tab.goto(base + page.path, { waitUntil: "load", timeout: 120_000 });
    if (response?.status() !== 200) throw new Error(`${page.name} (${page.path}) answered ${response?.status()}`);
    // Until nothing has been observed for QUIET_MS (hydration, lazy chunks, idle work), at most 30 s.
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const idleFor = await tab.evaluate(
        () => performance.now() - (window as unknown as { __vitals: { last: number } }).__vitals.last,
      );
      if (idleFor >= QUIET_MS) break;
      await tab.waitForTimeout(250);
    }
    const raw = await tab.evaluate((): Raw => {
      const seen = (window as unknown as { __vitals: Omit<Raw, "fcp" | "js"> }).__vitals;
      const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
      const js = (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((r) => r.initiatorType === "script" || r.name.endsWith(".js"))
        .reduce((sum, r) => sum + r.transferSize, 0);
      return { longtasks: seen.longtasks, shifts: seen.shifts, sources: seen.sources, lcp: seen.lcp, fcp, js };
    });
    // BENCH_VITALS_DEBUG=1: what moved (the elements of each layout shift), to find a CLS's cause.
    if (process.env.BENCH_VITALS_DEBUG === "1") for (const line of raw.sources) log(`${page.name} shift ${line}`);
    return {
      tbt: totalBlockingTime(raw.longtasks, raw.fcp),
      cls: cumulativeLayoutShift(raw.shifts),
      fcp: raw.fcp,
      lcp: raw.lcp,
      jsBytes: raw.js,
    };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => percentiles(values).p50;

/** The app as the page benches see it: where it listens, the four pages, and how to sign in as a page's member. */
export type PagesApp = { base: string; pages: VitalsPage[]; cookieFor: (page: VitalsPage) => Promise<string | null> };

/**
 * Starts a throwaway database with the demo data and the production build (built first when stale, unless
 * BENCH_BUILD=0), runs `fn` against it, and stops both. Shared with bench/lighthouse.ts.
 */
export async function withPagesApp<T>(fn: (app: PagesApp) => Promise<T>): Promise<T> {
  const server = await startTestServer();
  let app: ChildProcess | undefined;
  try {
    const url = await recreateDatabase(server.adminUrl, "kinship_bench_vitals");
    await applyMigrations(url);
    const prisma = scriptClient(url);
    await seed(prisma);
    await prisma.$disconnect();
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    // The busiest public group, and a plain member of it: the feed as most people see it.
    const { rows: groups } = await db.query<{ id: string; slug: string }>(
      `SELECT g.id, g.slug FROM "Group" g JOIN "Post" p ON p."groupId" = g.id
       WHERE g.privacy = 'PUBLIC' AND g."archivedAt" IS NULL GROUP BY g.id ORDER BY count(*) DESC LIMIT 1`,
    );
    const group = groups[0]!;
    const { rows: members } = await db.query<{ userId: string }>(
      `SELECT "userId" FROM "Membership" WHERE "groupId" = $1 AND status = 'ACTIVE' AND role = 'MEMBER'
       ORDER BY "joinedAt" LIMIT 1`,
      [group.id],
    );
    await db.end();
    const pages: VitalsPage[] = [
      { name: "Home, anonymous", path: "/", as: null },
      { name: "Directory, anonymous", path: "/groups", as: null },
      { name: "Public group, anonymous", path: `/groups/${group.slug}`, as: null },
      { name: "Group feed (member)", path: `/groups/${group.slug}`, as: members[0]!.userId },
    ];

    const secret = randomBytes(32).toString("base64url");
    const env = benchAppEnv(url, secret);
    // BENCH_BUILD=0: measure the build as it is (an older one kept for a before/after), without rebuilding it.
    if (process.env.BENCH_BUILD !== "0") buildIfStale(env);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    app = spawn(process.execPath, [serveScript, "-p", String(port), "-H", "127.0.0.1"], {
      cwd: projectRoot,
      env: { ...env, APP_URL: base },
      stdio: "ignore",
    });
    const started = app;
    if (!(await waitUntilServing(base, () => started.exitCode === null))) throw new Error("the app did not start");
    return await fn({ base, pages, cookieFor: async (page) => (page.as ? sessionCookie(secret, page.as) : null) });
  } finally {
    if (app && app.exitCode === null) app.kill("SIGTERM");
    await stopTestServer(server);
  }
}

/** Measures the four pages in Chromium (see the top of this file). */
export async function runVitalsBench(): Promise<VitalsResult[]> {
  const executablePath = await ensureChromium();
  return withPagesApp(async ({ base, pages, cookieFor }) => {
    const browser = await chromium.launch({ executablePath });
    try {
      const results: VitalsResult[] = [];
      for (const page of pages) {
        const cookie = await cookieFor(page);
        await measureOnce(browser, base, page, cookie); // warm the server's caches; not counted
        const runs: Vitals[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await measureOnce(browser, base, page, cookie));
        const result: VitalsResult = {
          ...page,
          tbt: median(runs.map((r) => r.tbt)),
          cls: median(runs.map((r) => r.cls)),
          fcp: median(runs.map((r) => r.fcp)),
          lcp: median(runs.map((r) => r.lcp)),
          jsBytes: median(runs.map((r) => r.jsBytes)),
        };
        log(`${page.name}: TBT ${result.tbt.toFixed(0)} ms, CLS ${result.cls.toFixed(3)}`);
        results.push(result);
      }
      return results;
    } finally {
      await browser.close();
    }
  });
}

export function vitalsTable(results: VitalsResult[]): string {
  const rows = results.map((r) => [
    r.name,
    `${r.tbt.toFixed(0)} ms`,
    r.cls.toFixed(3),
    r.cls <= 0.05 ? "yes" : "NO",
    `${r.fcp.toFixed(0)} ms`,
    `${r.lcp.toFixed(0)} ms`,
    `${(r.jsBytes / 1024).toFixed(1)} KB`,
  ]);
  const head = ["page", "total blocking time", "CLS", "CLS <= 0.05", "FCP", "LCP", "JS fetched"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [
    line(head),
    ...rows.map(line),
    "",
    `Phone viewport, CPU ${CPU_SLOWDOWN}× slower (CDP), loopback network; median of ${RUNS} cold loads, demo data.`,
  ].join("\n");
}
