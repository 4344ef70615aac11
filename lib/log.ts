import "server-only";
import pino from "pino";
import { env } from "@/lib/env";

/** Structured JSON logs. Add `requestId` (from the x-request-id header the proxy sets) with `logger.child`. */
export const logger = pino({
  level: env().NODE_ENV === "test" ? "silent" : env().LOG_LEVEL,
  base: { app: "kinship" },
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"], remove: true },
});
