import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  FRONT_CACHE_BYTES,
  FRONT_CACHE_ENTRIES,
  FRONT_CACHE_REFRESH_AFTER_MS,
  frontCacheRefreshWanted,
  frontCacheClear,
  frontCacheConfirm,
  frontCacheGet,
  frontCacheInvalidate,
  frontCacheDelete,
  frontCachePut,
  frontCacheSize,
  pageEtag,
} from "@/lib/http/front-cache.mjs";
import { frontCacheAnswer, frontEncoding } from "@/lib/http/front-answer.mjs";

// Decision 025, the front cache: scripts/serve.mjs answers cached anonymous pages before Next.js. Here over real
// HTTP with a stand-in for Next.js behind it (the browser tests run it against the built app).
const HTML = "text/html,application/xhtml+xml";
const page = (text: string) =>
  `<!DOCTYPE html><html><body><p>${text}</p>${"<!-- padding -->".repeat(100)}</body></html>`;
/** What Next.js sends with a page of the cache route (the route's headers, the proxy's, Next's own Vary). */
const SENT = {
  "content-type": "text/html; charset=utf-8",
  "content-security-policy": "script-src 'self' 'sha256-abc='",
  "cache-control": "public, max-age=0, s-maxage=10, stale-while-revalidate=60",
  vary: "rsc, next-router-state-tree, Cookie, Accept-Language, Accept-Encoding",
  "x-frame-options": "DENY",
  "x-request-id": "id-of-that-request",
  "x-kinship-cache": "miss",
  "transfer-encoding": "chunked",
  "x-middleware-rewrite": "/anonymous-page/en/groups/soap",
};

/** Kept as the route keeps a page, and given its headers as serve.mjs does once Next.js has sent them. */
function put(key: string, text: string, tags = ["anonymous-pages", "group:soap"], renderedAt = Date.now()) {
  const body = page(text);
  const etag = pageEtag(body);
  const kept = frontCachePut(key, { renderedAt, tags, etag, body });
  if (kept) frontCacheConfirm(key, { ...SENT, etag });
  return kept;
}

/** The gzipped copy is made off the event loop: wait until it is there. */
async function zipped(key: string) {
  await vi.waitFor(() => expect(frontCacheGet(key)?.gzipped).toBeTruthy());
}

let server: Server;
let learnCookie: string | undefined;
let port: number;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (frontCacheAnswer(req, res)) return;
    const kept = req.url === "/groups/learn" ? frontCacheGet("en /groups/learn") : null;
    if (kept) {
      // As the cache route through Next.js: the kept page, with headers set one by one.
      for (const [name, value] of Object.entries({ ...SENT, etag: kept.etag, "set-cookie": learnCookie }))
        if (value !== undefined) res.setHeader(name, value);
      res.end(kept.body);
      return;
    }
    res.writeHead(200, { "content-type": "text/plain", "x-kinship-cache": "next" });
    res.end("from next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => frontCacheClear());

function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, method, headers: { accept: HTML, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the front cache's answers", () => {
  it("are the stored page and headers, marked front, with a request id of their own", async () => {
    put("en /groups/soap", "Soap makers");
    const res = await get("/groups/soap");
    expect(res.status).toBe(200);
    expect(res.headers["x-kinship-cache"]).toBe("front");
    expect(res.body.toString()).toBe(page("Soap makers"));
    expect(res.headers["content-security-policy"]).toBe(SENT["content-security-policy"]);
    expect(res.headers["cache-control"]).toBe(SENT["cache-control"]);
    expect(res.headers["vary"]).toBe(SENT.vary);
    expect(res.headers["x-frame-options"]).toBe("DENY");
    expect(res.headers["x-middleware-rewrite"]).toBeUndefined();
    expect(res.headers["transfer-encoding"]).toBeUndefined();
    expect(res.headers["content-length"]).toBe(String(page("Soap makers").length));
    expect(res.headers["etag"]).toBe(pageEtag(page("Soap makers")));
    expect(res.headers["x-request-id"]).toMatch(/^[\w-]{8,64}$/);
    expect(res.headers["x-request-id"]).not.toBe(SENT["x-request-id"]);
    expect(res.headers["strict-transport-security"]).toBeUndefined();
    expect((await get("/groups/soap", { "x-request-id": "trace-1234" })).headers["x-request-id"]).toBe("trace-1234");
    const tls = await get("/groups/soap", { "x-forwarded-proto": "https" });
    expect(tls.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  });

  it("wait for the headers Next.js sends with the kept page, and never take a response that sets a cookie", async () => {
    const body = page("Learnt");
    frontCachePut("en /groups/learn", { renderedAt: Date.now(), tags: ["group:learn"], etag: pageEtag(body), body });
    learnCookie = "tracking=1";
    expect((await get("/groups/learn")).headers["x-kinship-cache"]).toBe("miss");
    expect((await get("/groups/learn")).headers["x-kinship-cache"]).toBe("miss");
    learnCookie = undefined;
    expect((await get("/groups/learn")).headers["x-kinship-cache"]).toBe("miss"); // Next.js's answer teaches…
    const res = await get("/groups/learn"); // …and the front cache answers with it.
    expect(res.headers["x-kinship-cache"]).toBe("front");
    expect(res.headers["vary"]).toBe(SENT.vary);
    expect(res.body.toString()).toBe(body);
    // Headers of another render (another ETag) are not this one's.
    expect(frontCacheConfirm("en /groups/learn", { ...SENT, etag: '"other"' })).toBe(false);
  });

  it("to a HEAD carry the headers and no body", async () => {
    put("en /groups/soap", "Soap makers");
    const res = await get("/groups/soap", {}, "HEAD");
    expect(res.headers["x-kinship-cache"]).toBe("front");
    expect(res.body.length).toBe(0);
  });

  it("are in the visitor's language as the proxy chooses it, and only when that page is kept", async () => {
    put("es /groups/soap", "Jabones");
    expect((await get("/groups/soap", { cookie: "locale=es" })).body.toString()).toContain("Jabones");
    expect((await get("/groups/soap", { "accept-language": "es-MX,es;q=0.9" })).body.toString()).toContain("Jabones");
    expect((await get("/groups/soap")).body.toString()).toBe("from next");
    expect((await get("/groups/soap", { "accept-language": "ar" })).body.toString()).toBe("from next");
  });

  it("never go to a request naming a session (any chunk), a flash, a router fetch or the cache's own render", async () => {
    put("en /groups/soap", "Soap makers");
    for (const headers of [
      { cookie: "authjs.session-token=x" },
      { cookie: "__Secure-authjs.session-token=x" },
      { cookie: "theme=dark; authjs.session-token.0=x" },
      { cookie: "__Secure-authjs.session-token.1=x" },
      { cookie: "kinship-flash=Saved" },
      { rsc: "1" },
      { "next-router-prefetch": "1" },
      { "next-router-state-tree": "x" },
      { "next-action": "x" },
      { accept: "*/*" },
      { "x-kinship-anonymous-render": "anything" },
    ] as Record<string, string>[]) {
      const res = await get("/groups/soap", headers);
      expect(res.headers["x-kinship-cache"], JSON.stringify(headers)).toBe("next");
    }
    expect((await get("/groups/soap", {}, "POST")).headers["x-kinship-cache"]).toBe("next");
  });

  it("are for the page's own address only: nothing Next.js would normalise, redirect or read otherwise", async () => {
    put("en /groups/soap", "Soap makers");
    put("en /groups", "Directory");
    put("en /", "Home");
    for (const path of ["/groups/soap/", "//groups/soap", "/groups/x/../soap", "/groups/./soap", "/groups/soap?x=1"])
      expect((await get(path)).headers["x-kinship-cache"], path).toBe("next");
    for (const path of ["/groups?q=soap", "/groups?sort=size", "/?utm_source=x", "/groups/soap?_rsc=1"])
      expect((await get(path)).headers["x-kinship-cache"], path).toBe("next");
  });

  it("send one request on to refresh a page near the end of its ten seconds, and answer the others meanwhile", async () => {
    put(
      "en /groups/soap",
      "Soap makers",
      ["anonymous-pages", "group:soap"],
      Date.now() - FRONT_CACHE_REFRESH_AFTER_MS - 50,
    );
    expect((await get("/groups/soap")).headers["x-kinship-cache"]).toBe("next");
    expect(frontCacheRefreshWanted("en /groups/soap", frontCacheGet("en /groups/soap")!.renderedAt)).toBe(true);
    expect((await get("/groups/soap")).headers["x-kinship-cache"]).toBe("front");
    expect((await get("/groups/soap")).headers["x-kinship-cache"]).toBe("front");
    // The new render replaces it, and is not to be refreshed.
    expect(put("en /groups/soap", "Soap makers, again")).toBe(true);
    expect(frontCacheRefreshWanted("en /groups/soap", frontCacheGet("en /groups/soap")!.renderedAt)).toBe(false);
    expect((await get("/groups/soap")).body.toString()).toContain("Soap makers, again");
  });

  it("answer 304 to a matching If-None-Match, and the page to another", async () => {
    put("en /groups/soap", "Soap makers");
    const etag = pageEtag(page("Soap makers"));
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const res = await get("/groups/soap", { "if-none-match": ifNoneMatch });
      expect(res.status, ifNoneMatch).toBe(304);
      expect(res.body.length).toBe(0);
      expect(res.headers["etag"]).toBe(etag);
      expect(res.headers["x-kinship-cache"]).toBe("front");
    }
    expect((await get("/groups/soap", { "if-none-match": '"other"' })).status).toBe(200);
  });

  it("are gzipped for a browser that takes gzip, once the copy is made; subtler encodings go to Next.js", async () => {
    put("en /groups/soap", "Soap makers");
    await zipped("en /groups/soap");
    const res = await get("/groups/soap", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(res.body).toString()).toBe(page("Soap makers"));
    expect((await get("/groups/soap", { "accept-encoding": "br" })).headers["content-encoding"]).toBeUndefined();
    expect((await get("/groups/soap", { "accept-encoding": "deflate" })).headers["x-kinship-cache"]).toBe("next");
    expect(frontEncoding(undefined)).toBe("identity");
    expect(frontEncoding("gzip;q=0.5, identity")).toBeNull();
    expect(frontEncoding("identity")).toBe("identity");
    expect(frontEncoding("gzip;q=0, br")).toBe("identity");
    expect(frontEncoding("identity, gzip")).toBeNull();
    expect(frontEncoding("*")).toBeNull();
    expect(frontEncoding("deflate, gzip")).toBe("gzip");
  });
});

describe("the front cache's store", () => {
  it("keeps a page ten seconds from the start of its render, then lets it go", () => {
    const start = 1_000_000;
    expect(put("en /", "Home", ["anonymous-pages", "home"], start)).toBe(false); // long gone by now
    frontCachePut("en /", { renderedAt: start, tags: ["home"], etag: '"x"', body: "x" }, start + 100);
    expect(frontCacheGet("en /", start + 9_999)).not.toBeNull();
    expect(frontCacheGet("en /", start + 10_000)).toBeNull();
    expect(frontCacheSize().entries).toBe(0);
  });

  it("forgets a tag's pages when a write invalidates it, and refuses a render begun before the write", () => {
    const now = Date.now();
    put("en /groups/soap", "Soap", ["anonymous-pages", "group:soap"], now - 50);
    put("en /groups/wax", "Wax", ["anonymous-pages", "group:wax"], now - 50);
    frontCacheInvalidate(["group:soap"], now);
    expect(frontCacheGet("en /groups/soap")).toBeNull();
    expect(frontCacheGet("en /groups/wax")).not.toBeNull();
    // A render that began before the write read the old rows: it may not come back in.
    expect(put("en /groups/soap", "Soap (old)", ["anonymous-pages", "group:soap"], now - 10)).toBe(false);
    expect(put("en /groups/soap", "Soap (new)", ["anonymous-pages", "group:soap"], now + 1)).toBe(true);
  });

  it("does not replace a page with an older render, and forgets a key on request", () => {
    const now = Date.now();
    expect(put("en /groups", "new", ["directory"], now)).toBe(true);
    expect(put("en /groups", "old", ["directory"], now - 100)).toBe(false);
    expect(frontCacheGet("en /groups")!.body.toString()).toContain("new");
    frontCacheDelete("en /groups");
    expect(frontCacheGet("en /groups")).toBeNull();
  });

  it("holds a bounded number of pages, the least recently served going first", () => {
    for (let i = 0; i < FRONT_CACHE_ENTRIES; i++) put(`en /groups/g${i}`, `g${i}`);
    expect(frontCacheGet("en /groups/g0")).not.toBeNull(); // served: now the most recent
    put("en /groups/extra", "extra");
    expect(frontCacheSize().entries).toBe(FRONT_CACHE_ENTRIES);
    expect(frontCacheGet("en /groups/g0")).not.toBeNull();
    expect(frontCacheGet("en /groups/g1")).toBeNull();
    expect(frontCacheGet("en /groups/extra")).not.toBeNull();
  });

  it("holds a bounded number of bytes", () => {
    const big = "x".repeat(8 * 1024 * 1024);
    for (let i = 0; i < 10; i++)
      frontCachePut(`en /groups/big${i}`, { renderedAt: Date.now(), tags: [], etag: `"${i}"`, body: big });
    expect(frontCacheSize().bytes).toBeLessThanOrEqual(FRONT_CACHE_BYTES);
    expect(frontCacheGet("en /groups/big9")).not.toBeNull();
    expect(frontCacheGet("en /groups/big0")).toBeNull();
  });

  it("is one per process, shared by every copy of the module (serve.mjs's and the Next.js bundles')", async () => {
    put("en /groups/soap", "Soap");
    const store = (globalThis as Record<symbol, { entries: Map<string, unknown> }>)[Symbol.for("kinship.front-cache")];
    expect(store?.entries.has("en /groups/soap")).toBe(true);
  });
});
