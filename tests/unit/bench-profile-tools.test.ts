import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { markupTree } from "@/bench/ceiling-tree";
import { breakdown, classify, type CpuProfile } from "@/bench/profile-breakdown";

type Node = ReturnType<typeof markupTree>[number];
const element = (node: Node): ReactNode =>
  typeof node === "string" ? node : createElement(node[0], node[1], ...node[2].map(element));

describe("the tree ceiling (bench/ceiling-tree.ts)", () => {
  it("turns markup into React elements that write the same markup back", () => {
    const html =
      '<div class="a b" style="margin-inline-start:4px;--x:1"><a href="/g?x=1&amp;y=2" aria-label="Go &quot;on&quot;">' +
      'Tom &amp; Jerry</a><input type="checkbox" checked="" disabled=""/><br/><svg viewBox="0 0 24 24"><path d="M0 0"></path>' +
      "</svg><!--$--><p>one<span>two</span></p><!--/$--></div>";
    const out = renderToStaticMarkup(createElement("div", null, ...markupTree(html).map(element)));
    expect(out).toContain('<a href="/g?x=1&amp;y=2" aria-label="Go &quot;on&quot;">Tom &amp; Jerry</a>');
    expect(out).toContain('style="margin-inline-start:4px;--x:1"');
    // React writes an input's checked state last; both attributes are there.
    expect(out).toContain('<input type="checkbox" disabled="" checked=""/>');
    expect(out).toContain('<svg viewBox="0 0 24 24"><path d="M0 0"></path></svg>');
    expect(out).toContain("<p>one<span>two</span></p>");
    expect(out).not.toContain("<!--");
  });

  it("keeps a script's text as it is", () => {
    const [script] = markupTree('<script>self.__next_f.push([1,"<a>"])</script>');
    expect(script).toEqual(["script", { dangerouslySetInnerHTML: { __html: 'self.__next_f.push([1,"<a>"])' } }, []]);
  });
});

describe("the profile's breakdown (bench/profile-breakdown.ts)", () => {
  it("sums self time by category, leaving idle out", () => {
    const frame = (functionName: string, url = "") => ({ functionName, url, lineNumber: 0, columnNumber: 0 });
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame("(idle)") },
        { id: 2, callFrame: frame("(garbage collector)") },
        { id: 3, callFrame: frame("emit", "node:events") },
        { id: 4, callFrame: frame("query", "file:///x/node_modules/pg/lib/client.js") },
      ],
      samples: [1, 2, 3, 4, 4, 1],
      timeDeltas: [5000, 1000, 1000, 1000, 1000, 5000],
    };
    const b = breakdown(profile);
    expect(b.idleMs).toBe(10);
    expect(b.totalMs).toBe(4);
    expect(b.categories.map((c) => [c.name, c.ms])).toEqual([
      ["pg driver", 2],
      ["GC", 1],
      ["Node.js core (http, streams, …)", 1],
    ]);
  });

  it("names our own files by folder and packages by name", () => {
    const at = (url: string) => classify({ functionName: "f", url, lineNumber: 0, columnNumber: 0 });
    expect(at("file:///w/lib/i18n/request.ts")).toEqual({
      category: "our code (app, components, lib)",
      file: "lib/i18n",
    });
    expect(at("file:///w/node_modules/use-intl/dist/core.js").category).toBe("next-intl and ICU formatting");
    expect(at("file:///w/node_modules/@prisma/client/runtime/client.js").category).toBe(
      "Prisma (query layer, adapter)",
    );
  });
});
