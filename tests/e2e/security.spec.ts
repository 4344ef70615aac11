import fs from "node:fs";
import { test, expect } from "./fixtures";

test("every page carries security headers and a per-request script nonce", async ({ request }) => {
  const first = await request.get("/");
  const second = await request.get("/");
  const csp = first.headers()["content-security-policy"]!;
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-eval");
  expect(second.headers()["content-security-policy"]).not.toBe(csp);
  expect(first.headers()["x-content-type-options"]).toBe("nosniff");
  expect(first.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(first.headers()["x-request-id"]).toMatch(/^[\w-]{8,}$/);
});

test("the health check reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const migrations = fs.readdirSync("prisma/migrations", { withFileTypes: true }).filter((d) => d.isDirectory()).length;
  expect(await res.json()).toMatchObject({ status: "ok", database: { status: "up", migrations } });
});

test("the API answers errors as JSON with a code, never a stack trace", async ({
  request,
  page,
  makeUser,
  loginAs,
}) => {
  const anonymous = await request.get("/api/v1/me");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toEqual({
    error: { code: "UNAUTHENTICATED", message: "Please sign in to continue." },
  });

  const user = await makeUser({ name: "Tomás" });
  await loginAs(page, user);
  const api = page.request;
  const me = await api.get("/api/v1/me");
  expect(me.status()).toBe(200);
  const body = await me.json();
  expect(body).toMatchObject({ id: user.id, name: "Tomás", email: user.email });
  expect(body).not.toHaveProperty("passwordHash");
  expect(body).not.toHaveProperty("sessionVersion");

  const broken = await api.patch("/api/v1/me", { headers: { "content-type": "application/json" }, data: "{not json" });
  expect(broken.status()).toBe(400);
  expect((await broken.json()).error.code).toBe("INVALID_INPUT");

  const invalid = await api.patch("/api/v1/me", { data: { name: "", timeZone: "Nowhere/Else" } });
  expect(invalid.status()).toBe(400);
  const fields = (await invalid.json()).error.fields;
  expect(Object.keys(fields).sort()).toEqual(["name", "timeZone"]);

  const massAssignment = await api.patch("/api/v1/me", {
    data: { name: "T", timeZone: "UTC", email: "evil@example.test", sessionVersion: 5 },
  });
  expect(massAssignment.status()).toBe(400);

  const ok = await api.patch("/api/v1/me", {
    data: { name: "Tomás R.", timeZone: "America/Bogota", languages: ["Spanish"] },
  });
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ name: "Tomás R.", timeZone: "America/Bogota", languages: ["Spanish"] });

  // A state change sent from another site is refused, even with the cookie.
  const crossSite = await api.patch("/api/v1/me", {
    data: { name: "Hijacked", timeZone: "UTC" },
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
  });
  expect(crossSite.status()).toBe(403);
  expect((await api.get("/api/v1/me").then((r) => r.json())).name).toBe("Tomás R.");
});

test("a session token for a user whose sessions were revoked is refused", async ({ page, db, makeUser, loginAs }) => {
  const user = await makeUser();
  await loginAs(page, user);
  expect((await page.request.get("/api/v1/me")).status()).toBe(200);
  await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
  expect((await page.request.get("/api/v1/me")).status()).toBe(401);
});
