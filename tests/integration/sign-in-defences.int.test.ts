import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/accounts/authenticate";
import { LIMITS } from "@/lib/auth/rate-limit";
import { SOCKET_ADDRESS_HEADER, clientIp, resolveClientIp } from "@/lib/request/client-ip";
import { logger } from "@/lib/log";
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/http/route";
import { createUser, DEFAULT_PASSWORD } from "../factories/users";

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

/** A request as scripts/serve.mjs hands it to the app: the socket's address, and whatever X-Forwarded-For said. */
const request = (socket: string, forwardedFor: string) =>
  new Headers({ [SOCKET_ADDRESS_HEADER]: socket, "x-forwarded-for": forwardedFor });
const rotating = (i: number) => `10.${Math.floor(i / 250)}.${i % 250}.7`;

// Auth.js does not load outside Next.js: the session of the cross-site request below is this member's.
const SESSION = vi.hoisted(() => ({
  id: "member-with-a-session",
  name: "M",
  email: "m@example.test",
  timeZone: "UTC",
}));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => SESSION }));

afterEach(() => vi.restoreAllMocks());

describe("the client's address behind the sign-in limit (issue 17, item 1)", () => {
  it("a new X-Forwarded-For per request is still limited when no proxy is trusted (the default)", async () => {
    const socket = "203.0.113.41";
    const results: string[] = [];
    for (let i = 0; i <= LIMITS.signInPerIp.points; i++) {
      const ip = clientIp(request(socket, rotating(i)));
      results.push(
        await outcome(authenticate({ email: `nobody${i}@example.test`, password: "a wrong guess" }, { ip })),
      );
    }
    expect(results.slice(0, -1).every((r) => r === "INVALID_INPUT")).toBe(true);
    expect(results.at(-1)).toBe("RATE_LIMITED");
  });

  it("the address one trusted proxy appended is honoured: different clients behind it are counted apart", async () => {
    const proxy = "10.0.0.2";
    const results: string[] = [];
    for (let i = 0; i <= LIMITS.signInPerIp.points + 2; i++) {
      const ip = resolveClientIp({ socketAddress: proxy, forwardedFor: rotating(i), trustedProxies: 1 });
      results.push(
        await outcome(authenticate({ email: `nobody${i}@example.test`, password: "a wrong guess" }, { ip })),
      );
    }
    expect(results.filter((r) => r === "RATE_LIMITED")).toEqual([]);
    // …while what a client wrote to the left of the proxy's entry changes nothing.
    const forged = Array.from({ length: LIMITS.signInPerIp.points + 1 }, (_, i) =>
      resolveClientIp({ socketAddress: proxy, forwardedFor: `${rotating(i)}, 198.51.100.23`, trustedProxies: 1 }),
    );
    expect(new Set(forged)).toEqual(new Set(["198.51.100.23"]));
  });
});

describe("parallel guesses (issue 17, item 2)", () => {
  it("twenty wrong guesses at once from one address on one account: at most the limit are checked, the rest refused", async () => {
    const user = await createUser(db, { email: "parallel@example.test" });
    const warn = vi.spyOn(logger, "warn");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        outcome(authenticate({ email: user.email, password: `parallel guess ${i}` }, { ip: "192.0.2.90" })),
      ),
    );
    const checked = results.filter((r) => r === "INVALID_INPUT").length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(LIMITS.signInPerAccountAddress.points);
    expect(results.filter((r) => r === "RATE_LIMITED")).toHaveLength(20 - checked);
    // A checked password is one logged refusal: no more were checked than were answered as wrong.
    const refusals = warn.mock.calls.filter(([f]) => (f as { security?: string }).security === "sign-in refused");
    expect(refusals).toHaveLength(checked);
  });
});

describe("security log lines (issue 17, item 7)", () => {
  it("a refused sign-in is logged at warn with the address and the account's id, never the password", async () => {
    const user = await createUser(db, { email: "logged@example.test" });
    const warn = vi.spyOn(logger, "warn");
    const secret = "my secret guess 42";
    await outcome(authenticate({ email: user.email, password: secret }, { ip: "192.0.2.77" }));
    const line = warn.mock.calls.find(([fields]) => (fields as { security?: string }).security === "sign-in refused");
    expect(line?.[0]).toMatchObject({ ip: "192.0.2.77", accountId: user.id, reason: "wrong password" });
    expect(JSON.stringify(warn.mock.calls)).not.toContain(secret);
    expect(JSON.stringify(warn.mock.calls)).not.toContain(DEFAULT_PASSWORD);
  });

  it("a rate limit hit is logged at warn with the limit, the address and the account's id", async () => {
    const user = await createUser(db, { email: "hammered@example.test" });
    const warn = vi.spyOn(logger, "warn");
    for (let i = 0; i <= LIMITS.signInPerAccountAddress.points; i++)
      await outcome(authenticate({ email: user.email, password: `guess number ${i}` }, { ip: "192.0.2.78" }));
    const hit = warn.mock.calls.find(([fields]) => (fields as { security?: string }).security === "rate limit hit");
    expect(hit?.[0]).toMatchObject({ limit: "signInPerAccountAddress", ip: "192.0.2.78", accountId: user.id });
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/guess number/);
  });
});

describe("cross-site refusals in the log (issue 17, item 7)", () => {
  it("a refused cross-site change is logged at warn with the address and the account's id", async () => {
    const warn = vi.spyOn(logger, "warn");
    const route = apiRoute({ auth: false, handler: async () => ({ ok: true }) });
    const res = await route(
      new NextRequest("http://localhost:3000/api/v1/me", {
        method: "POST",
        body: "{}",
        headers: {
          origin: "https://evil.example",
          host: "localhost:3000",
          [SOCKET_ADDRESS_HEADER]: "198.51.100.66",
          cookie: "authjs.session-token=a-session-token-value",
        },
      }),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(403);
    const line = warn.mock.calls.find(
      ([fields]) => (fields as { security?: string }).security === "cross-site request refused",
    );
    expect(line?.[0]).toMatchObject({ ip: "198.51.100.66", accountId: SESSION.id, path: "/api/v1/me" });
    expect(JSON.stringify(warn.mock.calls)).not.toContain("a-session-token-value");
  });

  it("a server action refused by the proxy for another site's Origin is logged at warn with the address", async () => {
    const { proxy } = await import("@/proxy");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const res = await proxy(
      new NextRequest("http://localhost:3000/sign-in", {
        method: "POST",
        body: "[]",
        headers: {
          origin: "https://evil.example",
          host: "localhost:3000",
          "next-action": "7f".repeat(21),
          "content-type": "text/plain;charset=UTF-8",
          [SOCKET_ADDRESS_HEADER]: "198.51.100.67",
        },
      }),
    );
    expect(res.status).toBe(403);
    const lines = warn.mock.calls.map(([line]) => JSON.parse(String(line)) as Record<string, unknown>);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 40,
        security: "cross-site request refused",
        ip: "198.51.100.67",
        accountId: null,
        path: "/sign-in",
        origin: "https://evil.example",
      }),
    );
    // A write whose Origin is no address at all is refused and logged too.
    warn.mockClear();
    const garbage = await proxy(
      new NextRequest("http://localhost:3000/sign-in", {
        method: "POST",
        headers: { origin: "not a url", host: "localhost:3000", [SOCKET_ADDRESS_HEADER]: "198.51.100.68" },
      }),
    );
    expect(garbage.status).toBe(403);
    expect(JSON.parse(String(warn.mock.calls[0]?.[0]))).toMatchObject({ ip: "198.51.100.68", accountId: null });
  });
});
