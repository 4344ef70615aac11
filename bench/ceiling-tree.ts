/**
 * A second ceiling for `npm run bench -- pages` (BENCH_PAGES_TREE=1): the same captured markup rendered as a tree
 * of React elements by a server component, with no data, no translations and no client components. The first
 * ceiling hands React one string (dangerouslySetInnerHTML), which React writes without looking at it; this one makes
 * React build, serialize (the RSC payload) and render (HTML) one element per tag of the page, as our pages' server
 * components do. The gap between the two is what a React tree of the page's size costs before any of our code runs.
 *
 * The markup is parsed here (Next's own output: well formed, attributes quoted) into a JSON tree the scratch page
 * reads once: [tag, props, children] or a string. Attributes become the props React writes back as the same
 * attributes (style as an object, boolean attributes as true); comments (Suspense markers) are dropped.
 */

type Node = string | [string, Record<string, unknown>, Node[]];

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);
const RAW_TEXT = new Set(["script", "style"]);
/** Attributes React knows under another name; booleans are written as `true`. */
const RENAMED: Record<string, string> = {
  class: "className",
  for: "htmlFor",
  tabindex: "tabIndex",
  readonly: "readOnly",
  maxlength: "maxLength",
  minlength: "minLength",
  autocomplete: "autoComplete",
  autofocus: "autoFocus",
  novalidate: "noValidate",
  crossorigin: "crossOrigin",
  enctype: "encType",
  fetchpriority: "fetchPriority",
  srcset: "srcSet",
  viewbox: "viewBox",
};
const BOOLEAN = new Set([
  "hidden",
  "disabled",
  "checked",
  "selected",
  "required",
  "readOnly",
  "multiple",
  "open",
  "async",
  "defer",
  "autoFocus",
  "noValidate",
]);

const decode = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&amp;/g, "&");

function styleObject(css: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of css.split(";")) {
    const colon = rule.indexOf(":");
    if (colon < 0) continue;
    const name = rule.slice(0, colon).trim();
    const value = rule.slice(colon + 1).trim();
    if (name) out[name.startsWith("--") ? name : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
  }
  return out;
}

function propsOf(attributes: string): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  const re = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (let m; (m = re.exec(attributes));) {
    const raw = m[1]!;
    const name = RENAMED[raw.toLowerCase()] ?? raw;
    const value = decode(m[2] ?? m[3] ?? m[4] ?? "");
    if (name === "style") props.style = styleObject(value);
    else if (BOOLEAN.has(name)) props[name] = true;
    else props[name] = value;
  }
  return props;
}

/** The markup of a page's body as a tree of [tag, props, children] and strings. */
export function markupTree(html: string): Node[] {
  const root: Node[] = [];
  const stack: { tag: string; children: Node[] }[] = [{ tag: "", children: root }];
  const top = () => stack[stack.length - 1]!;
  const token =
    /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/gi;
  let at = 0;
  for (let m; (m = token.exec(html));) {
    if (m.index > at) top().children.push(decode(html.slice(at, m.index)));
    at = token.lastIndex;
    if (m[1]) {
      const closing = m[1].toLowerCase();
      const open = stack.findLastIndex((s) => s.tag === closing);
      if (open > 0) stack.length = open;
      continue;
    }
    if (!m[2]) continue; // a comment or a doctype
    const tag = m[2];
    const lower = tag.toLowerCase();
    const element: Node = [tag, propsOf(m[3] ?? ""), []];
    top().children.push(element);
    if (RAW_TEXT.has(lower)) {
      const end = html.toLowerCase().indexOf(`</${lower}`, at);
      const text = html.slice(at, end < 0 ? html.length : end);
      if (text) element[1].dangerouslySetInnerHTML = { __html: text };
      at = end < 0 ? html.length : html.indexOf(">", end) + 1;
      token.lastIndex = at;
      continue;
    }
    if (m[4] === "/" || VOID.has(lower)) continue;
    stack.push({ tag: lower, children: element[2] });
  }
  if (at < html.length) top().children.push(decode(html.slice(at)));
  return root;
}

/** The scratch app's second page: each captured page's tree, rebuilt as React elements on every request. */
export const TREE_PAGE = `import fs from "node:fs";
import path from "node:path";
import { createElement } from "react";
export const dynamic = "force-dynamic";
const dir = path.join(process.cwd(), "captured");
const index = JSON.parse(fs.readFileSync(path.join(dir, "index.json"), "utf8"));
const cache = new Map();
const element = (node) =>
  typeof node === "string" ? node : createElement(node[0], node[1], ...node[2].map(element));
export default async function Page({ searchParams }) {
  const key = (await searchParams).k;
  if (!index[key]) return <div>ok</div>;
  let tree = cache.get(key);
  if (tree === undefined) cache.set(key, (tree = JSON.parse(fs.readFileSync(path.join(dir, index[key] + ".tree.json"), "utf8"))));
  return <div>{tree.map(element)}</div>;
}
`;
