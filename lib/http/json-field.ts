import { AppError, msg } from "@/lib/errors";
import type { FormValues } from "./action";

const MAX_JSON_CHARS = 100_000;

/**
 * Forms with lists (rules, questions) send their data as JSON in one hidden field named "json". This decodes it,
 * transport only: the service parses the result once (decision 022), so field errors keep their paths
 * ("rules.0.title").
 */
export function jsonField(values: FormValues): unknown {
  const text = values.json ?? "";
  if (text.length > MAX_JSON_CHARS) throw new AppError("INVALID_INPUT", msg("errors.http.tooMuchText"));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("INVALID_INPUT", msg("errors.http.formUnreadable"));
  }
}

/** The "json" field when the form sends an object whose fields the handler splits (a slug beside the input). */
export function jsonObject(values: FormValues): Record<string, unknown> {
  const decoded = jsonField(values);
  if (!decoded || typeof decoded !== "object" || Array.isArray(decoded))
    throw new AppError("INVALID_INPUT", msg("errors.http.formUnreadable"));
  return decoded as Record<string, unknown>;
}
