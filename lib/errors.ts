/**
 * Errors with codes. Every layer throws AppError; the action and route wrappers turn it into the same
 * HTTP status and JSON shape everywhere: `{ error: { code, message, fields? } }`.
 *
 * Messages are catalogue keys with values, not English (decision 024): `conflict(msg("errors.groups.slugTaken",
 * { slug }))`, and zod issues whose schemas write `vk("validation.…")` keys. The error keeps the refs
 * (`messageRef`, `fieldMessages`) and also renders them in English (`message`, `fields`) for logs and tests; the
 * edge (formAction, apiRoute, pages) renders them again in the request's language with `localizeError`. `code`
 * never changes with the language. A plain string is literal text, the same in every language.
 */
import { z } from "zod";
import { englishMessage, formatMessage } from "@/lib/i18n/format-message";
import type { Locale } from "@/lib/i18n/locales";
import { msg, type ErrorMessageKey, type MessageText } from "@/lib/i18n/message-ref";
import { issueMessage } from "@/lib/i18n/zod-messages";

export { msg, type MessageRef, type MessageText } from "@/lib/i18n/message-ref";

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
/** Field errors as rendered in one language (English on the error itself, the reader's at the edge). */
export type FieldErrors = Record<string, string[]>;
/** Field errors as thrown: refs (or literal text) per field, rendered at the edge. */
export type FieldMessages = Record<string, MessageText[]>;
export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: FieldErrors } };

/** Each code's message when the thrower gives none (errors.code.* in the catalogues). */
const DEFAULT_MESSAGES: Record<ErrorCode, ErrorMessageKey> = {
  INVALID_INPUT: "errors.code.invalidInput",
  UNAUTHENTICATED: "errors.code.unauthenticated",
  FORBIDDEN: "errors.code.forbidden",
  EMAIL_UNVERIFIED: "errors.code.emailUnverified",
  NOT_FOUND: "errors.code.notFound",
  CONFLICT: "errors.code.conflict",
  PAYLOAD_TOO_LARGE: "errors.code.payloadTooLarge",
  RATE_LIMITED: "errors.code.rateLimited",
  INTERNAL: "errors.code.internal",
  UNAVAILABLE: "errors.code.unavailable",
};

function renderFields(fields: FieldMessages, locale: Locale): FieldErrors {
  return Object.fromEntries(
    Object.entries(fields).map(([field, messages]) => [field, messages.map((m) => formatMessage(m, locale))]),
  );
}

/** How long a caller should wait before retrying while the database is out of reach (as /api/health says). */
export const UNAVAILABLE_RETRY_SECONDS = 5;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** The message as thrown (rendered per reader at the edge); `message` is its English rendering. */
  readonly messageRef: MessageText;
  /** The field errors as thrown; `fields` is their English rendering. */
  readonly fieldMessages: FieldMessages | undefined;
  readonly fields: FieldErrors | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    message?: MessageText,
    options: { fields?: FieldMessages; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    const ref = message ?? msg(DEFAULT_MESSAGES[code]);
    super(englishMessage(ref), { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.messageRef = ref;
    this.fieldMessages = options.fields;
    this.fields = options.fields ? renderFields(options.fields, "en") : undefined;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (message?: MessageText) => new AppError("NOT_FOUND", message);
/** An id or slug a row could have; anything else (a NUL, a page of text) names nothing, so it is NOT_FOUND. */
export function assertPlausibleKey(value: string): void {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(value)) throw notFound();
}
export const forbidden = (message?: MessageText) => new AppError("FORBIDDEN", message);
export const conflict = (message: MessageText, fields?: FieldMessages) =>
  new AppError("CONFLICT", message, fields ? { fields } : {});
export const invalid = (fields: FieldMessages, message?: MessageText) =>
  new AppError("INVALID_INPUT", message, { fields });

/** Field messages keyed by dotted path ("answers.0.text"); form-level issues under "_form". */
export function fieldMessagesFromZod(error: z.ZodError): FieldMessages {
  const fields: FieldMessages = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (fields[key] ??= []).push(issueMessage(issue));
  }
  return fields;
}

/** The same, rendered in English (what the schema tests read). */
export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  return renderFields(fieldMessagesFromZod(error), "en");
}

/** An error's message and field errors in a reader's language (its code never changes). */
export function localizeError(error: AppError, locale: Locale): { message: string; fields: FieldErrors | undefined } {
  return {
    message: formatMessage(error.messageRef, locale),
    fields: error.fieldMessages ? renderFields(error.fieldMessages, locale) : undefined,
  };
}

type PrismaLikeError = { code?: unknown; name?: unknown; meta?: unknown };

/** Maps known database errors to AppErrors; anything else becomes INTERNAL (and is logged by the caller). */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return invalid(fieldMessagesFromZod(error));
  const outage = databaseOutage(error);
  if (outage)
    return new AppError("UNAVAILABLE", outage === "capacity" ? msg("errors.database.busy") : undefined, {
      retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS,
      cause: error,
    });
  const e = error as PrismaLikeError | null;
  if (e && typeof e === "object" && typeof e.code === "string") {
    if (e.code === "P2002") return new AppError("CONFLICT", undefined, { cause: error });
    if (e.code === "P2025") return new AppError("NOT_FOUND", undefined, { cause: error });
    if (e.code === "P2034" || isTransientConflict(e))
      return new AppError("CONFLICT", msg("errors.database.changedMeanwhile"), {
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

/** The API's error JSON, in the reader's language (English by default). */
export function errorBody(error: AppError, locale: Locale = "en"): ErrorBody {
  const { message, fields } = localizeError(error, locale);
  return { error: { code: error.code, message, ...(fields ? { fields } : {}) } };
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
