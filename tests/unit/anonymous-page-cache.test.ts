import { createHash } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import {
  cacheablePage,
  hasSessionCookie,
  isDocumentRequest,
  isRenderMarker,
  renderMarker,
} from "@/lib/http/anonymous-page";
import { contentSecurityPolicy } from "@/lib/http/csp";
import { inlineScriptHashes, stripNonces } from "@/lib/http/inline-scripts";

const warn = vi.fn();
vi.mock("@/lib/log", () => ({ logger: { warn } }));

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");
const page = (path: string, query = "") => cacheablePage(path, new URLSearchParams(query));

describe("the pages the anonymous cache serves (decision 025)", () => {
  it("are the home, the directory's first page in each order, and a group's discussion and about pages", () => {
    expect(page("/")).toEqual({ url: "/", tags: ["anonymous-pages", "home"] });
    expect(page("/groups")).toEqual({ url: "/groups", tags: ["anonymous-pages", "directory"] });
    expect(page("/groups", "sort=newest")?.url).toBe("/groups?sort=newest");
    expect(page("/groups/soap-makers")).toEqual({
      url: "/groups/soap-makers",
      tags: ["anonymous-pages", "group:soap-makers"],
    });
    expect(page("/groups/soap-makers/about")?.tags).toContain("group:soap-makers");
  });

  it("are nothing else: other pages, a search, a cursor, an unknown order or any other parameter", () => {
    for (const [path, query] of [
      ["/groups", "q=soap"],
      ["/groups", "cursor=abc"],
      ["/groups", "sort=bogus"],
      ["/groups", "sort=size&sort=newest"],
      ["/", "utm_source=x"],
      ["/groups/soap-makers", "tab=1"],
      ["/groups/new", ""],
      ["/groups/soap-makers/members", ""],
      ["/groups/soap-makers/settings", ""],
      ["/groups/Soap%20Makers", ""],
      ["/groups/soap-makers/about/x", ""],
      ["/mentorships", ""],
      ["/sign-in", ""],
      ["/anonymous-page/en", ""],
    ] as const)
      expect(page(path, query), `${path}?${query}`).toBeNull();
  });

  it("never go to a visitor who names a session, plain, secure or chunked", () => {
    expect(hasSessionCookie(["locale", "theme"])).toBe(false);
    for (const name of [
      "authjs.session-token",
      "__Secure-authjs.session-token",
      "authjs.session-token.0",
      "__Secure-authjs.session-token.1",
    ])
      expect(hasSessionCookie(["locale", name]), name).toBe(true);
    expect(hasSessionCookie(["authjs.csrf-token", "authjs.callback-url"])).toBe(false);
  });

  it("are documents: a GET or HEAD for HTML, not a router fetch, a prefetch or an action", () => {
    const html = { accept: "text/html,application/xhtml+xml" };
    expect(isDocumentRequest("GET", new Headers(html))).toBe(true);
    expect(isDocumentRequest("HEAD", new Headers(html))).toBe(true);
    expect(isDocumentRequest("POST", new Headers(html))).toBe(false);
    expect(isDocumentRequest("GET", new Headers({ accept: "*/*" }))).toBe(false);
    for (const header of ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action"])
      expect(isDocumentRequest("GET", new Headers({ ...html, [header]: "1" })), header).toBe(false);
  });
});

describe("the cache's own render marker", () => {
  it("is accepted only as the HMAC of this secret, not another secret's nor a guess", async () => {
    const secret = "s".repeat(40);
    const marker = await renderMarker(secret);
    expect(await isRenderMarker(marker, secret)).toBe(true);
    expect(await isRenderMarker(await renderMarker("t".repeat(40)), secret)).toBe(false);
    expect(await isRenderMarker("1", secret)).toBe(false);
    expect(await isRenderMarker(null, secret)).toBe(false);
    expect(await isRenderMarker(`${marker.slice(0, -1)}x`, secret)).toBe(false);
  });
});

describe("a cached page's scripts", () => {
  const html = [
    '<html><head><script src="/_next/static/chunks/a.js" async="" nonce="abc=="></script>',
    '<script nonce="abc==">self.__next_f.push([1,"x"])</script></head>',
    '<body><script nonce="abc==">(function(){ document.documentElement.dataset.t = "dark" })()</script>',
    "<script>\r\nconsole.log(1)\r\n</script>",
    '<SCRIPT type="module">import "/x.js"</SCRIPT>',
    // The same script twice is one hash; a nonce inside a script's JSON is text, not an attribute.
    '<script nonce="abc==">self.__next_f.push([1,"x"])</script>',
    '<script>self.__next_f.push([1,"{\\"nonce\\":\\"abc==\\"} nonce=\\"abc==\\""])</script></body></html>',
  ].join("");

  it("lose their nonce attributes, and only those", () => {
    const stripped = stripNonces(html);
    expect(stripped).not.toMatch(/<[^>]*\snonce="/);
    expect(stripped).toContain('nonce=\\"abc==\\"');
  });

  it("are hashed as the browser hashes inline scripts: text as written, CRLF as LF; with src, not at all", () => {
    const hashes = inlineScriptHashes(stripNonces(html));
    expect(hashes).toEqual([
      sha('self.__next_f.push([1,"x"])'),
      sha('(function(){ document.documentElement.dataset.t = "dark" })()'),
      sha("\nconsole.log(1)\n"),
      sha('import "/x.js"'),
      sha('self.__next_f.push([1,"{\\"nonce\\":\\"abc==\\"} nonce=\\"abc==\\""])'),
    ]);
  });
});

describe("the one CSP", () => {
  it("with a nonce: the nonce and 'strict-dynamic', as every signed-in page has it", () => {
    const csp = contentSecurityPolicy({ nonce: "n0nce" }, false);
    expect(csp).toContain("script-src 'self' 'nonce-n0nce' 'strict-dynamic'; ");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("with hashes: each hash once, no nonce, no 'strict-dynamic' (so 'self' loads the chunks), the rest the same", () => {
    const withHashes = contentSecurityPolicy({ hashes: ["aaa=", "bbb=", "aaa="] }, false);
    expect(withHashes).toContain("script-src 'self' 'sha256-aaa=' 'sha256-bbb='; ");
    const scriptSrc = withHashes.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).not.toMatch(/nonce|strict-dynamic|unsafe-inline|unsafe-eval/);
    const rest = (csp: string) => csp.split("; ").filter((d) => !d.startsWith("script-src"));
    expect(rest(withHashes)).toEqual(rest(contentSecurityPolicy({ nonce: "x" }, false)));
  });
});

describe("telling the cache that public content changed", () => {
  it("never throws, even outside a request (the worker, a script, a test)", async () => {
    const { publicContentChanged } = await import("@/lib/http/public-cache");
    expect(() => publicContentChanged({ groupSlug: "soap-makers", directory: true, urgent: true })).not.toThrow();
    expect(() => publicContentChanged({})).not.toThrow();
    // No store outside a request is expected, not a warning.
    expect(warn).not.toHaveBeenCalled();
  });
});
