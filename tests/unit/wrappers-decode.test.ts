/**
 * Parse once (decision 022): the wrappers decode the transport and hand it on unvalidated; the service's parse is
 * the one that answers, with the same field errors for a form and for the API.
 */
import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { z } from "zod";

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/lib/log", () => ({ logger: { error: vi.fn(), info: vi.fn(), warn: vi.fn() } }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => ({ id: "u1" }) }));
vi.mock("@/lib/wiring", () => ({}));

const { formAction } = await import("@/lib/http/action");
const { apiRoute } = await import("@/lib/http/route");

/** A service as every service starts: it parses its raw input once. */
const ZInput = z.strictObject({ count: z.coerce.number().int().min(1, "At least one."), open: z.boolean() });
const service = vi.fn(async (raw: unknown) => ZInput.parse(raw));

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

const call = (route: ReturnType<typeof apiRoute>, url: string, init?: RequestInit) =>
  route(new NextRequest(url, init as never), { params: Promise.resolve({}) });

describe("formAction", () => {
  const action = formAction({
    handler: async ({ count, open }) => ({ message: "ok", data: await service({ count, open: open === "on" }) }),
  });

  it("hands the handler the form's text fields as sent, and the service's parse decides", async () => {
    expect(await action({ status: "idle" } as never, form({ count: "3", open: "on" }))).toMatchObject({
      status: "success",
      data: { count: 3, open: true },
    });
  });

  it("shows the service's field errors on the form's fields, with the values echoed back", async () => {
    expect(await action({ status: "idle" } as never, form({ count: "0" }))).toMatchObject({
      status: "error",
      code: "INVALID_INPUT",
      fields: { count: ["At least one."] },
      values: { count: "0" },
    });
  });
});

describe("apiRoute", () => {
  const seen: unknown[] = [];
  const route = apiRoute({
    handler: async ({ body, query }) => {
      seen.push({ body, query });
      return service(body);
    },
  });

  it("hands the handler the JSON body and the query string undecided, and answers the service's field errors", async () => {
    const res = await call(route, "http://localhost/api/v1/x?stalled=true&n=2", {
      method: "POST",
      body: JSON.stringify({ count: 0, open: "yes", extra: 1 }),
    });
    expect(seen.at(-1)).toEqual({ body: { count: 0, open: "yes", extra: 1 }, query: { stalled: "true", n: "2" } });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields).toMatchObject({ count: ["At least one."] });
  });

  it("leaves the body to a handler that reads it itself", async () => {
    const upload = apiRoute({ ownBody: true, handler: async ({ request }) => ({ text: await request.text() }) });
    const res = await call(upload, "http://localhost/api/v1/upload", { method: "POST", body: "not json" });
    expect(await res.json()).toEqual({ text: "not json" });
  });
});
