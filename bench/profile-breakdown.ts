/**
 * The bottom-up view of a V8 CPU profile (`.cpuprofile`, as `node --cpu-prof` or the inspector's Profiler writes it),
 * grouped by what the time was spent on: React's server render (Fizz), React's RSC serializer (Flight), Next.js,
 * next-intl, Prisma, pg, our own code, garbage collection… Bundled code (the app's server chunks, Next's compiled
 * runtime) is traced back to its original file through its source map, read here with a small VLQ decoder (index
 * maps with sections too, as Turbopack writes them) so the benchmark needs no extra dependency. Pure but for reading
 * the maps from disk; used by bench/profile.ts.
 */
import fs from "node:fs";
import { fileURLToPath } from "node:url";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
export type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
export type Share = { name: string; ms: number; share: number };
export type Breakdown = { totalMs: number; idleMs: number; categories: Share[]; files: Share[]; functions: Share[] };

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));

/** One generated line's segments: [generated column, source index], by column. */
type Line = [number, number][];
type Section = { line: number; column: number; sources: string[]; lines: Line[] };

function decodeMappings(mappings: string): Line[] {
  const lines: Line[] = [];
  let source = 0;
  for (const text of mappings.split(";")) {
    const line: Line = [];
    let column = 0;
    for (const segment of text.split(",")) {
      if (!segment) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const c of segment) {
        const digit = B64_VALUE.get(c) ?? 0;
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        source += fields[1]!;
        line.push([column, source]);
      }
    }
    lines.push(line);
  }
  return lines;
}

type RawMap = {
  sources?: string[];
  mappings?: string;
  sections?: { offset: { line: number; column: number }; map: RawMap }[];
};

function sectionsOf(map: RawMap, line = 0, column = 0): Section[] {
  if (map.sections)
    return map.sections.flatMap((s) =>
      sectionsOf(s.map, line + s.offset.line, s.offset.line ? s.offset.column : column),
    );
  return [{ line, column, sources: map.sources ?? [], lines: decodeMappings(map.mappings ?? "") }];
}

const maps = new Map<string, Section[] | null>();

/** The original file of a position (0-based line and column) in a generated file, or null without a source map. */
export function originalSource(fileUrl: string, line: number, column: number): string | null {
  let sections = maps.get(fileUrl);
  if (sections === undefined) {
    try {
      const file = fileUrl.startsWith("file://") ? fileURLToPath(fileUrl) : fileUrl;
      sections = sectionsOf(JSON.parse(fs.readFileSync(`${file}.map`, "utf8")) as RawMap);
    } catch {
      sections = null;
    }
    maps.set(fileUrl, sections);
  }
  if (!sections) return null;
  let section: Section | undefined;
  for (const s of sections) if (s.line < line || (s.line === line && s.column <= column)) section = s;
  if (!section) return null;
  const segments = section.lines[line - section.line];
  if (!segments || segments.length === 0) return null;
  const col = line === section.line ? column - section.column : column;
  let found: [number, number] | undefined;
  for (const seg of segments) {
    if (seg[0] > col) break;
    found = seg;
  }
  return section.sources[(found ?? segments[0]!)[1]] ?? null;
}

/** The package of a path inside node_modules (`@scope/name` or `name`), or null. */
function packageOf(file: string): string | null {
  const at = file.lastIndexOf("node_modules/");
  if (at < 0) return null;
  const [first = "", second = ""] = file.slice(at + "node_modules/".length).split("/");
  return first.startsWith("@") ? `${first}/${second}` : first;
}

/** The category and the finer "file" (package or project folder) of one frame's self time. */
export function classify(frame: CallFrame): { category: string; file: string } {
  const { functionName, url } = frame;
  if (functionName === "(garbage collector)") return { category: "GC", file: "(garbage collector)" };
  if (functionName === "(program)") return { category: "V8 and native (program)", file: "(program)" };
  if (functionName === "(idle)") return { category: "idle", file: "(idle)" };
  if (!url) return { category: "V8 builtins (JSON, RegExp, …)", file: `builtin ${functionName || "(anonymous)"}` };
  // The one WebAssembly module on the server is Prisma 7's query compiler.
  if (url.startsWith("wasm://")) return { category: "Prisma (query layer, adapter)", file: "@prisma/client (wasm)" };
  if (url.startsWith("node:")) return { category: "Node.js core (http, streams, …)", file: url.replace(/^node:/, "") };
  const mapped = originalSource(url, frame.lineNumber, frame.columnNumber);
  // A package's own map names its sources relative to the file it maps (pg-protocol: ../src/serializer.ts).
  const original =
    mapped && !/^\w+:/.test(mapped) && !mapped.startsWith("/") ? new URL(mapped, url).href : (mapped ?? url);
  const path = decodeURIComponent(original)
    .replace(/^webpack:\/\/next\/\.\//, "next/")
    .replace(/^(turbopack|webpack):\/\/(\/\[project\]\/)?/, "")
    .replace(/^file:\/\//, "");
  if (/react-server-dom-[\w-]+-server/.test(path))
    return { category: "React Flight (RSC payload)", file: "react-server-dom (server)" };
  if (/react-server-dom-[\w-]+-client/.test(path))
    return { category: "React Flight client (SSR reads the payload)", file: "react-server-dom (client)" };
  if (/react-dom[/-].*server/.test(path) || /react-dom-server/.test(path))
    return { category: "React DOM server render (Fizz)", file: "react-dom/server" };
  if (/\/react\/|react\.(react-server\.)?production/.test(path) || /compiled\/react\//.test(path))
    return { category: "React (elements, hooks)", file: "react" };
  const pkg = packageOf(path) ?? (/^next\/(dist|src)\//.test(path) ? "next" : null);
  if (pkg === "next") {
    if (/compiled\/(react|scheduler)/.test(path)) return { category: "React (elements, hooks)", file: "react" };
    return { category: "Next.js (router, app render, proxy)", file: `next/${path.split("/").slice(-2).join("/")}` };
  }
  if (pkg) {
    const category = /^(next-intl|use-intl|intl-messageformat|@formatjs\/.*|icu-minify)$/.test(pkg)
      ? "next-intl and ICU formatting"
      : /^(@prisma\/.*|prisma)$/.test(pkg)
        ? "Prisma (query layer, adapter)"
        : /^(pg|pg-.*|postgres-.*)$/.test(pkg)
          ? "pg driver"
          : /^(next-auth|@auth\/.*|jose|@panva\/.*)$/.test(pkg)
            ? "Auth.js and jose (session)"
            : "other packages";
    return { category, file: pkg };
  }
  if (path.includes("/server/chunks/") || path.includes("/.next"))
    return { category: "bundled, unmapped", file: "chunks" };
  const ours = /(^|\/)(app|components|lib|proxy\.ts|instrumentation\.ts)(\/|$)/.exec(path);
  if (ours) {
    const rel = path.slice(ours.index + ours[1]!.length);
    const folder = rel
      .split("/")
      .slice(0, rel.startsWith("lib/") ? 2 : 1)
      .join("/");
    return { category: "our code (app, components, lib)", file: folder };
  }
  return { category: "other", file: path.split("/").slice(-2).join("/") };
}

/** Self time per category, per file and per function (the top `top` of the last two), idle excluded. */
export function breakdown(profile: CpuProfile, top = 25): Breakdown {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // The probe that starts and stops the profiler (bench/profile.ts) is not the app: its frames and theirs are left out.
  const probe = new Set<number>();
  const markProbe = (id: number) => {
    probe.add(id);
    for (const child of byId.get(id)?.children ?? []) markProbe(child);
  };
  for (const n of profile.nodes) if (n.callFrame.url.startsWith("data:") && !probe.has(n.id)) markProbe(n.id);
  // A builtin (JSON.stringify, a RegExp, a socket write) counts for the code that called it.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const classifyIn = (frame: CallFrame, id: number) => {
    const own = classify(frame);
    if (!own.category.startsWith("V8 builtins")) return own;
    for (let at = parent.get(id); at !== undefined; at = parent.get(at)) {
      const caller = byId.get(at)!.callFrame;
      if (caller.url) return { category: classify(caller).category, file: own.file };
    }
    return own;
  };
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const categories = new Map<string, number>();
  const files = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    const { category, file } = probe.has(id) ? { category: "idle", file: "" } : classifyIn(frame, id);
    if (category === "idle") {
      idle += us;
      continue;
    }
    total += us;
    categories.set(category, (categories.get(category) ?? 0) + us);
    files.set(`${category} · ${file}`, (files.get(`${category} · ${file}`) ?? 0) + us);
    const fn = `${frame.functionName || "(anonymous)"} · ${file}`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  }
  const shares = (m: Map<string, number>, n = Infinity): Share[] =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, ms: us / 1000, share: total ? us / total : 0 }));
  return {
    totalMs: total / 1000,
    idleMs: idle / 1000,
    categories: shares(categories),
    files: shares(files, top),
    functions: shares(functions, top),
  };
}

/** A markdown table of shares. */
export function sharesTable(title: string, rows: Share[], perRequest = 0): string {
  const head = perRequest ? `| ${title} | ms | % | ms a request |` : `| ${title} | ms | % |`;
  const rule = perRequest ? "|---|---:|---:|---:|" : "|---|---:|---:|";
  const body = rows.map(
    (r) =>
      `| ${r.name} | ${r.ms.toFixed(0)} | ${(r.share * 100).toFixed(1)} |${perRequest ? ` ${(r.ms / perRequest).toFixed(2)} |` : ""}`,
  );
  return [head, rule, ...body].join("\n");
}
