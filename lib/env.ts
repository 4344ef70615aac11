/**
 * The one place that reads process.env (enforced by lint). Parsed once, on first use, so `next build`
 * does not need a database or secrets.
 */
import { z } from "zod";

const optional = z
  .string()
  .optional()
  .transform((v) => (v === "" ? undefined : v));

const ZEnv = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, message: "DATABASE_URL must be a postgresql:// URL" }),
    AUTH_SECRET: z
      .string({ message: "AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)" })
      .min(32, "AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)"),
    APP_URL: z
      .url({ protocol: /^https?$/, message: "APP_URL must be an http(s):// URL" })
      .default("http://localhost:3000"),
    AUTH_GITHUB_ID: optional,
    AUTH_GITHUB_SECRET: optional,
    AUTH_GOOGLE_ID: optional,
    AUTH_GOOGLE_SECRET: optional,
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    SMTP_URL: optional,
    EMAIL_FROM: z.string().default("Kinship <no-reply@kinship.local>"),
    /** The data folder (embedded PostgreSQL, stored files); relative paths are from the working directory. */
    KINSHIP_DATA_DIR: z.string().default(".data"),
    /** Where stored files live on the local disk (when no S3_* store is set); default: the data folder's files/. */
    KINSHIP_FILES_DIR: optional,
    /** Shows the development outbox (/dev/outbox) even in production mode; for demos and the browser tests. */
    KINSHIP_DEV_OUTBOX: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
  })
  .transform((e) => ({
    ...e,
    github:
      e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET
        ? { clientId: e.AUTH_GITHUB_ID, clientSecret: e.AUTH_GITHUB_SECRET }
        : null,
    google:
      e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET
        ? { clientId: e.AUTH_GOOGLE_ID, clientSecret: e.AUTH_GOOGLE_SECRET }
        : null,
  }));

export type Env = z.output<typeof ZEnv>;

/** Parses an environment; throws one readable message listing every problem. A blank value counts as unset. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = ZEnv.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== "")),
  );
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join(".") || "env"}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return result.data;
}

const BUILD_PLACEHOLDERS = {
  DATABASE_URL: "postgresql://build@127.0.0.1:5432/build",
  AUTH_SECRET: "build-time-placeholder-never-used-at-runtime",
};

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const isBuild = process.env.NEXT_PHASE === "phase-production-build";
  cached = parseEnv(isBuild ? { ...BUILD_PLACEHOLDERS, ...process.env } : process.env);
  return cached;
}
