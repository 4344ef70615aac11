import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
// The app installs its catalogue-key error map for zod when its schemas load (decision 024); env errors stay English.
import "@/lib/i18n/zod-messages";

const DATABASE_URL = "postgresql://kinship:secret@127.0.0.1:5432/kinship";
const AUTH_SECRET = "s".repeat(32);
const MINIMAL = { DATABASE_URL, AUTH_SECRET };

/** The message parseEnv throws for `source`, or a failure if it parses. */
function problemsOf(source: Record<string, string | undefined>): string {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return (error as Error).message;
  }
  throw new Error(`expected parseEnv to throw for ${JSON.stringify(source)}`);
}

describe("parseEnv", () => {
  it("explains a bad value in English to the operator, not as a message key", () => {
    expect(() =>
      parseEnv({ DATABASE_URL: "postgresql://a@b/c", AUTH_SECRET: "x".repeat(40), REALTIME_MAX_STREAMS: "0" }),
    ).toThrow(/REALTIME_MAX_STREAMS: Too small/);
  });

  it("parses a minimal environment and fills in every default", () => {
    expect(parseEnv(MINIMAL)).toEqual({
      NODE_ENV: "development",
      DATABASE_URL,
      AUTH_SECRET,
      APP_URL: "http://localhost:3000",
      AUTH_GITHUB_ID: undefined,
      AUTH_GITHUB_SECRET: undefined,
      AUTH_GOOGLE_ID: undefined,
      AUTH_GOOGLE_SECRET: undefined,
      LOG_LEVEL: "info",
      SMTP_URL: undefined,
      EMAIL_FROM: "Kinship <no-reply@kinship.local>",
      KINSHIP_DATA_DIR: ".data",
      KINSHIP_FILES_DIR: undefined,
      KINSHIP_DEV_OUTBOX: false,
      KINSHIP_OPERATORS: undefined,
      TRUSTED_PROXIES: 0,
      REALTIME_MAX_STREAMS_PER_USER: 10,
      REALTIME_MAX_STREAMS: 2000,
      S3_BUCKET: undefined,
      S3_REGION: undefined,
      S3_ENDPOINT: undefined,
      S3_ACCESS_KEY_ID: undefined,
      S3_SECRET_ACCESS_KEY: undefined,
      S3_FORCE_PATH_STYLE: false,
      github: null,
      google: null,
      s3: null,
      operators: [],
    });
  });

  it("reads the trusted proxy hops as a whole number and the operators as a list of emails", () => {
    expect(parseEnv({ ...MINIMAL, TRUSTED_PROXIES: "2" }).TRUSTED_PROXIES).toBe(2);
    expect(problemsOf({ ...MINIMAL, TRUSTED_PROXIES: "-1" })).toMatch(/TRUSTED_PROXIES/);
    expect(problemsOf({ ...MINIMAL, TRUSTED_PROXIES: "yes" })).toMatch(/TRUSTED_PROXIES/);
    expect(parseEnv({ ...MINIMAL, KINSHIP_OPERATORS: " Ops@Example.test, ,b@example.test" }).operators).toEqual([
      "ops@example.test",
      "b@example.test",
    ]);
  });

  describe("S3 storage", () => {
    const S3 = {
      S3_BUCKET: "kinship-files",
      S3_REGION: "eu-west-3",
      S3_ACCESS_KEY_ID: "AKIAEXAMPLE",
      S3_SECRET_ACCESS_KEY: "secret",
    };

    it("is on when bucket, region and both keys are set, with the optional endpoint and path style", () => {
      expect(
        parseEnv({ ...MINIMAL, ...S3, S3_ENDPOINT: "http://127.0.0.1:9000", S3_FORCE_PATH_STYLE: "true" }).s3,
      ).toEqual({
        bucket: "kinship-files",
        region: "eu-west-3",
        endpoint: "http://127.0.0.1:9000",
        accessKeyId: "AKIAEXAMPLE",
        secretAccessKey: "secret",
        forcePathStyle: true,
      });
    });

    it.each(Object.keys(S3))("refuses a configuration without %s, naming what is missing", (name) => {
      const message = problemsOf({ ...MINIMAL, ...S3, [name]: undefined });
      expect(message).toContain("S3 storage needs S3_BUCKET, S3_REGION, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY");
      expect(message).toContain(`missing: ${name}`);
    });

    it("refuses an endpoint alone, and an endpoint that is not a URL", () => {
      expect(problemsOf({ ...MINIMAL, S3_ENDPOINT: "http://127.0.0.1:9000" })).toContain("missing: S3_BUCKET");
      expect(problemsOf({ ...MINIMAL, ...S3, S3_ENDPOINT: "minio:9000" })).toContain("S3_ENDPOINT must be an http(s)");
    });
  });

  it("keeps explicit values", () => {
    const env = parseEnv({
      ...MINIMAL,
      NODE_ENV: "production",
      APP_URL: "https://kinship.example.org",
      LOG_LEVEL: "warn",
      SMTP_URL: "smtp://mail.example.org:587",
      EMAIL_FROM: "Kinship <hello@kinship.example.org>",
    });
    expect(env).toMatchObject({
      NODE_ENV: "production",
      APP_URL: "https://kinship.example.org",
      LOG_LEVEL: "warn",
      SMTP_URL: "smtp://mail.example.org:587",
      EMAIL_FROM: "Kinship <hello@kinship.example.org>",
    });
  });

  it("ignores variables it does not know", () => {
    const env = parseEnv({ ...MINIMAL, PATH: "/usr/bin", HOME: "/root" });
    expect(env).not.toHaveProperty("PATH");
    expect(env).not.toHaveProperty("HOME");
  });

  describe.each([
    { provider: "github", idKey: "AUTH_GITHUB_ID", secretKey: "AUTH_GITHUB_SECRET", other: "google" },
    { provider: "google", idKey: "AUTH_GOOGLE_ID", secretKey: "AUTH_GOOGLE_SECRET", other: "github" },
  ] as const)("$provider OAuth", ({ provider, idKey, secretKey, other }) => {
    it.each([
      { label: "id and secret", id: "client-id", secret: "client-secret", on: true },
      { label: "only the id", id: "client-id", secret: undefined, on: false },
      { label: "only the secret", id: undefined, secret: "client-secret", on: false },
      { label: "the id and an empty secret", id: "client-id", secret: "", on: false },
      { label: "an empty id and the secret", id: "", secret: "client-secret", on: false },
      { label: "neither", id: undefined, secret: undefined, on: false },
    ])("with $label → switched on: $on", ({ id, secret, on }) => {
      const env = parseEnv({ ...MINIMAL, [idKey]: id, [secretKey]: secret });
      expect(env[provider]).toEqual(on ? { clientId: "client-id", clientSecret: "client-secret" } : null);
      expect(env[other]).toBeNull();
    });
  });

  it("switches both providers on independently", () => {
    const env = parseEnv({
      ...MINIMAL,
      AUTH_GITHUB_ID: "gh-id",
      AUTH_GITHUB_SECRET: "gh-secret",
      AUTH_GOOGLE_ID: "g-id",
      AUTH_GOOGLE_SECRET: "g-secret",
    });
    expect(env.github).toEqual({ clientId: "gh-id", clientSecret: "gh-secret" });
    expect(env.google).toEqual({ clientId: "g-id", clientSecret: "g-secret" });
  });

  it.each(["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET", "AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET", "SMTP_URL"])(
    "an empty %s is treated as unset",
    (key) => {
      const env = parseEnv({ ...MINIMAL, [key]: "" });
      expect(env[key as keyof typeof env]).toBeUndefined();
      expect(env.github).toBeNull();
      expect(env.google).toBeNull();
    },
  );

  // A blank value (e.g. `APP_URL=` in a .env file) counts as unset and gets the default.
  it.each([
    ["APP_URL", "http://localhost:3000"],
    ["LOG_LEVEL", "info"],
    ["NODE_ENV", "development"],
    ["EMAIL_FROM", "Kinship <no-reply@kinship.local>"],
  ] as const)("an empty %s falls back to its default (%s)", (key, fallback) => {
    expect(parseEnv({ ...MINIMAL, [key]: "" })[key]).toBe(fallback);
  });

  describe("problems", () => {
    it("a missing DATABASE_URL throws an Error naming it", () => {
      const message = problemsOf({ AUTH_SECRET });
      expect(message).toMatch(/^Invalid configuration:\n/);
      expect(message).toContain("  - DATABASE_URL: DATABASE_URL must be a postgresql:// URL");
      expect(message).not.toContain("AUTH_SECRET");
    });

    it.each(["", "not a url", "://db:5432/kinship"])("DATABASE_URL=%j is rejected", (value) => {
      expect(problemsOf({ ...MINIMAL, DATABASE_URL: value })).toContain("DATABASE_URL:");
    });

    it.each(["postgresql://u:p@db:5432/kinship", "postgres://u@localhost/kinship?sslmode=require"])(
      "DATABASE_URL=%s is accepted",
      (value) => {
        expect(parseEnv({ ...MINIMAL, DATABASE_URL: value }).DATABASE_URL).toBe(value);
      },
    );

    // Only PostgreSQL URLs: "localhost:5432/kinship" would otherwise parse as a URL with scheme "localhost:".
    it.each(["mysql://u:p@db:3306/kinship", "http://example.com/kinship", "localhost:5432/kinship"])(
      "DATABASE_URL=%s (not PostgreSQL) is rejected",
      (value) => {
        expect(problemsOf({ ...MINIMAL, DATABASE_URL: value })).toContain("DATABASE_URL:");
      },
    );

    it("a missing AUTH_SECRET throws an Error naming it", () => {
      const message = problemsOf({ DATABASE_URL });
      expect(message).toContain("  - AUTH_SECRET:");
      expect(message).not.toContain("DATABASE_URL");
    });

    it.each([0, 1, 31])("an AUTH_SECRET of %i characters is rejected with a hint", (length) => {
      expect(problemsOf({ DATABASE_URL, AUTH_SECRET: "x".repeat(length) })).toContain(
        "  - AUTH_SECRET: AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)",
      );
    });

    it.each([32, 44, 200])("an AUTH_SECRET of %i characters is accepted", (length) => {
      expect(parseEnv({ DATABASE_URL, AUTH_SECRET: "x".repeat(length) }).AUTH_SECRET).toHaveLength(length);
    });

    it("names every problem at once, one per line", () => {
      const message = problemsOf({ AUTH_SECRET: "short", LOG_LEVEL: "loud" });
      const lines = message.split("\n");
      expect(lines[0]).toBe("Invalid configuration:");
      expect(lines.slice(1).map((l) => l.split(":")[0])).toEqual([
        "  - DATABASE_URL",
        "  - AUTH_SECRET",
        "  - LOG_LEVEL",
      ]);
    });

    it("an empty environment names both required variables", () => {
      const message = problemsOf({});
      expect(message).toContain("DATABASE_URL:");
      expect(message).toContain("AUTH_SECRET:");
    });

    it.each(["fatal", "error", "warn", "info", "debug", "trace", "silent"])("LOG_LEVEL=%s is accepted", (level) => {
      expect(parseEnv({ ...MINIMAL, LOG_LEVEL: level }).LOG_LEVEL).toBe(level);
    });

    it.each(["verbose", "INFO", "warning", "0"])("LOG_LEVEL=%s is rejected", (level) => {
      const message = problemsOf({ ...MINIMAL, LOG_LEVEL: level });
      expect(message).toContain("  - LOG_LEVEL:");
      expect(message.split("\n")).toHaveLength(2);
    });

    it.each(["staging", "prod", "PRODUCTION"])("NODE_ENV=%s is rejected", (value) => {
      expect(problemsOf({ ...MINIMAL, NODE_ENV: value })).toContain("  - NODE_ENV:");
    });

    it.each(["not a url", "http://", "/relative/path"])("APP_URL=%s is rejected", (value) => {
      expect(problemsOf({ ...MINIMAL, APP_URL: value })).toContain("  - APP_URL:");
    });

    // Only http(s): every absolute link (emails, OAuth callbacks) is built from APP_URL.
    it.each(["localhost:3000", "ftp://kinship.example.org", "javascript:alert(1)"])(
      "APP_URL=%s (not http/https) is rejected",
      (value) => {
        expect(problemsOf({ ...MINIMAL, APP_URL: value })).toContain("  - APP_URL:");
      },
    );
  });
});
