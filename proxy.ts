import { NextResponse, type NextRequest } from "next/server";
import { databaseReachable } from "@/lib/health-probe";
import {
  actionBodyRefusal,
  actionLengthRefusal,
  actionOriginRefusal,
  isPossibleServerAction,
  pageQueryRefusal,
  pathRefusal,
  type Refusal,
} from "@/lib/http/request-guard";
import { badRequestPage, statusPageHtml, unavailablePage, type StatusPage } from "@/lib/http/status-page";
import { proxySecurityWarning } from "@/lib/http/proxy-log";
import { clientIp } from "@/lib/request/client-ip";
import { formatMessage } from "@/lib/i18n/format-message";
import { chooseLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { msg } from "@/lib/i18n/message-ref";
import { PAGE_REQUEST_HEADER } from "@/lib/request/page-header";
import { contentSecurityPolicy } from "@/lib/http/csp";
import {
  ANONYMOUS_PAGE_PREFIX,
  anonymousPageRequest,
  isRenderMarker,
  RENDER_MARKER_HEADER,
} from "@/lib/http/anonymous-page";
import {
  requestId as chooseRequestId,
  SECURITY_HEADERS,
  strictTransportSecurity,
} from "@/lib/http/security-headers.mjs";
import { env } from "@/lib/env";

/** Seconds a page refused while the database is down asks the browser to wait (as the API's 503 does). */
const UNAVAILABLE_RETRY_SECONDS = "5";

/**
 * The language of a refusal written here (decision 024): the proxy reads no session, so the switcher's cookie, else
 * the browser's Accept-Language, else English (a member's setting normally agrees with their cookie).
 */
function refusalLocale(request: NextRequest): Locale {
  return chooseLocale(
    { cookie: request.cookies.get(LOCALE_COOKIE)?.value, acceptLanguage: request.headers.get("accept-language") },
    // eslint-disable-next-line no-restricted-properties -- a build-time constant that Next.js inlines
    process.env.NODE_ENV === "development",
  );
}

function jsonRefusal(request: NextRequest, refusal: Refusal): NextResponse {
  return NextResponse.json(
    { error: { code: refusal.code, message: formatMessage(refusal.message, refusalLocale(request)) } },
    { status: refusal.status, headers: { "Cache-Control": "no-store" } },
  );
}

/**
 * A cross-site write refused here is logged for the operator like the API's (lib/http/route.ts): the address, and
 * the account, which the proxy does not know (it reads no session): null.
 */
function logCrossSite(request: NextRequest, origin: string | null): void {
  proxySecurityWarning("cross-site request refused", {
    ip: clientIp(request.headers),
    accountId: null,
    method: request.method,
    path: request.nextUrl.pathname,
    origin: origin?.slice(0, 200) ?? null,
  });
}

function pageResponse(page: StatusPage): NextResponse {
  return new NextResponse(statusPageHtml(page), {
    status: page.status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** A page navigation or a client router fetch of one (not an API call, a file, or a server action). */
function isPageRequest(request: NextRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (request.nextUrl.pathname.startsWith("/api/")) return false;
  return request.headers.has("rsc") || (request.headers.get("accept") ?? "").includes("text/html");
}

/**
 * What would fail inside Next.js or PostgreSQL instead of answering: a path whose percent-encoding does not decode,
 * a page's search parameter with a NUL, a server action from another site, too large or not decodable, and a page
 * while the database is out of reach. Answered here, with the security headers, as JSON for the API and server
 * actions and as a page for pages.
 */
async function refuse(request: NextRequest): Promise<NextResponse | null> {
  const { pathname, searchParams } = request.nextUrl;
  const isApi = pathname.startsWith("/api/");
  const bad = pathRefusal(pathname) ?? (isApi ? null : pageQueryRefusal(searchParams));
  if (bad)
    return isApi || request.method !== "GET"
      ? jsonRefusal(request, bad)
      : pageResponse(badRequestPage(refusalLocale(request)));
  if (!isApi && isPossibleServerAction(request.method, request.headers)) {
    const refusal =
      actionOriginRefusal(request.headers) ??
      actionLengthRefusal(request.headers) ??
      (await actionBodyRefusal(request.clone()));
    if (refusal?.code === "FORBIDDEN") logCrossSite(request, request.headers.get("origin"));
    if (refusal) return jsonRefusal(request, refusal);
  }
  if (isPageRequest(request) && !(await databaseReachable())) {
    const res = pageResponse(unavailablePage(pathname + request.nextUrl.search, refusalLocale(request)));
    res.headers.set("Retry-After", UNAVAILABLE_RETRY_SECONDS);
    return res;
  }
  return null;
}

/**
 * Decision 025: a signed-out visitor's navigation to a page that is the same for every such visitor of a language
 * goes to the anonymous-page cache (app/anonymous-page/…), which answers it with a hash-based CSP and a public
 * Cache-Control. Not when: the instance does not know its own address (plain `next start`), the request names a
 * session or carries a flash message, it is a router fetch or an action, the page or its query is not on the list,
 * or it is the cache's own render (the marker, an HMAC of AUTH_SECRET: a forged one is ignored).
 */
async function anonymousPageRewrite(request: NextRequest): Promise<URL | null> {
  const { KINSHIP_INTERNAL_ORIGIN, AUTH_SECRET } = env();
  if (!KINSHIP_INTERNAL_ORIGIN) return null;
  // eslint-disable-next-line no-restricted-properties -- a build-time constant that Next.js inlines
  const dev = process.env.NODE_ENV === "development";
  // The same function (and so the same language and key) as the front cache in scripts/serve.mjs.
  const anonymous = anonymousPageRequest(
    request.method,
    request.nextUrl.pathname,
    request.nextUrl.searchParams,
    request.headers,
    dev,
  );
  if (!anonymous) return null;
  if (await isRenderMarker(request.headers.get(RENDER_MARKER_HEADER), AUTH_SECRET)) return null;
  const { page, locale } = anonymous;
  const [pathname = "/", search] = page.url.split("?");
  // request.url's origin is the one Next's router calls its own (scripts/serve.mjs gives Next no hostname): another
  // origin would make the rewrite a request to another server, forwarded over HTTP.
  const target = new URL(request.url);
  target.pathname = `${ANONYMOUS_PAGE_PREFIX}/${locale}${pathname === "/" ? "" : pathname}`;
  target.search = search ? `?${search}` : "";
  return target;
}

/** The internal route answers only through the rewrite above: asked for directly, it does not exist. */
function isInternalRoute(pathname: string): boolean {
  return pathname === ANONYMOUS_PAGE_PREFIX || pathname.startsWith(`${ANONYMOUS_PAGE_PREFIX}/`);
}

/**
 * Runs before every request: a per-request CSP nonce (Next.js puts it on its own scripts), a request id for logs,
 * the pathname for sign-in redirects, and security headers on every response; a signed-out visitor's page that
 * everyone sees alike goes to the anonymous-page cache instead (decision 025).
 */
export async function proxy(request: NextRequest) {
  // A write whose Origin is not an address (nor the browser's "null") is no browser's: refuse it here, before a
  // server action's own origin check would fail to parse it.
  const origin = request.headers.get("origin");
  if (origin && origin !== "null" && request.method !== "GET" && request.method !== "HEAD" && !URL.canParse(origin)) {
    logCrossSite(request, origin);
    return jsonRefusal(request, { status: 403, code: "FORBIDDEN", message: msg("errors.http.crossSite") });
  }
  const nonce = btoa(crypto.randomUUID());
  // eslint-disable-next-line no-restricted-properties -- a build-time constant that Next.js inlines
  const dev = process.env.NODE_ENV === "development";
  const csp = contentSecurityPolicy({ nonce }, dev);

  const requestId = chooseRequestId(request.headers.get("x-request-id"));

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set(PAGE_REQUEST_HEADER, isPageRequest(request) ? "1" : "0");
  requestHeaders.set("Content-Security-Policy", csp);

  const refused = await refuse(request);
  let response: NextResponse;
  // The cached page's route sets its own CSP (hashes of the page's inline scripts, no nonce).
  let ownCsp = false;
  if (refused) response = refused;
  else if (isInternalRoute(request.nextUrl.pathname)) {
    // No such page: Next renders the 404 page (with this request's nonce).
    const missing = new URL(request.url);
    missing.pathname = "/_not-a-page";
    missing.search = "";
    response = NextResponse.rewrite(missing, { request: { headers: requestHeaders } });
  } else {
    const cached = await anonymousPageRewrite(request);
    ownCsp = cached !== null;
    response = cached
      ? NextResponse.rewrite(cached, { request: { headers: requestHeaders } })
      : NextResponse.next({ request: { headers: requestHeaders } });
  }
  if (!ownCsp) response.headers.set("Content-Security-Policy", csp);
  // The same headers the front cache in scripts/serve.mjs sends (lib/http/security-headers.mjs).
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  response.headers.set("x-request-id", requestId);
  const hsts = strictTransportSecurity(request.nextUrl.protocol, request.headers.get("x-forwarded-proto"));
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|fonts/).*)" }],
};
