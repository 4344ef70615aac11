/**
 * The proxy's security warning (issue 17, item 7): the same line `securityWarning` in lib/log.ts writes (pino's
 * JSON shape at warn, level 40), written without pino. The proxy stays free of the logger's "server-only" and
 * bundled transport so that it loads in whichever runtime Next.js gives it; the fields are the same, so an operator
 * reads one kind of line. The path goes through the same token redaction as every log line.
 */
import { redactTokens } from "@/lib/log-redact";

export function proxySecurityWarning(
  event: string,
  fields: { ip: string | null; accountId: string | null } & Record<string, string | number | boolean | null>,
): void {
  const line = { level: 40, time: Date.now(), app: "kinship", security: event, ...fields, msg: event };
  console.warn(redactTokens(JSON.stringify(line)));
}
