/**
 * `npm run bench -- lighthouse` (issue 18, goal 6: Lighthouse mobile >= 95 on the home, directory, public group and
 * feed pages, CLS <= 0.05). Lighthouse 12 is not a dependency (it is large): this part fetches it with
 * `npx --yes lighthouse@12` at bench time (into npm's cache; the first run downloads it) and points it at Debian's
 * Chromium. Same app as `npm run bench -- vitals` (bench/vitals.ts: production build in BENCH_DIST_DIR, demo data
 * on a throwaway database); the member's feed is loaded with that member's session cookie. Lighthouse's own mobile
 * preset: simulated slow 4G and a 4× slower CPU. Per page, the median score of BENCH_LIGHTHOUSE_RUNS (3) runs, with
 * that run's total blocking time, largest contentful paint and cumulative layout shift. Scores on a busy shared
 * machine move by a few points between runs: compare medians from the same run.
 * Bounded in count and time; talks only to 127.0.0.1 (and to the npm registry once, for Lighthouse itself).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureChromium } from "../scripts/browser";
import { withPagesApp, type VitalsPage } from "./vitals";

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
export const SCORE_TARGET = 95;
const CLS_TARGET = 0.05;
const log = (line: string) => process.stderr.write(`[lighthouse] ${line}\n`);

export type LighthouseRun = { score: number; tbt: number; lcp: number; cls: number; fcp: number };
export type LighthouseResult = VitalsPage & LighthouseRun & { scores: number[] };

/** The numbers a Lighthouse JSON report gives for one page (exported for the unit test). */
export function readReport(report: {
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number }>;
}): LighthouseRun {
  const audit = (id: string) => report.audits[id]?.numericValue ?? NaN;
  return {
    score: Math.round((report.categories.performance.score ?? 0) * 100),
    tbt: audit("total-blocking-time"),
    lcp: audit("largest-contentful-paint"),
    cls: audit("cumulative-layout-shift"),
    fcp: audit("first-contentful-paint"),
  };
}

function runLighthouse(url: string, chromePath: string, cookie: string | null): Promise<LighthouseRun> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kinship-lh-")), "report.json");
  const args = [
    "--yes",
    "lighthouse@12",
    url,
    `--chrome-path=${chromePath}`,
    "--chrome-flags=--headless=new --no-sandbox",
    "--only-categories=performance",
    "--form-factor=mobile",
    "--output=json",
    `--output-path=${out}`,
    "--quiet",
  ];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  return new Promise((resolve, reject) => {
    const child = spawn("npx", args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGTERM"), 180_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      try {
        if (code !== 0) throw new Error(`lighthouse exited with ${code}: ${stderr.slice(-2000)}`);
        resolve(readReport(JSON.parse(fs.readFileSync(out, "utf8"))));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      } finally {
        fs.rmSync(path.dirname(out), { recursive: true, force: true });
      }
    });
  });
}

/** Runs Lighthouse (mobile, performance only) on the four pages; the median run by score for each. */
export async function runLighthouseBench(): Promise<LighthouseResult[]> {
  log("fetching Lighthouse 12 with npx (not a dependency of the app; cached by npm after the first run)");
  const chromePath = await ensureChromium();
  return withPagesApp(async ({ base, pages, cookieFor }) => {
    const results: LighthouseResult[] = [];
    for (const page of pages) {
      const cookie = await cookieFor(page);
      await fetch(base + page.path, { headers: cookie ? { cookie } : {} }); // warm the server; not counted
      const runs: LighthouseRun[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(base + page.path, chromePath, cookie));
      runs.sort((a, b) => a.score - b.score);
      const median = runs[Math.floor(runs.length / 2)]!;
      const result = { ...page, ...median, scores: runs.map((r) => r.score) };
      log(`${page.name}: ${result.scores.join(", ")} (TBT ${median.tbt.toFixed(0)} ms, CLS ${median.cls.toFixed(3)})`);
      results.push(result);
    }
    return results;
  });
}

export function lighthouseTable(results: LighthouseResult[]): string {
  const rows = results.map((r) => [
    r.name,
    String(r.score),
    r.score >= SCORE_TARGET ? "yes" : "NO",
    r.scores.join(" "),
    `${r.tbt.toFixed(0)} ms`,
    `${r.fcp.toFixed(0)} ms`,
    `${r.lcp.toFixed(0)} ms`,
    r.cls.toFixed(3),
    r.cls <= CLS_TARGET ? "yes" : "NO",
  ]);
  const head = ["page", "score", `>= ${SCORE_TARGET}`, "runs", "TBT", "FCP", "LCP", "CLS", `CLS <= ${CLS_TARGET}`];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [
    line(head),
    ...rows.map(line),
    "",
    `Lighthouse 12 (npx), mobile preset (simulated slow 4G, CPU 4×), performance only; median of ${RUNS} runs, demo data.`,
  ].join("\n");
}
