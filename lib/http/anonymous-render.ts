import "server-only";
import http from "node:http";
import https from "node:https";
import { unstable_cache } from "next/cache";
import { env } from "@/lib/env";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import {
  ANONYMOUS_PAGE_SECONDS,
  anonymousPageKey,
  renderMarker,
  RENDER_MARKER_HEADER,
  type CacheablePage,
} from "./anonymous-page";
import { frontCacheInvalidatedSince, frontCacheRefreshWanted, pageEtag } from "./front-cache.mjs";
import { inlineScriptHashes, stripNonces } from "./inline-scripts";

export { ANONYMOUS_PAGE_SECONDS };
const RENDER_TIMEOUT_MS = 30_000;

/**
 * What the cache keeps: the page with its nonces removed, the hashes of its inline scripts, its ETag, when its render
 * ended (Next's freshness) and began (the front cache's: a write after it may not be in the page). The last two are
 * optional only for entries written before they existed.
 */
export type CachedPage = { html: string; hashes: string[]; renderedAt: number; startedAt?: number; etag?: string };

/** A render that is not a 200 (404, 410, a redirect, an error page): passed on as it came, never cached. */
export class UncachedAnswer extends Error {
  constructor(
    readonly status: number,
    readonly headers: Record<string, string>,
    readonly body: Buffer,
  ) {
    super(`anonymous page render answered ${status}`);
  }
}

/** Headers of an uncached render worth passing on (its CSP matches the nonces in its body). */
const PASSED_ON = ["content-type", "location", "content-security-policy", "retry-after"];

/**
 * The page rendered by this same instance over loopback, as a signed-out visitor of `locale` would get it, with the
 * marker that makes the proxy render it instead of sending it back here. node:http, not fetch: Next's patched fetch
 * would try to cache it on its own.
 */
function renderOverLoopback(origin: string, page: CacheablePage, locale: Locale, marker: string): Promise<CachedPage> {
  const url = new URL(page.url, origin);
  const startedAt = Date.now();
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(
      url,
      {
        headers: {
          accept: "text/html",
          "accept-language": locale,
          cookie: `${LOCALE_COOKIE}=${locale}`,
          [RENDER_MARKER_HEADER]: marker,
        },
        timeout: RENDER_TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const body = Buffer.concat(chunks);
          if (response.statusCode !== 200) {
            const headers: Record<string, string> = {};
            for (const name of PASSED_ON) {
              const value = response.headers[name];
              if (typeof value === "string") headers[name] = value;
            }
            reject(new UncachedAnswer(response.statusCode ?? 502, headers, body));
            return;
          }
          const html = stripNonces(body.toString("utf8"));
          resolve({ html, hashes: inlineScriptHashes(html), renderedAt: Date.now(), startedAt, etag: pageEtag(html) });
        });
      },
    );
    request.on("timeout", () => request.destroy(new Error("anonymous page render timed out")));
    request.on("error", reject);
  });
}

/**
 * Renders in flight, by key, and when each began: a burst of misses for one page costs one render, not one each. A
 * render begun before a write that concerns its page is not shared after the write (it may have read the old rows).
 */
type Flight = { startedAt: number; rendered: Promise<CachedPage> };
const inFlight = new Map<string, Flight>();

/**
 * When a page's latest render failed or was not a 200 (made private, archived, deleted), by key. Next serves a stale
 * entry while it re-renders in the background and keeps serving it when that render fails; a page that is gone must
 * not live on that way (a write normally expires its tag first: this covers changes made outside a request).
 */
const failedAt = new Map<string, number>();

/**
 * The cached page for a signed-out visitor of `locale` (decision 025): from Next's data cache, tagged so a write
 * revalidates it, else rendered once. `fresh` tells whether it was rendered for this call (a miss). Throws UncachedAnswer
 * for a render that is not a 200.
 */
export async function cachedAnonymousPage(
  page: CacheablePage,
  locale: Locale,
): Promise<{ page: CachedPage; fresh: boolean }> {
  const { KINSHIP_INTERNAL_ORIGIN, AUTH_SECRET } = env();
  if (!KINSHIP_INTERNAL_ORIGIN) throw new Error("KINSHIP_INTERNAL_ORIGIN is not set (scripts/serve.mjs sets it)");
  const origin = KINSHIP_INTERNAL_ORIGIN;
  const marker = await renderMarker(AUTH_SECRET);
  const key = anonymousPageKey(locale, page.url);
  const asked = Date.now();
  const render = () => {
    const current = inFlight.get(key);
    if (current && !frontCacheInvalidatedSince(page.tags, current.startedAt)) return current.rendered;
    const flight: Flight = {
      startedAt: Date.now(),
      rendered: renderOverLoopback(origin, page, locale, marker)
        .then(
          (rendered) => {
            failedAt.delete(key);
            return rendered;
          },
          (error: unknown) => {
            failedAt.set(key, Date.now());
            throw error;
          },
        )
        .finally(() => {
          if (inFlight.get(key) === flight) inFlight.delete(key);
        }),
    };
    inFlight.set(key, flight);
    return flight.rendered;
  };
  const cached = unstable_cache(render, ["anonymous-page", locale, page.url], {
    revalidate: ANONYMOUS_PAGE_SECONDS,
    tags: page.tags,
  });
  const result = await cached();
  // Past its ten seconds Next serves an entry once more while it renders the next one in the background: for a
  // page visited once an hour that is an hour-old page. Wait for that render instead (the same one: in flight).
  // And a page whose latest render failed is not served from before the failure.
  // And a page rendered before a write that concerns it (publicContentChanged told the front cache) is not served
  // either: Next keeps serving it once while it re-renders (an addition's `expire: 1`), the visitor gets the new one.
  const failed = failedAt.get(key);
  const stale = Date.now() - result.renderedAt > ANONYMOUS_PAGE_SECONDS * 1000;
  const began = result.startedAt ?? result.renderedAt;
  const overtaken = frontCacheInvalidatedSince(page.tags, began);
  // And the front cache sent this request on to refresh its copy of this render before it ages out: render anew.
  const refresh = frontCacheRefreshWanted(key, began);
  const current =
    stale || overtaken || refresh || (failed !== undefined && failed > result.renderedAt) ? await render() : result;
  return { page: current, fresh: current.renderedAt >= asked };
}
