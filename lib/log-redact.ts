/**
 * Link tokens out of log lines (issue 15: tokens never appear in logs). Nothing logs a query string today (the
 * proxy logs nothing, route errors log the pathname); this is the net under any line that one day does: a URL, a
 * callbackUrl that carries one encoded, or an error message quoting either.
 */
const QUERY_TOKEN = /((?:^|[?&;\s"'(]|%3F|%26)(?:token|next|callbackUrl)(?:=|%3D))[^&\s"'#)]+/gi;
/** Invitation links carry their token in the path. */
const INVITE_PATH = /(\/invite(?:\/|%2F))[A-Za-z0-9_-]{8,}/gi;

export function redactTokens(text: string): string {
  return text.replace(QUERY_TOKEN, "$1[redacted]").replace(INVITE_PATH, "$1[redacted]");
}

/** A copy of a log line's fields with every string redacted. */
export function redactLogObject(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactTokens(value);
  if (depth > 4 || value === null || typeof value !== "object") return value;
  // Errors pass through: the logger's `err` serializer turns them into plain fields, then redacts those.
  if (value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((v) => redactLogObject(v, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactLogObject(v, depth + 1)]));
}
