import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { AppError, errorBody, msg, toAppError } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { securityWarning } from "@/lib/log";
import { errorLocale } from "./error-locale";
import { logRequestFailure } from "./failure-log";
import { clientIp } from "@/lib/request/client-ip";
import { containsNul, inputProblem, NUL_MESSAGE, TOO_DEEP_MESSAGE } from "./input-guard";
// Every API route runs services: features must have plugged into the general parts first (decision 021).
import "@/lib/wiring";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const MAX_BODY_BYTES = 1_000_000;

/**
 * What a route hands its service: the request decoded, never validated. The service parses its input once, as its
 * first line, so every caller gets the same validation and field errors (decision 022).
 */
type Handler<A extends boolean> = (args: {
  /** The JSON body as sent (`{}` when empty or for GET/HEAD/OPTIONS). */
  body: unknown;
  /** The query string as a plain object (the last value of a repeated name). */
  query: Record<string, string>;
  params: Record<string, string>;
  user: A extends true ? SessionUser : SessionUser | null;
  request: NextRequest;
}) => Promise<unknown>;

type Options<A extends boolean> = {
  /** Default true. */
  auth?: A;
  /** The handler reads the request's body itself (a multipart upload): it is not decoded as JSON. */
  ownBody?: boolean;
  /** HTTP status of a success (default 200). */
  status?: number;
  handler: Handler<A>;
};

/** Browsers say where a request comes from; a state change from another site is refused. */
function isSameOrigin(request: NextRequest): boolean {
  if (SAFE_METHODS.has(request.method)) return true;
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = request.headers.get("origin");
  if (origin && origin !== request.nextUrl.origin) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (!host || originHost(origin) !== host) return false;
  }
  return true;
}

/** Refuses a cross-site change, and tells the operator who sent it (the address, and the session it rode on). */
async function refuseCrossSite(request: NextRequest): Promise<never> {
  const user = await getCurrentUser().catch(() => null);
  securityWarning("cross-site request refused", {
    ip: clientIp(request.headers),
    accountId: user?.id ?? null,
    method: request.method,
    path: request.nextUrl.pathname,
  });
  throw new AppError("FORBIDDEN", msg("errors.http.crossSite"));
}

/** The host an `Origin` header names; null for one that is not a URL ("null" from a sandboxed page, garbage). */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

async function readJson(request: NextRequest): Promise<unknown> {
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE");
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", msg("errors.http.badJson"));
  }
  const problem = inputProblem(parsed);
  if (problem) throw new AppError("INVALID_INPUT", problem === "nul" ? NUL_MESSAGE : TOO_DEEP_MESSAGE);
  return parsed;
}

/** The error as JSON in `locale` (the request's, for the API: decision 024); `code` is the same in every language. */
export function errorResponse(
  error: AppError,
  requestId?: string | null,
  locale: Locale = DEFAULT_LOCALE,
): NextResponse {
  const res = NextResponse.json(errorBody(error, locale), { status: error.status });
  if (error.retryAfterSeconds) res.headers.set("Retry-After", String(error.retryAfterSeconds));
  if (requestId) res.headers.set("x-request-id", requestId);
  return res;
}

/**
 * The one way into the JSON API (`/api/v1/…`): same-origin check for changes, authentication, decoding of the
 * query and JSON body (transport only: the service validates, decision 022), and errors as
 * `{ error: { code, message, fields? } }` with the matching status, the message and fields in the language the
 * request's pages would use (decision 024).
 */
export function apiRoute<A extends boolean = true>(options: Options<A>) {
  return async (request: NextRequest, context: { params: Promise<Record<string, string>> }) => {
    const requestId = request.headers.get("x-request-id");
    try {
      if (!isSameOrigin(request)) await refuseCrossSite(request);
      const user = await getCurrentUser();
      if ((options.auth ?? true) && !user) throw new AppError("UNAUTHENTICATED");
      const params = (await context.params) ?? {};
      // No row's id holds a NUL: such a path names nothing.
      if (containsNul(params)) throw new AppError("NOT_FOUND");
      const query = Object.fromEntries(request.nextUrl.searchParams);
      if (containsNul(query)) throw new AppError("INVALID_INPUT", NUL_MESSAGE);
      const body = SAFE_METHODS.has(request.method) || options.ownBody ? {} : await readJson(request);
      const result = await options.handler({ body, query, params, user, request } as Parameters<Handler<A>>[0]);
      // A handler may answer something other than JSON (a CSV download) by returning a Response itself.
      const res =
        result instanceof Response ? result : NextResponse.json(result ?? null, { status: options.status ?? 200 });
      if (requestId) res.headers.set("x-request-id", requestId);
      return res;
    } catch (error) {
      const appError = toAppError(error);
      logRequestFailure(appError, { requestId, path: request.nextUrl.pathname }, "API request failed");
      return errorResponse(appError, requestId, await errorLocale());
    }
  };
}
