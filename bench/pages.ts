/**
 * `npm run bench -- pages` (issue 18): the signed-in and anonymous pages under load, on the demo data and on the
 * grown community of bench/seed-large.ts, beside the framework's own ceiling for the same markup.
 *
 * For each page and data size: requests per second and latency at BENCH_CONNECTIONS (10) connections for
 * BENCH_SECONDS (10) seconds (autocannon), the SQL statements one render runs and its slowest statement
 * (pg_stat_statements), and the HTML's size. The ceiling is a scratch Next app built from this project's
 * node_modules whose one force-dynamic page returns the same body markup with no data access; rounds alternate
 * between the app and the ceiling so a busy machine weighs on both alike. Production build, one instance, worker
 * off. Bounded in count and time; talks only to 127.0.0.1.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { buildIfStale, projectRoot, serveScript, waitUntilServing } from "../scripts/build";
import { freePort } from "../scripts/db/embedded";
import { applyMigrations } from "../scripts/db/migrate";
import { scriptClient } from "../scripts/db/client";
import { seed } from "../scripts/db/seed";
import { recreateDatabase, startTestServer, stopTestServer } from "../tests/support/test-database";
import { benchAppEnv, sessionCookie } from "./realtime";
import { largeShape, seedLarge } from "./seed-large";
import { markupTree, TREE_PAGE } from "./ceiling-tree";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SCALE = Number(process.env.BENCH_PAGES_SCALE ?? 1);
/** BENCH_PAGES_LOAD=0: statements and HTML only (no load, no ceiling), for a quick look while optimising. */
const LOAD = process.env.BENCH_PAGES_LOAD !== "0";
/** BENCH_PAGES_SAVE_HTML=<dir>: keep each page's captured HTML there, to see what its bytes are. */
const SAVE_HTML = process.env.BENCH_PAGES_SAVE_HTML ?? "";
/** BENCH_PAGES=feed,thread: only the pages whose names contain one of these words (case-insensitive). */
const ONLY = (process.env.BENCH_PAGES ?? "")
  .split(",")
  .map((w) => w.trim().toLowerCase())
  .filter(Boolean);
/** BENCH_PAGES_TREE=1: also the ceiling that renders the same markup as a tree of React elements (bench/ceiling-tree.ts). */
const TREE = process.env.BENCH_PAGES_TREE === "1";
/** BENCH_PAGES_DEMO_ONLY=1: the demo data alone (no grown community), for a quicker look while optimising. */
const DEMO_ONLY = process.env.BENCH_PAGES_DEMO_ONLY === "1";
const NO_LOAD: Load = { rps: 0, p50: 0, p99: 0, failed: 0 };
const log = (line: string) => process.stderr.write(`[pages] ${line}\n`);

type Page = { name: string; path: string; as: string | null };
type Load = { rps: number; p50: number; p99: number; failed: number };
export type PageResult = Page & {
  data: string;
  app: Load;
  ceiling: Load;
  statements: number;
  slowestMs: number;
  slowest: string;
  htmlBytes: number;
  /** BENCH_PAGES_TREE=1: the same markup as a React element tree from a server component, no data. */
  tree?: Load;
  /** Anonymous pages only: a bare `node:http` server answering the same bytes (issue 18, goal 5). */
  bare?: Load;
};

/** The pages of the issue, found in whatever data is loaded: the busiest group, pair, cohort and program. */
export async function pagesIn(db: pg.Client): Promise<Page[]> {
  const one = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T> => {
    const { rows } = await db.query<T>(sql, params);
    if (!rows[0]) throw new Error(`Nothing found for the benchmark: ${sql.slice(0, 80)}`);
    return rows[0];
  };
  const group = await one<{ id: string; slug: string }>(
    `SELECT g.id, g.slug FROM "Group" g JOIN "Post" p ON p."groupId" = g.id
     WHERE g.privacy = 'PUBLIC' AND g."archivedAt" IS NULL GROUP BY g.id ORDER BY count(*) DESC LIMIT 1`,
  );
  // A plain member (in no program when there is one such): the feed and home as most people see them.
  const member = await one<{ userId: string }>(
    `SELECT m."userId" FROM "Membership" m WHERE m."groupId" = $1 AND m.status = 'ACTIVE' AND m.role = 'MEMBER'
     ORDER BY EXISTS (SELECT 1 FROM "Application" a WHERE a."userId" = m."userId"), m."joinedAt" LIMIT 1`,
    [group.id],
  );
  const pair = await one<{ id: string; mentorId: string; menteeId: string }>(
    `SELECT p.id, p."mentorId", p."menteeId" FROM "Pairing" p JOIN "Thread" t ON t."pairingId" = p.id
     WHERE p.state = 'ACTIVE' ORDER BY (SELECT count(*) FROM "Message" m WHERE m."threadId" = t.id) DESC LIMIT 1`,
  );
  const owner = `SELECT "userId" FROM "Membership" WHERE "groupId" = $1 AND role = 'OWNER' LIMIT 1`;
  const cohort = await one<{ id: string; slug: string; groupId: string }>(
    `SELECT pr.id, g.slug, g.id AS "groupId" FROM "Program" pr JOIN "Group" g ON g.id = pr."groupId"
     JOIN "Application" a ON a."programId" = pr.id AND a.state = 'APPROVED'
     WHERE pr.state IN ('OPEN', 'RUNNING') GROUP BY pr.id, g.id ORDER BY count(*) DESC LIMIT 1`,
  );
  const cohortAdmin = await one<{ userId: string }>(owner, [cohort.groupId]);
  const running = await one<{ id: string; slug: string; groupId: string }>(
    `SELECT pr.id, g.slug, g.id AS "groupId" FROM "Program" pr JOIN "Group" g ON g.id = pr."groupId"
     JOIN "Pairing" p ON p."programId" = pr.id GROUP BY pr.id, g.id ORDER BY count(*) DESC LIMIT 1`,
  );
  const runningAdmin = await one<{ userId: string }>(owner, [running.groupId]);
  return [
    { name: "Group feed (member)", path: `/groups/${group.slug}`, as: member.userId },
    { name: "Thread", path: `/pairings/${pair.id}/thread`, as: pair.menteeId },
    { name: "Pair space", path: `/pairings/${pair.id}`, as: pair.menteeId },
    {
      name: "Matching board",
      path: `/groups/${cohort.slug}/mentorship/${cohort.id}/matching`,
      as: cohortAdmin.userId,
    },
    {
      name: "Progress dashboard",
      path: `/groups/${running.slug}/mentorship/${running.id}/progress`,
      as: runningAdmin.userId,
    },
    { name: "My mentorships", path: "/mentorships", as: pair.mentorId },
    { name: "Home (member)", path: "/", as: member.userId },
    { name: "Home, anonymous", path: "/", as: null },
    { name: "Directory, anonymous", path: "/groups", as: null },
    { name: "Public group, anonymous", path: `/groups/${group.slug}`, as: null },
  ];
}

async function load(url: string, cookie: string | null): Promise<Load> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    // As a browser navigates (the anonymous-page cache serves documents only, decision 025).
    headers: cookie ? { cookie, accept: "text/html" } : { accept: "text/html" },
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

/** One render's statements and its slowest one, from pg_stat_statements (reset before, read after). */
async function statementsOf(db: pg.Client, fetchOnce: () => Promise<unknown>) {
  let best = { statements: Infinity, slowestMs: 0, slowest: "" };
  for (let round = 0; round < 3; round++) {
    await db.query("SELECT pg_stat_statements_reset()");
    await fetchOnce();
    const { rows } = await db.query<{ calls: string; max: number; query: string }>(
      `SELECT calls::text, max_exec_time AS max, query FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
         AND query NOT ILIKE '%pg_stat_statements%' AND query NOT IN ('BEGIN', 'COMMIT', 'ROLLBACK')
       ORDER BY max_exec_time DESC`,
    );
    const statements = rows.reduce((sum, r) => sum + Number(r.calls), 0);
    if (statements < best.statements)
      best = {
        statements,
        slowestMs: rows[0]?.max ?? 0,
        slowest: (rows[0]?.query ?? "").replace(/\s+/g, " ").slice(0, 160),
      };
  }
  return best;
}

/**
 * The scratch app: the captured markup of each page behind one force-dynamic page, no data access. It lives
 * outside the project with its own (hard-linked) node_modules and an empty lockfile: inside the project, Next
 * takes the project's proxy and instrumentation hook into the scratch build, and Turbopack compiles nothing
 * outside its workspace root, so a symlinked node_modules does not build.
 */
function writeCeiling(dir: string, captured: Map<string, string>) {
  fs.mkdirSync(path.join(dir, "app", "[[...path]]"), { recursive: true });
  if (!fs.existsSync(path.join(dir, "node_modules"))) {
    const from = path.join(projectRoot, "node_modules");
    try {
      execFileSync("cp", ["-al", from, path.join(dir, "node_modules")]);
    } catch {
      execFileSync("cp", ["-a", from, path.join(dir, "node_modules")]); // another filesystem: a real copy
    }
  }
  fs.writeFileSync(path.join(dir, "package-lock.json"), JSON.stringify({ lockfileVersion: 3, packages: {} }));
  fs.rmSync(path.join(dir, "captured"), { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "captured"), { recursive: true });
  const index: Record<string, string> = {};
  [...captured.entries()].forEach(([key, body], i) => {
    fs.writeFileSync(path.join(dir, "captured", `${i}.html`), body);
    fs.writeFileSync(path.join(dir, "captured", `${i}.html.tree.json`), JSON.stringify(markupTree(body)));
    index[key] = `${i}.html`;
  });
  fs.writeFileSync(path.join(dir, "captured", "index.json"), JSON.stringify(index));
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
  fs.writeFileSync(path.join(dir, "next.config.mjs"), "export default { poweredByHeader: false };\n");
  fs.writeFileSync(
    path.join(dir, "app", "layout.jsx"),
    `export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n`,
  );
  fs.mkdirSync(path.join(dir, "app", "tree"), { recursive: true });
  fs.writeFileSync(path.join(dir, "app", "tree", "page.jsx"), TREE_PAGE);
  fs.writeFileSync(
    path.join(dir, "app", "[[...path]]", "page.jsx"),
    `import fs from "node:fs";
import os from "node:os";
import path from "node:path";
export const dynamic = "force-dynamic";
const dir = path.join(process.cwd(), "captured");
const index = JSON.parse(fs.readFileSync(path.join(dir, "index.json"), "utf8"));
const cache = new Map();
export default async function Page({ params, searchParams }) {
  const { path: parts = [] } = await params;
  const key = (await searchParams).k ?? "/" + parts.join("/");
  if (!index[key]) return <div>ok</div>; // /api/health, asked while waiting for the server
  let html = cache.get(key);
  if (html === undefined) cache.set(key, (html = fs.readFileSync(path.join(dir, index[key]), "utf8")));
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
`,
  );
}

/**
 * Issue 18, goal 5: a bare `node:http` server (a child process, so it does not share the benchmark's event loop)
 * answering each captured anonymous page's whole HTML, byte for byte, with no work per request. The anonymous pages'
 * req/s are reported as a ratio to it (target >= 0.2).
 */
async function bareBaseline(
  dir: string,
  pages: { key: string; html: string }[],
): Promise<{ base: string; proc: ChildProcess }> {
  fs.mkdirSync(path.join(dir, "bare"), { recursive: true });
  const index: Record<string, string> = {};
  pages.forEach(({ key, html }, i) => {
    fs.writeFileSync(path.join(dir, "bare", `${i}.html`), html);
    index[key] = path.join(dir, "bare", `${i}.html`);
  });
  const port = await freePort();
  const script = `
const http = require("node:http"); const fs = require("node:fs");
const index = ${JSON.stringify(index)}; const bodies = {};
for (const [k, f] of Object.entries(index)) bodies[k] = fs.readFileSync(f);
http.createServer((req, res) => {
  const key = new URL(req.url, "http://x").searchParams.get("k") ?? "";
  const body = bodies[key];
  if (!body) { res.statusCode = 200; res.end("ok"); return; }
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
  res.end(body);
}).listen(${port}, "127.0.0.1");`;
  const proc = spawn(process.execPath, ["-e", script], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  if (!(await waitUntilServing(base, () => proc.exitCode === null))) throw new Error("the bare server did not start");
  return { base, proc };
}

function startServer(args: string[], cwd: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, args, { cwd, env, stdio: "ignore" });
}

/** Runs the whole benchmark and returns one result per page and data size. */
export async function runPagesBench(): Promise<PageResult[]> {
  const server = await startTestServer({
    shared_preload_libraries: "pg_stat_statements",
    "pg_stat_statements.track": "all",
  });
  const procs: ChildProcess[] = [];
  const results: PageResult[] = [];
  const ceilingDir = fs.mkdtempSync(path.join(os.tmpdir(), "kinship-ceiling-"));
  try {
    const url = await recreateDatabase(server.adminUrl, "kinship_bench_pages");
    await applyMigrations(url);
    const prisma = scriptClient(url);
    await seed(prisma);
    await prisma.$disconnect();
    const db = new pg.Client({ connectionString: url });
    db.on("error", () => undefined); // the server stopping at the end is not news; a failed query still throws
    await db.connect();
    await db.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");

    const secret = randomBytes(32).toString("base64url");
    const env = benchAppEnv(url, secret);
    buildIfStale(env);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const app = startServer([serveScript, "-p", String(port), "-H", "127.0.0.1"], projectRoot, {
      ...env,
      APP_URL: base,
    });
    procs.push(app);
    if (!(await waitUntilServing(base, () => app.exitCode === null))) throw new Error("the app did not start");

    for (const data of DEMO_ONLY ? ["demo"] : ["demo", `large ×${SCALE}`]) {
      if (data !== "demo") {
        log(`seeding the large community (scale ${SCALE})…`);
        await seedLarge(url, largeShape(SCALE), log);
      }
      const pages = (await pagesIn(db)).filter(
        (p) => ONLY.length === 0 || ONLY.some((w) => p.name.toLowerCase().includes(w)),
      );
      const cookies = new Map<string, string>();
      for (const p of pages) if (p.as && !cookies.has(p.as)) cookies.set(p.as, await sessionCookie(secret, p.as));

      // Capture each page's markup (and check it answers 200 for its visitor).
      const captured = new Map<string, string>();
      const anonymousHtml: { key: string; html: string }[] = [];
      const measured: Omit<PageResult, "ceiling">[] = [];
      for (const p of pages) {
        const cookie = p.as ? cookies.get(p.as)! : null;
        const headers: Record<string, string> = { accept: "text/html", ...(cookie ? { cookie } : {}) };
        const get = () => fetch(base + p.path, { headers, redirect: "manual" });
        for (let i = 0; i < 5; i++) await (await get()).arrayBuffer(); // warm
        const response = await get();
        const html = await response.text();
        if (response.status !== 200) throw new Error(`${p.name} (${p.path}) answered ${response.status}`);
        const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html;
        if (SAVE_HTML) {
          fs.mkdirSync(SAVE_HTML, { recursive: true });
          fs.writeFileSync(path.join(SAVE_HTML, `${p.name}-${data}.html`.replace(/[^\w.-]+/g, "_")), html);
        }
        captured.set(`${p.name}|${data}`, body);
        if (!p.as) anonymousHtml.push({ key: `${p.name}|${data}`, html });
        const stats = await statementsOf(db, async () => (await get()).arrayBuffer());
        log(
          `${data} · ${p.name}: ${stats.statements} statements, slowest ${stats.slowestMs.toFixed(1)} ms: ${stats.slowest}`,
        );
        measured.push({
          ...p,
          data,
          app: LOAD ? await load(base + p.path, cookie) : NO_LOAD,
          htmlBytes: Buffer.byteLength(html),
          ...stats,
        });
      }

      if (LOAD && anonymousHtml.length > 0) {
        const bare = await bareBaseline(ceilingDir, anonymousHtml);
        procs.push(bare.proc);
        for (const m of measured.filter((m) => !m.as)) {
          const burl = `${bare.base}/?k=${encodeURIComponent(`${m.name}|${data}`)}`;
          m.bare = await load(burl, null);
          log(`${data} · ${m.name}: ${m.app.rps.toFixed(0)} req/s (bare node:http ${m.bare.rps.toFixed(0)})`);
        }
        bare.proc.kill("SIGTERM");
      }
      if (!LOAD) {
        results.push(...measured.map((m) => ({ ...m, ceiling: NO_LOAD })));
        continue;
      }
      // The ceiling for the same markup, built once per data size.
      writeCeiling(ceilingDir, captured);
      execFileSync(path.join(ceilingDir, "node_modules", ".bin", "next"), ["build"], {
        cwd: ceilingDir,
        stdio: "ignore",
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      });
      const cport = await freePort();
      const ceilingNext = path.join(ceilingDir, "node_modules", ".bin", "next");
      const ceiling = startServer([ceilingNext, "start", "-p", String(cport), "-H", "127.0.0.1"], ceilingDir, {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
      });
      procs.push(ceiling);
      const cbase = `http://127.0.0.1:${cport}`;
      if (!(await waitUntilServing(cbase, () => ceiling.exitCode === null)))
        throw new Error("the ceiling did not start");
      for (const m of measured) {
        const curl = `${cbase}/ceiling?k=${encodeURIComponent(`${m.name}|${data}`)}`;
        for (let i = 0; i < 5; i++) await (await fetch(curl)).arrayBuffer();
        const tree = TREE ? await load(`${cbase}/tree?k=${encodeURIComponent(`${m.name}|${data}`)}`, null) : undefined;
        results.push({ ...m, ceiling: await load(curl, null), ...(tree ? { tree } : {}) });
        log(
          `${data} · ${m.name}: ${m.app.rps.toFixed(0)} req/s (ceiling ${results.at(-1)!.ceiling.rps.toFixed(0)}` +
            `${tree ? `, as a React tree ${tree.rps.toFixed(0)}` : ""})`,
        );
      }
      ceiling.kill("SIGTERM");
    }
    await db.end();
  } finally {
    for (const p of procs) if (p.exitCode === null) p.kill("SIGTERM");
    await stopTestServer(server);
    fs.rmSync(ceilingDir, { recursive: true, force: true });
  }
  return results;
}

/** The closing note's table: page × data → req/s, ratio to the ceiling, latency, statements, HTML. */
export function pagesTable(results: PageResult[]): string {
  const head =
    "| Page | Data | req/s | Ceiling req/s | Ratio | p50 ms | p99 ms | Statements | Slowest statement ms | HTML KB | Failed |";
  const rule = "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.data} | ${r.app.rps.toFixed(0)} | ${r.ceiling.rps.toFixed(0)} | ${(r.app.rps / r.ceiling.rps).toFixed(2)} | ${r.app.p50} | ${r.app.p99} | ${r.statements} | ${r.slowestMs.toFixed(1)} | ${(r.htmlBytes / 1024).toFixed(0)} | ${r.app.failed} |`,
  );
  const trees = results.filter((r) => r.tree);
  const treeTable = trees.length
    ? [
        "",
        "The same markup as a React element tree from a server component, no data (BENCH_PAGES_TREE=1)",
        "",
        "| Page | Data | req/s | Tree ceiling req/s | Ratio to tree | Tree ÷ innerHTML ceiling | Tree p99 ms |",
        "|---|---|---:|---:|---:|---:|---:|",
        ...trees.map(
          (r) =>
            `| ${r.name} | ${r.data} | ${r.app.rps.toFixed(0)} | ${r.tree!.rps.toFixed(0)} | ${(r.app.rps / r.tree!.rps).toFixed(2)} | ${(r.tree!.rps / r.ceiling.rps).toFixed(2)} | ${r.tree!.p99} |`,
        ),
      ]
    : [];
  const bare = results.filter((r) => r.bare);
  if (bare.length === 0) return [head, rule, ...rows, ...treeTable].join("\n");
  const bareTable = [
    "",
    "Anonymous pages beside a bare `node:http` server answering the same bytes (goal 5: ratio >= 0.2)",
    "",
    "| Page | Data | req/s | Bare node:http req/s | Ratio | p50 ms | p99 ms | Bare p99 ms |",
    "|---|---|---:|---:|---:|---:|---:|---:|",
    ...bare.map(
      (r) =>
        `| ${r.name} | ${r.data} | ${r.app.rps.toFixed(0)} | ${r.bare!.rps.toFixed(0)} | ${(r.app.rps / r.bare!.rps).toFixed(3)} | ${r.app.p50} | ${r.app.p99} | ${r.bare!.p99} |`,
    ),
  ];
  return [head, rule, ...rows, ...treeTable, ...bareTable].join("\n");
}
