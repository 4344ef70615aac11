import { NextResponse, type NextRequest } from "next/server";

/**
 * Runs before every request: a per-request CSP nonce (Next.js puts it on its own scripts), a request id for logs,
 * the pathname for sign-in redirects, and security headers on every response.
 */
export function proxy(request: NextRequest) {
  // A write whose Origin is not an address (nor the browser's "null") is no browser's: refuse it here, before a
  // server action's own origin check would fail to parse it.
  const origin = request.headers.get("origin");
  if (origin && origin !== "null" && request.method !== "GET" && request.method !== "HEAD" && !URL.canParse(origin))
    return NextResponse.json(
      { error: { code: "FORBIDDEN", message: "Cross-site requests are not allowed." } },
      { status: 403 },
    );
  const nonce = btoa(crypto.randomUUID());
  // eslint-disable-next-line no-restricted-properties -- a build-time constant that Next.js inlines
  const dev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Radix and sonner set inline styles; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    // Nothing uses <base>: with 'none' an injected one cannot re-point the page's relative URLs.
    "base-uri 'none'",
    "form-action 'self' https://github.com https://accounts.google.com",
    "frame-ancestors 'none'",
  ].join("; ");

  const incomingId = request.headers.get("x-request-id");
  const requestId = incomingId && /^[\w-]{8,64}$/.test(incomingId) ? incomingId : crypto.randomUUID();

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  response.headers.set("Cross-Origin-Opener-Policy", "same-origin");
  response.headers.set("x-request-id", requestId);
  // Only over HTTPS (behind a TLS proxy): on plain-HTTP localhost the header would be meaningless.
  if (request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https") {
    response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|fonts/).*)" }],
};
