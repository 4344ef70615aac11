/**
 * Errors with codes. Every layer throws AppError; the action and route wrappers turn it into the same
 * HTTP status and JSON shape everywhere: `{ error: { code, message, fields? } }`.
 */
import { z } from "zod";

export const ERROR_STATUS = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  EMAIL_UNVERIFIED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type FieldErrors = Record<string, string[]>;
export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: FieldErrors } };

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  INVALID_INPUT: "Some fields need your attention.",
  UNAUTHENTICATED: "Please sign in to continue.",
  FORBIDDEN: "You don't have permission to do that.",
  EMAIL_UNVERIFIED:
    "Confirm your email address first: open the link we emailed you, or send a new one from the banner.",
  NOT_FOUND: "We couldn't find that.",
  CONFLICT: "That conflicts with something that already exists.",
  PAYLOAD_TOO_LARGE: "That is too large.",
  RATE_LIMITED: "Too many attempts. Please wait a moment and try again.",
  INTERNAL: "Something went wrong on our side. Please try again.",
  UNAVAILABLE: "We can't reach our database for a moment. Please try again shortly.",
};

/** How long a caller should wait before retrying while the database is out of reach (as /api/health says). */
export const UNAVAILABLE_RETRY_SECONDS = 5;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldErrors | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message?: string,
    options: { fields?: FieldErrors; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message ?? DEFAULT_MESSAGES[code], { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.fields = options.fields;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (message?: string) => new AppError("NOT_FOUND", message);
/** An id or slug a row could have; anything else (a NUL, a page of text) names nothing, so it is NOT_FOUND. */
export function assertPlausibleKey(value: string): void {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(value)) throw notFound();
}
export const forbidden = (message?: string) => new AppError("FORBIDDEN", message);
export const conflict = (message: string, fields?: FieldErrors) =>
  new AppError("CONFLICT", message, fields ? { fields } : {});
export const invalid = (fields: FieldErrors, message?: string) => new AppError("INVALID_INPUT", message, { fields });

/** Field errors keyed by dotted path ("answers.0.text"); form-level issues under "_form". */
export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

type PrismaLikeError = { code?: unknown; name?: unknown; meta?: unknown };

/** Maps known database errors to AppErrors; anything else becomes INTERNAL (and is logged by the caller). */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return invalid(fieldErrorsFromZod(error));
  const outage = databaseOutage(error);
  if (outage)
    return new AppError("UNAVAILABLE", outage === "capacity" ? BUSY_MESSAGE : undefined, {
      retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS,
      cause: error,
    });
  const e = error as PrismaLikeError | null;
  if (e && typeof e === "object" && typeof e.code === "string") {
    if (e.code === "P2002") return new AppError("CONFLICT", undefined, { cause: error });
    if (e.code === "P2025") return new AppError("NOT_FOUND", undefined, { cause: error });
    if (e.code === "P2034" || isTransientConflict(e))
      return new AppError("CONFLICT", "Someone else changed this at the same moment. Please try again.", {
        cause: error,
      });
  }
  return new AppError("INTERNAL", undefined, { cause: error });
}

/** Prisma's "can't reach the server / server closed the connection / timed out" codes. */
const UNREACHABLE_PRISMA = new Set(["P1001", "P1002", "P1008", "P1017"]);
/** The kinds @prisma/adapter-pg gives a socket error, or PostgreSQL refusing connections (class 08, 57P0x). */
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
const UNREACHABLE_SQLSTATE = /^(08\d{3}|57P0[123])$/;
/**
 * The database is up but the app has no connection to give: Prisma's pool timed out (P2024), or PostgreSQL has no
 * connection slot left (53300). The app's own capacity problem, not an outage: an operator reads it differently.
 */
const CAPACITY_PRISMA = new Set(["P2024"]);
const CAPACITY_KINDS = new Set(["TooManyConnections"]);
const CAPACITY_SQLSTATE = /^53300$/;

const BUSY_MESSAGE = "We're busier than usual for a moment. Please try again shortly.";

/**
 * Why the database cannot answer, when that is retryable rather than a bug: "unreachable" (down, restarting,
 * refusing connections) or "capacity" (no connection free in the pool or on the server). Prisma 7 reports it with
 * a P1xxx/P2024 code or, through the pg driver adapter, with the adapter's error under `meta.driverAdapterError`
 * (P2010 for raw queries) whose cause has a `kind`. A bare socket error (an SMTP or S3 host refusing) is not the
 * database's, so it stays INTERNAL.
 */
export function databaseOutage(error: unknown): "unreachable" | "capacity" | null {
  if (!error || typeof error !== "object") return null;
  const e = error as { code?: unknown; name?: unknown; meta?: unknown; cause?: unknown };
  if (e.name === "PrismaClientInitializationError") return "unreachable";
  if (typeof e.code === "string" && UNREACHABLE_PRISMA.has(e.code)) return "unreachable";
  if (typeof e.code === "string" && CAPACITY_PRISMA.has(e.code)) return "capacity";
  const adapterErrors = [
    (e.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError,
    e.name === "DriverAdapterError" ? error : undefined,
  ];
  for (const a of adapterErrors) {
    const cause = (a as { cause?: { kind?: unknown; code?: unknown } } | undefined)?.cause;
    if (!cause || typeof cause !== "object") continue;
    const sqlState = cause.kind === "postgres" && typeof cause.code === "string" ? cause.code : "";
    if ((typeof cause.kind === "string" && UNREACHABLE_KINDS.has(cause.kind)) || UNREACHABLE_SQLSTATE.test(sqlState))
      return "unreachable";
    if ((typeof cause.kind === "string" && CAPACITY_KINDS.has(cause.kind)) || CAPACITY_SQLSTATE.test(sqlState))
      return "capacity";
  }
  return null;
}

/**
 * A deadlock (40P01) or serialization failure (40001) that PostgreSQL resolved by rolling this transaction back:
 * nothing was written, and trying again succeeds. Raw queries report it in the driver error, not as P2034.
 */
function isTransientConflict(e: { message?: unknown; meta?: unknown }): boolean {
  let text = typeof e.message === "string" ? e.message : "";
  try {
    text += JSON.stringify(e.meta ?? null);
  } catch {
    // unserializable meta: the message alone decides
  }
  return /\b40P01\b|\b40001\b|deadlock detected|could not serialize access/.test(text);
}

export function errorBody(error: AppError): ErrorBody {
  return { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
}

/** The columns (or index name) a unique violation names, in Prisma's classic and driver-adapter shapes. */
function violatedTargets(meta: unknown): { fields: string[]; index: string | null } {
  const m = (meta ?? {}) as {
    target?: unknown;
    driverAdapterError?: { cause?: { constraint?: { fields?: unknown; index?: unknown } } };
  };
  const fields: string[] = [];
  if (Array.isArray(m.target)) fields.push(...m.target.filter((t): t is string => typeof t === "string"));
  else if (typeof m.target === "string") fields.push(m.target);
  const constraint = m.driverAdapterError?.cause?.constraint;
  if (Array.isArray(constraint?.fields))
    fields.push(...constraint.fields.filter((f): f is string => typeof f === "string"));
  return {
    fields: fields.map((f) => f.replaceAll('"', "")),
    index: typeof constraint?.index === "string" ? constraint.index : null,
  };
}

/** True when a database error is a unique-constraint violation (optionally one on the given column). */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  const e = error as PrismaLikeError | null;
  if (!e || e.code !== "P2002") return false;
  if (!field) return true;
  const { fields, index } = violatedTargets(e.meta);
  if (fields.includes(field)) return true;
  // Prisma names unique indexes <Model>_<col>[_<col>…]_key.
  return index !== null && index.endsWith("_key") && index.slice(0, -"_key".length).split("_").slice(1).includes(field);
}
