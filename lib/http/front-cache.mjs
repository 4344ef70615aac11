/**
 * The front cache (decision 025, "Front cache in the server process"): the anonymous pages the cache route
 * (app/anonymous-page/…) last served, kept in this process so that scripts/serve.mjs answers the next signed-out
 * visitor before Next.js's request path (proxy, router, route handler), which costs most of a cached page's time.
 *
 * One store per process under a global symbol: serve.mjs imports this file directly, the Next.js bundles carry their
 * own copies of it (the route fills the store, lib/http/public-cache.ts empties it by tag), and all of them share
 * the same Map. Plain JavaScript (typed by front-cache.d.mts) because serve.mjs runs in plain node.
 */
import { createHash } from "node:crypto";
import { gzip } from "node:zlib";
import { ANONYMOUS_PAGE_SECONDS } from "./anonymous-request.mjs";

/** Pages kept at most, and their bytes (bodies and gzipped copies): the least recently served go first. */
export const FRONT_CACHE_ENTRIES = 300;
export const FRONT_CACHE_BYTES = 64 * 1024 * 1024;
/**
 * Past this age one request for a kept page goes on to the cache route, which renders the page anew while the
 * others are still answered from the store: under steady traffic the page is replaced before its ten seconds run
 * out, instead of every visitor waiting for the render once they have.
 */
export const FRONT_CACHE_REFRESH_AFTER_MS = ANONYMOUS_PAGE_SECONDS * 700;
/** Next.js's compression (the `compression` package) leaves smaller bodies as they are. */
const COMPRESSION_THRESHOLD = 1024;

const STORE = Symbol.for("kinship.front-cache");

function store() {
  globalThis[STORE] ??= { entries: new Map(), bytes: 0, invalidated: new Map() };
  return globalThis[STORE];
}

function drop(s, key) {
  const entry = s.entries.get(key);
  if (!entry) return;
  s.entries.delete(key);
  s.bytes -= entry.bytes;
}

/** A strong validator of the page's bytes (the same page in another language or order has other bytes). */
export function pageEtag(body) {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/**
 * Keeps the page the cache route is serving with a 200: its bytes and ETag; its headers come once Next.js has sent
 * them (frontCacheConfirm), and until then the page is not answered from here. Refused when it is no longer fresh, or when one of its tags was invalidated after its render began (a
 * render that read the database before a write must not outlive the write here).
 */
export function frontCachePut(key, { renderedAt, tags, etag, body }, now = Date.now()) {
  const s = store();
  if (now - renderedAt >= ANONYMOUS_PAGE_SECONDS * 1000) return false;
  if (frontCacheInvalidatedSince(tags, renderedAt)) return false;
  const current = s.entries.get(key);
  if (current && current.renderedAt >= renderedAt) return false;
  drop(s, key);
  const bytes = Buffer.from(body, "utf8");
  const entry = {
    key,
    renderedAt,
    tags,
    etag,
    headers: null,
    body: bytes,
    gzipped: null,
    bytes: bytes.length,
    refreshing: false,
  };
  s.entries.set(key, entry);
  s.bytes += entry.bytes;
  // Compressed once, off the event loop; until then a visitor asking for gzip goes to Next.js as before.
  if (bytes.length >= COMPRESSION_THRESHOLD)
    gzip(bytes, (error, zipped) => {
      if (error || s.entries.get(key) !== entry) return;
      entry.gzipped = zipped;
      entry.bytes += zipped.length;
      s.bytes += zipped.length;
      evict(s);
    });
  evict(s);
  return true;
}

function evict(s) {
  for (const key of s.entries.keys()) {
    if (s.entries.size <= FRONT_CACHE_ENTRIES && s.bytes <= FRONT_CACHE_BYTES) break;
    drop(s, key);
  }
}

/**
 * Headers of one response that are not the page's: set per request (the id, HSTS on the request's protocol, the
 * cache's status), the framing and encoding of the body, and Next.js's internal rewrite target.
 */
const PER_RESPONSE = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "x-request-id",
  "strict-transport-security",
  "x-kinship-cache",
  "x-middleware-rewrite",
]);

/**
 * Takes the headers Next.js sent with a 200 of the cache route (the route's, the proxy's and Next's own: its Vary,
 * compression's Accept-Encoding) as the kept page's, when they belong to the kept render (its ETag). From then the
 * front cache answers with them. Never a response that sets a cookie.
 */
export function frontCacheConfirm(key, sent) {
  const entry = store().entries.get(key);
  if (!entry || entry.headers || sent["etag"] !== entry.etag || sent["set-cookie"] !== undefined) return false;
  const headers = {};
  for (const [name, value] of Object.entries(sent)) {
    if (PER_RESPONSE.has(name.toLowerCase()) || value === undefined) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
  }
  entry.headers = headers;
  return true;
}

/** The fresh entry for a key, marked as the most recently used; null when there is none or it has aged out. */
export function frontCacheGet(key, now = Date.now()) {
  const s = store();
  const entry = s.entries.get(key);
  if (!entry) return null;
  if (now - entry.renderedAt >= ANONYMOUS_PAGE_SECONDS * 1000) {
    drop(s, key);
    return null;
  }
  s.entries.delete(key);
  s.entries.set(key, entry);
  return entry;
}

/**
 * Whether this request should go on to be the one that refreshes the page (see FRONT_CACHE_REFRESH_AFTER_MS): true
 * once per kept render, when it is old enough.
 */
export function frontCacheClaimRefresh(entry, now = Date.now()) {
  if (entry.refreshing || now - entry.renderedAt < FRONT_CACHE_REFRESH_AFTER_MS) return false;
  entry.refreshing = true;
  return true;
}

/** Whether the kept page of this render was handed on to be refreshed: then the route renders it anew. */
export function frontCacheRefreshWanted(key, renderedAt) {
  const entry = store().entries.get(key);
  return entry !== undefined && entry.refreshing && entry.renderedAt === renderedAt;
}

/** Forgets a key (its latest render was not a 200: made private, hidden, archived or deleted). */
export function frontCacheDelete(key) {
  drop(store(), key);
}

/**
 * A write changed what these tags' pages show (lib/http/public-cache.ts): their entries go at once, and no render
 * begun before now may enter. Tags older than a page's freshness are forgotten (no page that old is kept anyway).
 */
export function frontCacheInvalidate(tags, now = Date.now()) {
  const s = store();
  const wanted = new Set(tags);
  for (const tag of wanted) s.invalidated.set(tag, now);
  for (const [tag, at] of s.invalidated) if (now - at > ANONYMOUS_PAGE_SECONDS * 1000) s.invalidated.delete(tag);
  for (const [key, entry] of s.entries) if (entry.tags.some((t) => wanted.has(t))) drop(s, key);
}

/**
 * Whether a write invalidated one of these tags at or after `since` (in this process): then a page rendered from
 * `since` on may not show it, and the cache route renders it anew instead of serving Next's copy once more.
 */
export function frontCacheInvalidatedSince(tags, since) {
  const s = store();
  return tags.some((tag) => (s.invalidated.get(tag) ?? -Infinity) >= since);
}

/** For the tests and the decision's numbers: how many pages and bytes are kept. */
export function frontCacheSize() {
  const s = store();
  return { entries: s.entries.size, bytes: s.bytes };
}

/** Empties the store (tests). */
export function frontCacheClear() {
  const s = store();
  s.entries.clear();
  s.invalidated.clear();
  s.bytes = 0;
}
