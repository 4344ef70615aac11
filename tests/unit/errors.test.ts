import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  AppError,
  ERROR_STATUS,
  conflict,
  databaseOutage,
  errorBody,
  fieldErrorsFromZod,
  forbidden,
  invalid,
  isUniqueViolation,
  notFound,
  toAppError,
  type ErrorCode,
} from "@/lib/errors";

const EXPECTED_STATUS: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  EMAIL_UNVERIFIED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};
const CODES = Object.keys(EXPECTED_STATUS) as ErrorCode[];

const GENERIC_INTERNAL = "Something went wrong on our side. Please try again.";

function zodErrorOf(schema: z.ZodType, value: unknown): z.ZodError {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected the schema to reject the value");
  return result.error;
}

describe("AppError", () => {
  it("ERROR_STATUS has exactly the expected codes", () => {
    expect(ERROR_STATUS).toEqual(EXPECTED_STATUS);
  });

  it.each(CODES.map((code) => [code, EXPECTED_STATUS[code]] as const))("%s → HTTP %i", (code, status) => {
    const error = new AppError(code);
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("AppError");
    expect(error.message).not.toBe("");
    expect(error.fields).toBeUndefined();
    expect(error.retryAfterSeconds).toBeUndefined();
  });

  it("uses a custom message, fields, retry-after and cause when given", () => {
    const cause = new Error("root");
    const error = new AppError("RATE_LIMITED", "Slow down.", {
      fields: { email: ["x"] },
      retryAfterSeconds: 30,
      cause,
    });
    expect(error.message).toBe("Slow down.");
    expect(error.fields).toEqual({ email: ["x"] });
    expect(error.retryAfterSeconds).toBe(30);
    expect(error.cause).toBe(cause);
  });

  it.each([
    { name: "notFound()", error: notFound(), code: "NOT_FOUND", message: "We couldn't find that." },
    { name: "notFound(msg)", error: notFound("No such group."), code: "NOT_FOUND", message: "No such group." },
    { name: "forbidden()", error: forbidden(), code: "FORBIDDEN", message: "You don't have permission to do that." },
    { name: "conflict(msg)", error: conflict("Taken."), code: "CONFLICT", message: "Taken." },
    {
      name: "invalid(fields)",
      error: invalid({ a: ["bad"] }),
      code: "INVALID_INPUT",
      message: "Some fields need your attention.",
    },
  ])("$name → $code", ({ error, code, message }) => {
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
  });

  it("conflict() keeps fields only when given", () => {
    expect(conflict("Taken.").fields).toBeUndefined();
    expect(conflict("Taken.", { slug: ["Taken."] }).fields).toEqual({ slug: ["Taken."] });
  });
});

describe("errorBody", () => {
  it("is { error: { code, message } } without a fields key when there are none", () => {
    const body = errorBody(new AppError("FORBIDDEN"));
    expect(body).toStrictEqual({ error: { code: "FORBIDDEN", message: "You don't have permission to do that." } });
    expect(Object.keys(body.error)).toEqual(["code", "message"]);
  });

  it("includes fields when there are some", () => {
    const body = errorBody(invalid({ email: ["Enter a valid email address."] }, "Check the form."));
    expect(body).toStrictEqual({
      error: { code: "INVALID_INPUT", message: "Check the form.", fields: { email: ["Enter a valid email address."] } },
    });
  });

  it("never carries the cause, the stack or retry-after", () => {
    const body = errorBody(
      new AppError("INTERNAL", undefined, { cause: new Error("db password=hunter2"), retryAfterSeconds: 5 }),
    );
    const json = JSON.stringify(body);
    expect(json).not.toContain("hunter2");
    expect(json).not.toContain("stack");
    expect(json).not.toContain("retry");
  });
});

describe("fieldErrorsFromZod", () => {
  it("keys issues by dotted path, collects several messages per field, and puts form-level issues under _form", () => {
    const schema = z
      .object({
        email: z.string().min(5, "too short").includes("@", { message: "needs @" }),
        answers: z.array(z.object({ text: z.string().min(1, "required") })),
      })
      .refine(() => false, "whole form");
    const error = zodErrorOf(schema, { email: "ab", answers: [{ text: "ok" }, { text: "" }] });
    expect(fieldErrorsFromZod(error)).toEqual({
      email: ["too short", "needs @"],
      "answers.1.text": ["required"],
      _form: ["whole form"],
    });

    const formOnly = zodErrorOf(schema, { email: "a@b.co", answers: [] });
    expect(fieldErrorsFromZod(formOnly)).toEqual({ _form: ["whole form"] });
  });
});

describe("toAppError", () => {
  it("passes an AppError through unchanged (same instance)", () => {
    const original = new AppError("RATE_LIMITED", "Wait.", { retryAfterSeconds: 9 });
    expect(toAppError(original)).toBe(original);
  });

  it("turns a ZodError into INVALID_INPUT with field paths, top-level and nested", () => {
    const schema = z.object({
      email: z.email({ message: "bad email" }),
      a: z.object({ b: z.number({ message: "b must be a number" }) }),
    });
    const error = toAppError(zodErrorOf(schema, { email: "nope", a: { b: "x" } }));
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.status).toBe(400);
    expect(error.message).toBe("Some fields need your attention.");
    expect(error.fields).toEqual({ email: ["bad email"], "a.b": ["b must be a number"] });
    expect(errorBody(error).error.fields).toEqual({ email: ["bad email"], "a.b": ["b must be a number"] });
  });

  it("turns a ZodError thrown by .parse() into INVALID_INPUT", () => {
    let thrown: unknown;
    try {
      z.strictObject({ name: z.string() }).parse({ name: "x", isAdmin: true });
    } catch (error) {
      thrown = error;
    }
    const error = toAppError(thrown);
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fields ?? {})).toEqual(["_form"]);
  });

  class FakePrismaError extends Error {
    constructor(
      readonly code: string,
      readonly meta?: unknown,
    ) {
      super(`Prisma error ${code}: secret detail`);
    }
  }

  it.each([
    { code: "P2002", expected: "CONFLICT", status: 409, message: "That conflicts with something that already exists." },
    { code: "P2025", expected: "NOT_FOUND", status: 404, message: "We couldn't find that." },
    {
      code: "P2034",
      expected: "CONFLICT",
      status: 409,
      message: "Someone else changed this at the same moment. Please try again.",
    },
    { code: "P2003", expected: "INTERNAL", status: 500, message: GENERIC_INTERNAL },
    {
      code: "P1001",
      expected: "UNAVAILABLE",
      status: 503,
      message: "We can't reach our database for a moment. Please try again shortly.",
    },
    { code: "ECONNREFUSED", expected: "INTERNAL", status: 500, message: GENERIC_INTERNAL },
  ])("a Prisma-like { code: $code } → $expected", ({ code, expected, status, message }) => {
    for (const input of [{ code }, new FakePrismaError(code)]) {
      const error = toAppError(input);
      expect(error).toBeInstanceOf(AppError);
      expect(error.code).toBe(expected);
      expect(error.status).toBe(status);
      expect(error.message).toBe(message);
      expect(error.message).not.toContain("secret detail");
      expect(error.fields).toBeUndefined();
      expect(error.cause).toBe(input);
    }
  });

  it.each([
    { name: "a generic Error", input: new Error("connect ECONNREFUSED 10.0.0.5:5432 user=kinship password=hunter2") },
    { name: "a TypeError", input: new TypeError("Cannot read properties of undefined (reading 'hunter2')") },
    { name: "a thrown string", input: "hunter2 leaked" },
    { name: "null", input: null },
    { name: "undefined", input: undefined },
    { name: "a number", input: 42 },
    { name: "an object with a numeric code", input: { code: 2002, message: "hunter2" } },
  ])("$name → INTERNAL with a generic message", ({ input }) => {
    const error = toAppError(input);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("INTERNAL");
    expect(error.status).toBe(500);
    expect(error.message).toBe(GENERIC_INTERNAL);
    expect(error.message).not.toContain("hunter2");
    expect(JSON.stringify(errorBody(error))).not.toContain("hunter2");
    expect(error.cause).toBe(input);
  });
});

describe("a database out of reach", () => {
  // The shapes Prisma 7 gives through @prisma/adapter-pg when PostgreSQL is down or restarting.
  const adapter = (cause: Record<string, unknown>) => ({
    name: "PrismaClientKnownRequestError",
    code: "P2010",
    message: "Raw query failed. Message: `Can't reach database server at 10.0.0.5:5432`",
    meta: { driverAdapterError: { name: "DriverAdapterError", cause } },
  });

  it.each([
    { name: "server not reachable", input: adapter({ kind: "DatabaseNotReachable", host: "10.0.0.5", port: 5432 }) },
    { name: "connection closed", input: adapter({ kind: "ConnectionClosed" }) },
    { name: "shutting down (57P01)", input: adapter({ kind: "postgres", code: "57P01", message: "terminating" }) },
    { name: "starting up (57P03)", input: adapter({ kind: "postgres", code: "57P03", message: "starting up" }) },
    {
      name: "an initialization error",
      input: Object.assign(new Error("x"), { name: "PrismaClientInitializationError" }),
    },
    { name: "a dead connection (08006)", input: adapter({ kind: "postgres", code: "08006", message: "gone" }) },
    { name: "Prisma can't reach it (P1001)", input: { code: "P1001" } },
  ])("$name → 503 UNAVAILABLE, retry after 5 s, nothing of the host, an outage of the database", ({ input }) => {
    const error = toAppError(input);
    expect(error).toMatchObject({ code: "UNAVAILABLE", status: 503, retryAfterSeconds: 5 });
    expect(JSON.stringify(errorBody(error))).not.toContain("10.0.0.5");
    expect(databaseOutage(input)).toBe("unreachable");
  });

  it.each([
    { name: "pool timeout (P2024)", input: { code: "P2024" } },
    { name: "too many connections (53300)", input: adapter({ kind: "postgres", code: "53300", message: "too many" }) },
    { name: "the adapter's TooManyConnections", input: adapter({ kind: "TooManyConnections" }) },
  ])("$name → 503 with Retry-After too, but the app's capacity, not the database down", ({ input }) => {
    const error = toAppError(input);
    expect(error).toMatchObject({ code: "UNAVAILABLE", status: 503, retryAfterSeconds: 5 });
    expect(error.message).not.toMatch(/can't reach our database/);
    expect(databaseOutage(input)).toBe("capacity");
  });

  it("leaves other database errors alone", () => {
    expect(toAppError(adapter({ kind: "postgres", code: "22021", message: "invalid byte" })).code).toBe("INTERNAL");
    expect(toAppError(adapter({ kind: "UniqueConstraintViolation" })).code).toBe("INTERNAL");
    expect(databaseOutage(adapter({ kind: "postgres", code: "22021" }))).toBeNull();
    expect(databaseOutage(new Error("connect ECONNREFUSED"))).toBeNull();
  });
});

describe("isUniqueViolation", () => {
  // The shape Prisma 7 gives a P2002 through @prisma/adapter-pg: the model name and the driver's error.
  const prisma7 = (modelName: string, index: string) => ({
    code: "P2002",
    meta: {
      modelName,
      driverAdapterError: {
        name: "DriverAdapterError",
        cause: {
          originalCode: "23505",
          originalMessage: `duplicate key value violates unique constraint "${index}"`,
          kind: "UniqueConstraintViolation",
          constraint: { index },
        },
      },
    },
  });

  it.each<{ name: string; error: unknown; field?: string; expected: boolean }>([
    { name: "P2002 without a field", error: { code: "P2002" }, expected: true },
    { name: "P2002 with meta, without a field", error: { code: "P2002", meta: { target: ["email"] } }, expected: true },
    {
      name: "P2002 on email, asking email",
      error: { code: "P2002", meta: { target: ["email"] } },
      field: "email",
      expected: true,
    },
    {
      name: "P2002 on slug, asking email",
      error: { code: "P2002", meta: { target: ["slug"] } },
      field: "email",
      expected: false,
    },
    { name: "P2002 without meta, asking email", error: { code: "P2002" }, field: "email", expected: false },
    {
      name: "Prisma 7 P2002 on User.email, asking email",
      error: prisma7("User", "User_email_key"),
      field: "email",
      expected: true,
    },
    {
      name: "Prisma 7 P2002 on Group.slug, asking slug",
      error: prisma7("Group", "Group_slug_key"),
      field: "slug",
      expected: true,
    },
    {
      name: "Prisma 7 P2002 on Group.slug, asking email",
      error: prisma7("Group", "Group_slug_key"),
      field: "email",
      expected: false,
    },
    { name: "P2025", error: { code: "P2025", meta: { target: ["email"] } }, expected: false },
    {
      name: "P2025, asking email",
      error: { code: "P2025", meta: { target: ["email"] } },
      field: "email",
      expected: false,
    },
    { name: "a generic Error", error: new Error("unique"), expected: false },
    { name: "null", error: null, expected: false },
    { name: "undefined", error: undefined, expected: false },
    { name: "a string", error: "P2002", expected: false },
    { name: "an AppError CONFLICT", error: new AppError("CONFLICT"), expected: false },
  ])("$name → $expected", ({ error, field, expected }) => {
    expect(isUniqueViolation(error, field)).toBe(expected);
  });

  // Regression: Prisma 7 puts modelName and the driver error's kind in every P2002, so matching the field as a
  // substring of the whole error reported a violation on "name" or "kind" for any unique violation.
  it.each([
    { field: "name", error: prisma7("Group", "Group_slug_key") },
    { field: "name", error: prisma7("User", "User_email_key") },
    { field: "kind", error: prisma7("Application", "Application_programId_userId_role_key") },
  ])("a violation on another column is not reported as one on $field", ({ field, error }) => {
    expect(isUniqueViolation(error, field)).toBe(false);
  });
});
