/**
 * The anonymous-page cache (decision 025): proxy.ts rewrites a signed-out visitor's navigation to an allow-listed
 * page here, with the language it chose; asked for directly from outside, this route is a 404 (the proxy refuses
 * it). The page comes from Next's data cache (lib/http/anonymous-render.ts) with a CSP of its inline scripts'
 * hashes instead of a per-response nonce, and a Cache-Control a CDN may honour. Every 200 also goes to the front
 * cache (lib/http/front-cache.mjs), from which scripts/serve.mjs answers the next visitors before Next.js.
 */
import { type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/lib/http/csp";
import { anonymousPageKey, CACHE_STATUS_HEADER, cacheablePage } from "@/lib/http/anonymous-page";
import { ANONYMOUS_PAGE_SECONDS, cachedAnonymousPage, UncachedAnswer } from "@/lib/http/anonymous-render";
import { frontCacheDelete, frontCachePut, pageEtag } from "@/lib/http/front-cache.mjs";
import { isLocale } from "@/lib/i18n/locales";
import { logger } from "@/lib/log";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string; path?: string[] }>;

// eslint-disable-next-line no-restricted-properties -- a build-time constant that Next.js inlines
const DEV = process.env.NODE_ENV === "development";

function notFound(): Response {
  return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
}

export async function GET(request: NextRequest, { params }: { params: Params }): Promise<Response> {
  const { locale, path = [] } = await params;
  const page = cacheablePage(`/${path.join("/")}`, request.nextUrl.searchParams);
  if (!isLocale(locale, DEV) || !page) return notFound();
  const key = anonymousPageKey(locale, page.url);
  try {
    const { page: cached, fresh } = await cachedAnonymousPage(page, locale);
    const headers = {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": contentSecurityPolicy({ hashes: cached.hashes }, DEV),
      // Browsers revalidate at once (the ETag makes that a 304 from the front cache); a shared cache (CDN) may keep
      // it as long as this instance does, and serve it stale for a minute while it fetches the next. Vary: a
      // session or a language makes another page.
      "Cache-Control": `public, max-age=0, s-maxage=${ANONYMOUS_PAGE_SECONDS}, stale-while-revalidate=60`,
      Vary: "Cookie, Accept-Language",
      ETag: cached.etag ?? pageEtag(cached.html),
    };
    // The front cache keeps the page; scripts/serve.mjs adds the headers once Next.js has sent them.
    frontCachePut(key, {
      renderedAt: cached.startedAt ?? cached.renderedAt,
      tags: page.tags,
      etag: headers.ETag,
      body: cached.html,
    });
    return new Response(request.method === "HEAD" ? null : cached.html, {
      status: 200,
      headers: { ...headers, [CACHE_STATUS_HEADER]: fresh ? "miss" : "hit" },
    });
  } catch (error) {
    if (!(error instanceof UncachedAnswer)) {
      logger.error({ err: error, page: page.url }, "anonymous page render failed");
      throw error;
    }
    frontCacheDelete(key);
    return new Response(request.method === "HEAD" ? null : new Uint8Array(error.body), {
      status: error.status,
      headers: { ...error.headers, "Cache-Control": "no-store", [CACHE_STATUS_HEADER]: "bypass" },
    });
  }
}

export const HEAD = GET;
