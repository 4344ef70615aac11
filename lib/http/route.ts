import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { AppError, errorBody, toAppError } from "@/lib/errors";
import { getCurrentUser, type SessionUser } from "@/lib/auth/session";
import { logger } from "@/lib/log";
import { containsNul, inputProblem, NUL_MESSAGE, TOO_DEEP_MESSAGE } from "./input-guard";
// Every API route runs services: features must have plugged into the general parts first (decision 021).
import "@/lib/wiring";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const MAX_BODY_BYTES = 1_000_000;

type Handler<B extends z.ZodType, Q extends z.ZodType, A extends boolean> = (args: {
  body: z.output<B>;
  query: z.output<Q>;
  params: Record<string, string>;
  user: A extends true ? SessionUser : SessionUser | null;
  request: NextRequest;
}) => Promise<unknown>;

type Options<B extends z.ZodType, Q extends z.ZodType, A extends boolean> = {
  /** Default true. */
  auth?: A;
  body?: B;
  query?: Q;
  /** HTTP status of a success (default 200). */
  status?: number;
  handler: Handler<B, Q, A>;
};

/** Browsers say where a request comes from; a state change from another site is refused. */
function assertSameOrigin(request: NextRequest) {
  if (SAFE_METHODS.has(request.method)) return;
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none")
    throw new AppError("FORBIDDEN", "Cross-site requests are not allowed.");
  const origin = request.headers.get("origin");
  if (origin && origin !== request.nextUrl.origin) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    if (!host || originHost(origin) !== host) throw new AppError("FORBIDDEN", "Cross-site requests are not allowed.");
  }
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
    throw new AppError("INVALID_INPUT", "The request body is not valid JSON.");
  }
  const problem = inputProblem(parsed);
  if (problem) throw new AppError("INVALID_INPUT", problem === "nul" ? NUL_MESSAGE : TOO_DEEP_MESSAGE);
  return parsed;
}

export function errorResponse(error: AppError, requestId?: string | null): NextResponse {
  const res = NextResponse.json(errorBody(error), { status: error.status });
  if (error.retryAfterSeconds) res.headers.set("Retry-After", String(error.retryAfterSeconds));
  if (requestId) res.headers.set("x-request-id", requestId);
  return res;
}

/**
 * The one way into the JSON API (`/api/v1/…`): same-origin check for changes, authentication, zod parsing of the
 * query and body, and errors as `{ error: { code, message, fields? } }` with the matching status.
 */
export function apiRoute<
  B extends z.ZodType = z.ZodUnknown,
  Q extends z.ZodType = z.ZodUnknown,
  A extends boolean = true,
>(options: Options<B, Q, A>) {
  return async (request: NextRequest, context: { params: Promise<Record<string, string>> }) => {
    const requestId = request.headers.get("x-request-id");
    try {
      assertSameOrigin(request);
      const user = await getCurrentUser();
      if ((options.auth ?? true) && !user) throw new AppError("UNAUTHENTICATED");
      const params = (await context.params) ?? {};
      // No row's id holds a NUL: such a path names nothing.
      if (containsNul(params)) throw new AppError("NOT_FOUND");
      const rawQuery = Object.fromEntries(request.nextUrl.searchParams);
      if (containsNul(rawQuery)) throw new AppError("INVALID_INPUT", NUL_MESSAGE);
      const query = options.query ? options.query.parse(rawQuery) : {};
      const body = options.body ? options.body.parse(await readJson(request)) : {};
      const result = await options.handler({ body, query, params, user, request } as Parameters<Handler<B, Q, A>>[0]);
      // A handler may answer something other than JSON (a CSV download) by returning a Response itself.
      const res =
        result instanceof Response ? result : NextResponse.json(result ?? null, { status: options.status ?? 200 });
      if (requestId) res.headers.set("x-request-id", requestId);
      return res;
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === "INTERNAL")
        logger.error({ err: error, requestId, path: request.nextUrl.pathname }, "API request failed");
      return errorResponse(appError, requestId);
    }
  };
}
