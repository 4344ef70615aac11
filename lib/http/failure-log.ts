import "server-only";
import { databaseOutage, type AppError } from "@/lib/errors";
import { logger } from "@/lib/log";

/**
 * One error line per failed request that an operator must see: a bug (INTERNAL), or a database that cannot answer
 * (UNAVAILABLE with a database cause), told apart by `outage`: "unreachable" (down, restarting: look at the
 * database) or "capacity" (pool timeout, too many connections: look at the app's pool and load). Refusals the app
 * chose (4xx, a 503 it answered on purpose) are not failures and are not logged here.
 */
export function logRequestFailure(appError: AppError, fields: Record<string, unknown>, message: string): void {
  if (appError.code === "INTERNAL") {
    logger.error({ err: appError.cause ?? appError, ...fields }, message);
    return;
  }
  const outage = appError.code === "UNAVAILABLE" ? databaseOutage(appError.cause) : null;
  if (outage === "unreachable")
    logger.error({ err: appError.cause, outage, ...fields }, `${message}: the database is out of reach`);
  else if (outage === "capacity")
    logger.error(
      { err: appError.cause, outage, ...fields },
      `${message}: no database connection free (pool timeout or too many connections)`,
    );
}
