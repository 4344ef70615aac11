/**
 * Which requests the anonymous-page cache serves (decision 025), and under which key: ONE implementation for
 * proxy.ts (which rewrites them to app/anonymous-page/…) and scripts/serve.mjs (whose front cache answers them
 * before Next.js). Plain JavaScript because serve.mjs runs in plain node; typed by anonymous-request.d.mts and
 * re-exported by lib/http/anonymous-page.ts. Pure.
 */
import { chooseLocale, LOCALE_COOKIE } from "../i18n/locale-choice.mjs";
import { FLASH_COOKIE } from "../request/flash-cookie.mjs";

/** Seconds a cached page is fresh; a write that changes it revalidates its tag at once (lib/http/public-cache.ts). */
export const ANONYMOUS_PAGE_SECONDS = 10;

/** The internal route the proxy rewrites cacheable requests to; asked for directly from outside it is a 404. */
export const ANONYMOUS_PAGE_PREFIX = "/anonymous-page";

/** Carried by the cache's own loopback render so the proxy renders it normally instead of rewriting it again. */
export const RENDER_MARKER_HEADER = "x-kinship-anonymous-render";

/** Tells a reader (and the tests) how the cache answered: front, hit, miss, or bypass (not a 200: uncached). */
export const CACHE_STATUS_HEADER = "x-kinship-cache";

/** Every cached page carries this tag (besides its own): one call empties the whole cache. */
export const ALL_ANONYMOUS_PAGES_TAG = "anonymous-pages";

export const HOME_TAG = "home";
export const DIRECTORY_TAG = "directory";
export function groupTag(slug) {
  return `group:${slug}`;
}

/** What a group's address may hold (lowercase, digits, dashes; see lib/groups/slug.ts), and not a fixed route. */
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const NOT_GROUPS = new Set(["new"]);
/** The directory's orders (ZDirectoryQuery): three first pages. Searches and later pages are not cached. */
const DIRECTORY_SORTS = new Set(["relevance", "size", "newest"]);

/**
 * A page that looks the same to every signed-out visitor of one language: the home, the directory's first page (in
 * each order) and a group's discussion and about pages. Null for anything else, including any other search
 * parameter (so the keys of the cache stay few: no attacker-chosen query fills it).
 */
export function cacheablePage(pathname, searchParams) {
  const keys = [...searchParams.keys()];
  const onlyKeys = (allowed) => keys.every((k) => allowed.includes(k)) && new Set(keys).size === keys.length;
  if (pathname === "/") return keys.length === 0 ? { url: "/", tags: [ALL_ANONYMOUS_PAGES_TAG, HOME_TAG] } : null;
  if (pathname === "/groups") {
    if (!onlyKeys(["sort"])) return null;
    const sort = searchParams.get("sort");
    if (sort !== null && !DIRECTORY_SORTS.has(sort)) return null;
    return { url: sort ? `/groups?sort=${sort}` : "/groups", tags: [ALL_ANONYMOUS_PAGES_TAG, DIRECTORY_TAG] };
  }
  const group = /^\/groups\/([^/]+)(\/about)?$/.exec(pathname);
  if (!group || keys.length > 0) return null;
  const slug = group[1];
  if (!SLUG.test(slug) || NOT_GROUPS.has(slug)) return null;
  return { url: `/groups/${slug}${group[2] ?? ""}`, tags: [ALL_ANONYMOUS_PAGES_TAG, groupTag(slug)] };
}

/** Auth.js's session cookie (plain, `__Secure-` over HTTPS, and the `.0`, `.1`… chunks of a large one). */
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/** Whether the request names a session: then it is a member's, rendered for them (even if the session is stale). */
export function hasSessionCookie(cookieNames) {
  for (const name of cookieNames) if (SESSION_COOKIE.test(name)) return true;
  return false;
}

/**
 * A Cookie header's cookies as Next.js's request.cookies reads them (@edge-runtime/cookies): pairs split on `;`
 * and the spaces after it, the name up to the first `=`, the value percent-decoded (a pair that does not decode is
 * skipped), a later pair of the same name winning. Both sides read the same header with this one function.
 */
export function parseCookies(header) {
  const cookies = new Map();
  if (!header) return cookies;
  for (const pair of header.split(/; */)) {
    if (!pair) continue;
    const at = pair.indexOf("=");
    if (at === -1) {
      cookies.set(pair, "true");
      continue;
    }
    try {
      cookies.set(pair.slice(0, at), decodeURIComponent(pair.slice(at + 1)));
    } catch {
      // Not percent-decodable: as Next.js, the pair is left out.
    }
  }
  return cookies;
}

/** Headers of the client router (RSC payloads, prefetches) and of server actions: never the cached HTML. */
const NOT_A_DOCUMENT = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action"];

/**
 * A browser's navigation to a page (GET/HEAD asking for HTML), not a router fetch nor an action. `headers` is a
 * Web Headers or anything with its `get` (serve.mjs passes node's lower-cased header object through one).
 */
export function isDocumentRequest(method, headers) {
  if (method !== "GET" && method !== "HEAD") return false;
  if (NOT_A_DOCUMENT.some((h) => headers.get(h) != null)) return false;
  return String(headers.get("accept") ?? "").includes("text/html");
}

/** The cache's key for a page in a language: one per language and allow-listed page, whatever the request said. */
export function anonymousPageKey(locale, url) {
  return `${locale} ${url}`;
}

/**
 * The anonymous page this request asks for, in the language the proxy chooses for it (decision 024: the switcher's
 * cookie, else Accept-Language, else English), or null when it is not one: not a document request, a session
 * cookie (any chunk) or a flash message, or a page or query off the list. Not checked here: the render marker and
 * whether the instance knows its address (each caller has its own way).
 */
export function anonymousPageRequest(method, pathname, searchParams, headers, dev) {
  if (!isDocumentRequest(method, headers)) return null;
  const cookies = parseCookies(headers.get("cookie"));
  if (hasSessionCookie(cookies.keys()) || cookies.has(FLASH_COOKIE)) return null;
  const page = cacheablePage(pathname, searchParams);
  if (!page) return null;
  const locale = chooseLocale(
    { cookie: cookies.get(LOCALE_COOKIE), acceptLanguage: headers.get("accept-language") },
    dev,
  );
  return { page, locale, key: anonymousPageKey(locale, page.url) };
}
