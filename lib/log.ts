import "server-only";
import pino from "pino";
import { env } from "@/lib/env";
import { redactLogObject, redactTokens } from "./log-redact";

/** Structured JSON logs. Add `requestId` (from the x-request-id header the proxy sets) with `logger.child`. */
export const logger = pino({
  level: env().NODE_ENV === "test" ? "silent" : env().LOG_LEVEL,
  base: { app: "kinship" },
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"], remove: true },
  // Emailed links' tokens never reach a log line, wherever a URL turns up in one (lib/log-redact.ts).
  formatters: { log: (object) => redactLogObject(object) as Record<string, unknown> },
  serializers: { err: (error: Error) => redactLogObject({ ...pino.stdSerializers.err(error) }) },
  hooks: {
    logMethod(args, method) {
      method.apply(this, args.map((a) => (typeof a === "string" ? redactTokens(a) : a)) as Parameters<typeof method>);
    },
  },
});

/**
 * A line an operator reads to see an attack: a refused sign-in, a rate limit hit, a cross-site request refused. At
 * warn, with the client's address and the account's id (null when unknown); the password and tokens never appear
 * (the fields are named here, and the redaction above still applies).
 */
export function securityWarning(
  event: string,
  fields: { ip: string | null; accountId: string | null } & Record<string, string | number | boolean | null>,
): void {
  logger.warn({ security: event, ...fields }, event);
}
