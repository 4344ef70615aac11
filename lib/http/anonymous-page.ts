/**
 * Which requests the anonymous-page cache serves (decision 025), shared by proxy.ts and the internal route
 * app/anonymous-page/[locale]/[[...path]]/route.ts. Pure except for the marker's HMAC (Web Crypto, as in the proxy).
 */

/** The internal route the proxy rewrites cacheable requests to; asked for directly from outside it is a 404. */
export const ANONYMOUS_PAGE_PREFIX = "/anonymous-page";

/** Carried by the cache's own loopback render so the proxy renders it normally instead of rewriting it again. */
export const RENDER_MARKER_HEADER = "x-kinship-anonymous-render";

/** Tells a reader (and the tests) how the cache answered: hit, miss, or bypass (not a 200: passed on uncached). */
export const CACHE_STATUS_HEADER = "x-kinship-cache";

/** Every cached page carries this tag (besides its own): one call empties the whole cache. */
export const ALL_ANONYMOUS_PAGES_TAG = "anonymous-pages";

export const HOME_TAG = "home";
export const DIRECTORY_TAG = "directory";
export function groupTag(slug: string): string {
  return `group:${slug}`;
}

/** What a group's address may hold (lowercase, digits, dashes; see lib/groups/slug.ts), and not a fixed route. */
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const NOT_GROUPS = new Set(["new"]);
/** The directory's orders (ZDirectoryQuery): three first pages. Searches and later pages are not cached. */
const DIRECTORY_SORTS = new Set(["relevance", "size", "newest"]);

export type CacheablePage = {
  /** The public address the cache renders: path and the allow-listed query, normalised. */
  url: string;
  tags: string[];
};

/**
 * A page that looks the same to every signed-out visitor of one language: the home, the directory's first page (in
 * each order) and a group's discussion and about pages. Null for anything else, including any other search
 * parameter (so the keys of the cache stay few: no attacker-chosen query fills it).
 */
export function cacheablePage(pathname: string, searchParams: URLSearchParams): CacheablePage | null {
  const keys = [...searchParams.keys()];
  const onlyKeys = (allowed: string[]) => keys.every((k) => allowed.includes(k)) && new Set(keys).size === keys.length;
  if (pathname === "/") return keys.length === 0 ? { url: "/", tags: [ALL_ANONYMOUS_PAGES_TAG, HOME_TAG] } : null;
  if (pathname === "/groups") {
    if (!onlyKeys(["sort"])) return null;
    const sort = searchParams.get("sort");
    if (sort !== null && !DIRECTORY_SORTS.has(sort)) return null;
    return { url: sort ? `/groups?sort=${sort}` : "/groups", tags: [ALL_ANONYMOUS_PAGES_TAG, DIRECTORY_TAG] };
  }
  const group = /^\/groups\/([^/]+)(\/about)?$/.exec(pathname);
  if (!group || keys.length > 0) return null;
  const slug = group[1]!;
  if (!SLUG.test(slug) || NOT_GROUPS.has(slug)) return null;
  return { url: `/groups/${slug}${group[2] ?? ""}`, tags: [ALL_ANONYMOUS_PAGES_TAG, groupTag(slug)] };
}

/** Auth.js's session cookie (plain, `__Secure-` over HTTPS, and the `.0`, `.1`… chunks of a large one). */
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/** Whether the request names a session: then it is a member's, rendered for them (even if the session is stale). */
export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (SESSION_COOKIE.test(name)) return true;
  return false;
}

/** Headers of the client router (RSC payloads, prefetches) and of server actions: never the cached HTML. */
const NOT_A_DOCUMENT = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action"];

/** A browser's navigation to a page (GET/HEAD asking for HTML), not a router fetch nor an action. */
export function isDocumentRequest(method: string, headers: Headers): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  if (NOT_A_DOCUMENT.some((h) => headers.has(h))) return false;
  return (headers.get("accept") ?? "").includes("text/html");
}

const markers = new Map<string, Promise<string>>();

/** HMAC of the app's secret: only this instance (or one sharing its AUTH_SECRET) can send it. */
export function renderMarker(secret: string): Promise<string> {
  let marker = markers.get(secret);
  if (!marker) {
    marker = (async () => {
      const encoder = new TextEncoder();
      const key = await crypto.subtle.importKey(
        "raw",
        encoder.encode(secret),
        { name: "HMAC", hash: "SHA-256" },
        false,
        ["sign"],
      );
      const mac = await crypto.subtle.sign("HMAC", key, encoder.encode("kinship anonymous-page render"));
      return Buffer.from(mac).toString("base64url");
    })();
    markers.set(secret, marker);
  }
  return marker;
}

/** Compares in constant time, so the marker cannot be guessed a character at a time. */
export async function isRenderMarker(value: string | null, secret: string): Promise<boolean> {
  if (!value) return false;
  const expected = await renderMarker(secret);
  if (value.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= value.charCodeAt(i) ^ expected.charCodeAt(i);
  return diff === 0;
}
