import { env } from "@/lib/env";

/** The pseudo-locale (en-XA) exists only in development: never offered, or accepted, in production or tests. */
export function pseudoLocaleEnabled(): boolean {
  return env().NODE_ENV === "development";
}
