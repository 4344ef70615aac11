import type { APIRequestContext } from "@playwright/test";
import { test, expect } from "./fixtures";

// Issue 17, item 1, over HTTP against the served app (scripts/serve.mjs). The runner trusts one proxy hop
// (TRUSTED_PROXIES=1, scripts/e2e.ts) and these requests play that proxy: the address it appends, the last entry of
// X-Forwarded-For, is the client's; anything the client wrote further left is not. Each attempt names a different
// unknown account, so only the per-address sign-in limit (30 in 15 minutes) can refuse.
const LIMIT = 30;
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const octet = () => 1 + Math.floor(Math.random() * 250);

/** One password sign-in through Auth.js's own endpoint; the code it redirects the form with. */
async function attempt(request: APIRequestContext, i: number, forwardedFor: string): Promise<string | null> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", {
    form: { email: `nobody-${run}-${i}@example.test`, password: "not the password", csrfToken, callbackUrl: "/" },
    headers: { "x-forwarded-for": forwardedFor },
    maxRedirects: 0,
  });
  return new URL(res.headers()["location"] ?? "/", "http://app").searchParams.get("code");
}

test("a client that writes a new X-Forwarded-For on every attempt is still limited", async ({ request }) => {
  test.slow(); // 31 password checks
  const proxySaw = `10.${octet()}.${octet()}.${octet()}`;
  const codes: (string | null)[] = [];
  for (let i = 0; i <= LIMIT; i++) codes.push(await attempt(request, i, `203.0.113.${i % 250}, ${proxySaw}`));
  expect(codes.slice(0, LIMIT)).toEqual(Array(LIMIT).fill("invalid"));
  expect(codes[LIMIT]).toBe("rate_limited");
});

test("different clients behind the trusted proxy are counted apart", async ({ request }) => {
  test.slow(); // 33 password checks
  const codes: (string | null)[] = [];
  for (let i = 0; i < LIMIT + 3; i++) codes.push(await attempt(request, 100 + i, `10.${octet()}.${octet()}.${i + 1}`));
  expect(codes).toEqual(Array(LIMIT + 3).fill("invalid"));
});
