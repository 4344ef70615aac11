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
    /** An S3-compatible store for files (instead of the local disk): all of bucket, region and keys, or none. */
    S3_BUCKET: optional,
    S3_REGION: optional,
    /** Another provider's endpoint (MinIO, R2, Scaleway…); unset: AWS. */
    S3_ENDPOINT: z.url({ protocol: /^https?$/, message: "S3_ENDPOINT must be an http(s):// URL" }).optional(),
    S3_ACCESS_KEY_ID: optional,
    S3_SECRET_ACCESS_KEY: optional,
    /** `true` for stores that do not serve buckets as subdomains (MinIO, most self-hosted ones). */
    S3_FORCE_PATH_STYLE: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
    /**
     * How many proxies we run in front of the app (nginx, a load balancer), each appending the address it saw to
     * X-Forwarded-For. 0 (the default): the socket's address is the client's and X-Forwarded-For is ignored.
     */
    TRUSTED_PROXIES: z.coerce
      .number({ message: "TRUSTED_PROXIES must be a whole number of proxy hops (0 or more)" })
      .int("TRUSTED_PROXIES must be a whole number of proxy hops (0 or more)")
      .min(0, "TRUSTED_PROXIES must be a whole number of proxy hops (0 or more)")
      .max(10, "TRUSTED_PROXIES counts proxy hops; more than 10 is a mistake")
      .default(0),
    /**
     * Emails of the instance's operators, comma-separated: they may read the whole development outbox. Unset in
     * development: the demo admin (scripts/db/seed.ts), who sees the mail of members of the groups she runs.
     */
    KINSHIP_OPERATORS: optional,
    /** Shows the development outbox (/dev/outbox) even in production mode; for demos and the browser tests. */
    KINSHIP_DEV_OUTBOX: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
    /**
     * Where this instance answers itself (set by scripts/serve.mjs before Next.js loads): the anonymous-page cache
     * renders a page over this loopback (decision 025). Unset (plain `next start`): anonymous pages are not cached.
     */
    KINSHIP_INTERNAL_ORIGIN: z
      .url({ protocol: /^https?$/, message: "KINSHIP_INTERNAL_ORIGIN must be an http(s):// URL" })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /** Open realtime streams one user may hold on an instance (tabs, devices); a new one closes their oldest. */
    REALTIME_MAX_STREAMS_PER_USER: z.coerce.number().int().min(1).max(1000).default(10),
    /** Open realtime streams one instance serves in all (each holds a socket and ~200 KB); beyond it: 429. */
    REALTIME_MAX_STREAMS: z.coerce.number().int().min(1).max(1_000_000).default(2000),
  })
  .superRefine((e, ctx) => {
    // Half an S3 configuration would silently fall back to the local disk (or fail on first upload): refuse it.
    const s3 = {
      S3_BUCKET: e.S3_BUCKET,
      S3_REGION: e.S3_REGION,
      S3_ACCESS_KEY_ID: e.S3_ACCESS_KEY_ID,
      S3_SECRET_ACCESS_KEY: e.S3_SECRET_ACCESS_KEY,
    };
    const set = Object.entries(s3).filter(([, v]) => v);
    const extra = e.S3_ENDPOINT || e.S3_FORCE_PATH_STYLE;
    if ((set.length > 0 || extra) && set.length < 4) {
      const missing = Object.entries(s3)
        .filter(([, v]) => !v)
        .map(([k]) => k);
      ctx.addIssue({
        code: "custom",
        path: ["S3_BUCKET"],
        message: `S3 storage needs S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY together; missing: ${missing.join(", ")} (or unset every S3_* variable to keep files on the local disk)`,
      });
    }
  })
  .transform((e) => ({
    ...e,
    operators: (e.KINSHIP_OPERATORS ?? "")
      .split(",")
      .map((email) => email.trim().toLowerCase())
      .filter(Boolean),
    s3:
      e.S3_BUCKET && e.S3_REGION && e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY
        ? {
            bucket: e.S3_BUCKET,
            region: e.S3_REGION,
            endpoint: e.S3_ENDPOINT,
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
          }
        : null,
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

const OPERATOR_ENGLISH = z.locales.en().localeError;

/** Parses an environment; throws one readable message listing every problem. A blank value counts as unset. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = ZEnv.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== "")),
    // For the operator, in zod's own English: not the catalogue keys the app's schemas use (decision 024).
    { error: OPERATOR_ENGLISH },
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
