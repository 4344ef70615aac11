/**
 * Checks the proxy runs before Next.js sees a request, for input that would otherwise fail inside the framework
 * (a 500 without our headers) or inside PostgreSQL. Pure and runtime-neutral: headers and text in, a refusal out.
 */
import { msg, type MessageRef } from "@/lib/i18n/message-ref";
import { inputProblem, NUL_MESSAGE, TOO_DEEP_MESSAGE } from "./input-guard";

/** `message` is a catalogue ref: the proxy writes it in the request's language (decision 024). */
export type Refusal = {
  status: 400 | 403 | 413;
  code: "INVALID_INPUT" | "FORBIDDEN" | "PAYLOAD_TOO_LARGE";
  message: MessageRef;
};

/** Next.js's default `serverActions.bodySizeLimit` (next.config.ts sets none). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

const BAD_ENCODING: Refusal = {
  status: 400,
  code: "INVALID_INPUT",
  message: msg("errors.http.badEncoding"),
};

const NUL_IN_PATH: Refusal = { status: 400, code: "INVALID_INPUT", message: NUL_MESSAGE };

/**
 * A path segment whose `%` escapes do not decode (`%ff`, a bare `%`): Next.js would fail to route it. Or one that
 * decodes to a NUL (`%00`): no id or slug holds one, and PostgreSQL text cannot, so it would fail in the database.
 */
export function pathRefusal(pathname: string): Refusal | null {
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%")) {
      if (segment.includes("\0")) return NUL_IN_PATH;
      continue;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return BAD_ENCODING;
    }
    if (decoded.includes("\0")) return NUL_IN_PATH;
  }
  return null;
}

/** A page's search parameters pass the same guard as the API's query (no NUL: PostgreSQL text cannot hold one). */
export function pageQueryRefusal(searchParams: URLSearchParams): Refusal | null {
  const problem = inputProblem([...searchParams.entries()]);
  if (!problem) return null;
  return { status: 400, code: "INVALID_INPUT", message: problem === "nul" ? NUL_MESSAGE : TOO_DEEP_MESSAGE };
}

/** Whether Next.js would treat a request as a server action (its own test: a POST with the header or a form body). */
export function isPossibleServerAction(method: string, headers: Headers): boolean {
  if (method !== "POST") return false;
  const type = headers.get("content-type") ?? "";
  return (
    headers.has("next-action") || type.startsWith("multipart/form-data") || type === "application/x-www-form-urlencoded"
  );
}

/** The host an Origin header names ("null" for an opaque origin), or undefined when it names none. */
function originHost(origin: string): string | undefined {
  if (origin === "null") return "null";
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * What Next.js checks of a server action before running it, answered here with the right status instead of its
 * 500: another site's Origin (as Next compares it: with `x-forwarded-host`, else `host`) is 403.
 */
export function actionOriginRefusal(headers: Headers): Refusal | null {
  const origin = headers.get("origin");
  if (!origin) return null; // no browser sends a cross-site POST without one; Next lets it through too
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (host && originHost(origin) === host) return null;
  return { status: 403, code: "FORBIDDEN", message: msg("errors.http.crossSite") };
}

const TOO_LARGE: Refusal = { status: 413, code: "PAYLOAD_TOO_LARGE", message: msg("errors.code.payloadTooLarge") };
const GARBAGE: Refusal = { status: 400, code: "INVALID_INPUT", message: msg("errors.http.notOurForm") };

/** A declared length past the server actions' limit: refused before any of the body is read. */
export function actionLengthRefusal(headers: Headers): Refusal | null {
  const length = Number(headers.get("content-length") ?? "0");
  return Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES ? TOO_LARGE : null;
}

/**
 * A server action's body that React could not decode. A fetch action sends either one JSON value as text or a
 * multipart form whose numbered fields ("0", "1", …) are JSON rows; anything else would throw inside Next.js.
 */
export async function actionBodyRefusal(request: Request): Promise<Refusal | null> {
  const type = request.headers.get("content-type") ?? "";
  const isFetch = request.headers.has("next-action");
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return GARBAGE;
    }
    let size = 0;
    for (const [name, value] of form.entries()) {
      size += typeof value === "string" ? value.length : value.size;
      if (size > ACTION_BODY_LIMIT_BYTES) return TOO_LARGE;
      if (isFetch && /^\d+$/.test(name) && (typeof value !== "string" || parseJson(value) === undefined))
        return GARBAGE;
    }
    // The arguments are row 0, an array.
    if (isFetch && !Array.isArray(parseJson(form.get("0")))) return GARBAGE;
    return null;
  }
  if (!isFetch || type === "application/x-www-form-urlencoded") return null;
  const text = await request.text();
  if (new TextEncoder().encode(text).length > ACTION_BODY_LIMIT_BYTES) return TOO_LARGE;
  return Array.isArray(parseJson(text)) ? null : GARBAGE;
}

/** The JSON a form field or body holds, or undefined when it holds none. */
function parseJson(value: FormDataEntryValue | string | null): unknown {
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}
