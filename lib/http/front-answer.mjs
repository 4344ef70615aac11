/**
 * scripts/serve.mjs's front cache (decision 025): answers a signed-out visitor's navigation to a cached anonymous
 * page from lib/http/front-cache.mjs before Next.js sees it, with the bytes and headers the cache route sent, or
 * leaves it to Next.js (returns false). The request must pass the very rules the proxy applies
 * (anonymous-request.mjs: a document GET/HEAD, no session cookie of any chunk, no flash, a listed page and query,
 * the proxy's language) and more: its path must be written exactly as the page's (nothing for Next.js to normalise
 * or redirect), it must not be the cache's own loopback render, and its Accept-Encoding must be one whose answer is
 * certain (below). Anything else goes to Next.js, which answers as it always did.
 */
import { anonymousPageRequest, CACHE_STATUS_HEADER, RENDER_MARKER_HEADER } from "./anonymous-request.mjs";
import { frontCacheClaimRefresh, frontCacheConfirm, frontCacheGet } from "./front-cache.mjs";
import { requestId, strictTransportSecurity } from "./security-headers.mjs";

/** The value of x-kinship-cache on a front-cache answer (the route says hit, miss or bypass). */
export const FRONT = "front";

/**
 * The encoding Next.js's compression (the `compression` package: gzip or deflate, else the body as it is) would
 * choose, when that is certain: "identity" when neither gzip nor deflate is acceptable (no Accept-Encoding, `br`
 * alone, `identity`), "gzip" when gzip is there at full quality and neither identity nor `*` is named (deflate
 * then gives way to gzip). Null for anything subtler (deflate alone, qualities, `*`): Next.js answers those.
 */
export function frontEncoding(acceptEncoding) {
  if (acceptEncoding === undefined || acceptEncoding === null) return "identity";
  if (Array.isArray(acceptEncoding)) return null;
  const codings = new Map();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    if (name.trim() === "") continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    if (!Number.isFinite(quality)) return null;
    codings.set(name.trim(), quality);
  }
  if (codings.has("*")) return null;
  const gzip = codings.get("gzip") ?? 0;
  const deflate = codings.get("deflate") ?? 0;
  if (gzip === 0) return deflate === 0 ? "identity" : null;
  return gzip === 1 && !codings.has("identity") ? "gzip" : null;
}

/** Whether an If-None-Match names this ETag (weak comparison, as for a GET). */
function matches(ifNoneMatch, etag) {
  if (typeof ifNoneMatch !== "string") return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** Answers `req` from the front cache and returns true, or returns false without touching `res`. */
export function frontCacheAnswer(req, res, dev = false) {
  const url = req.url ?? "";
  if (!url.startsWith("/") || req.headers[RENDER_MARKER_HEADER] !== undefined) return false;
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  const headers = { get: (name) => req.headers[name] };
  const anonymous = anonymousPageRequest(
    req.method ?? "",
    path,
    new URLSearchParams(q === -1 ? "" : url.slice(q + 1)),
    headers,
    dev,
  );
  // A path as written (not `/groups/` nor `//groups` nor `/groups/x/..`), which Next.js would take as it is.
  if (!anonymous || anonymous.page.url.split("?")[0] !== path) return false;
  const entry = frontCacheGet(anonymous.key);
  const encoding = frontEncoding(req.headers["accept-encoding"]);
  // Next.js's compression leaves a HEAD and a small body as they are.
  const gzipped = encoding === "gzip" && req.method !== "HEAD" && (entry?.body.length ?? 0) >= 1024;
  // Old enough: this one visitor waits for a new render (the route sees the claim), the others still get this one.
  if (!entry?.headers || encoding === null || (gzipped && !entry.gzipped) || frontCacheClaimRefresh(entry)) {
    learnHeaders(anonymous.key, res);
    return false;
  }

  const out = {
    ...entry.headers,
    [CACHE_STATUS_HEADER]: FRONT,
    "x-request-id": requestId(req.headers["x-request-id"]),
  };
  // The protocol the proxy's request.nextUrl has (Next.js's resolve-routes: the socket's, or https when
  // X-Forwarded-Proto contains it).
  const forwardedProto = req.headers["x-forwarded-proto"];
  const protocol = String(forwardedProto ?? "").includes("https") ? "https:" : "http:";
  const hsts = strictTransportSecurity(protocol, forwardedProto);
  if (hsts) out["strict-transport-security"] = hsts;
  if (matches(req.headers["if-none-match"], entry.etag)) {
    delete out["content-type"];
    res.writeHead(304, out);
    res.end();
    return true;
  }
  const body = gzipped ? entry.gzipped : entry.body;
  if (gzipped) out["content-encoding"] = "gzip";
  out["content-length"] = String(body.length);
  res.writeHead(200, out);
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}

/**
 * A request of a cacheable page that Next.js answers: once sent, a 200 of the cache route (hit or miss) gives the
 * kept page its headers, exactly as Next.js wrote them (frontCacheConfirm checks they belong to the kept render).
 */
function learnHeaders(key, res) {
  res.once("finish", () => {
    const status = res.getHeader(CACHE_STATUS_HEADER);
    if (res.statusCode === 200 && (status === "hit" || status === "miss")) frontCacheConfirm(key, res.getHeaders());
  });
}
