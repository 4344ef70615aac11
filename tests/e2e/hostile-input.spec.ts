/**
 * Input Next.js itself would fail on, answered before it can: a path with a malformed percent-encoding (400, JSON
 * for the API, a page for pages, with the security headers), a NUL in a page's search parameter (400, not
 * PostgreSQL's 500), and server actions refused for another site's Origin, a 2 MB field or a body React cannot
 * decode (403, 413, 400 instead of 500). The action replayed is the sign-in form's, as the browser sent it.
 */
import type { APIResponse, Page } from "@playwright/test";
import { test, expect, expectAccessible, snap } from "./fixtures";
import { createGroup } from "../factories/groups";

function expectSecurityHeaders(res: APIResponse, what: string) {
  const headers = res.headers();
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
}

/**
 * checkPage for a page the proxy answers by itself: it follows the system colour scheme (no theme script runs),
 * so each scheme is emulated and checked as it is.
 */
async function checkStaticPage(page: Page, name: string) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await expectAccessible(page, `${name} (${scheme})`);
    await snap(page, `${name}-${scheme}`);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page, `${name} (phone)`);
  await snap(page, `${name}-phone`);
  await page.emulateMedia({ colorScheme: "light" });
}

async function expectJsonError(res: APIResponse, status: number, code: string, what: string) {
  expect(res.status(), what).toBe(status);
  expect(res.headers()["content-type"], what).toContain("application/json");
  expect(await res.json(), what).toEqual({ error: { code, message: expect.any(String) } });
  expectSecurityHeaders(res, what);
}

test("a malformed percent-encoding in a path answers 400 with the security headers", async ({ request, page }) => {
  for (const path of ["/api/v1/programs/%ff", "/api/v1/groups/%E0%A4%A/members", "/api/v1/posts/%"])
    await expectJsonError(await request.get(path), 400, "INVALID_INPUT", path);

  for (const path of ["/groups/%ff", "/groups/%/members"]) {
    const res = await request.get(path, { headers: { accept: "text/html" } });
    expect(res.status(), path).toBe(400);
    expect(res.headers()["content-type"]).toContain("text/html");
    expectSecurityHeaders(res, path);
  }
  // What a person sees: a page that says what went wrong and leads home.
  const res = await page.goto("/groups/%ff");
  expect(res?.status()).toBe(400);
  await expect(page.getByRole("heading", { name: "We couldn't read that address" })).toBeVisible();
  await checkStaticPage(page, "bad-address");
  await page.getByRole("link", { name: "Go home" }).click();
  await expect(page).toHaveURL("/");
});

test("a NUL in a public group's members search answers 400, not a database error", async ({ db, makeUser, page }) => {
  const owner = await makeUser({ name: "Nul Owner" });
  const group = await createGroup(db, owner, { name: "Public Nul Soapers", privacy: "PUBLIC" });
  const res = await page.goto(`/groups/${group.slug}/members?q=%00`);
  expect(res?.status()).toBe(400);
  await expect(page.getByRole("heading", { name: "We couldn't read that address" })).toBeVisible();
  // The same search without the NUL works.
  expect((await page.goto(`/groups/${group.slug}/members?q=nul`))?.status()).toBe(200);
});

test("a NUL in a path segment answers 400, not a database error, signed in or not", async ({
  makeUser,
  loginAs,
  page,
  request,
}) => {
  await expectJsonError(await request.get("/api/v1/posts/a%00b"), 400, "INVALID_INPUT", "API path with a NUL");
  const member = await makeUser({ name: "Nul Opener" });
  await loginAs(page, member);
  const res = await page.goto("/notifications/%00/open");
  expect(res?.status()).toBe(400);
  await expect(page.getByRole("heading", { name: "We couldn't read that address" })).toBeVisible();
  // A notification id that names nothing (but could) still leads to the list, signed in, on the host the browser
  // used (the redirect is relative: the server's own name, localhost, would lose the session cookie).
  const { origin } = new URL(page.url());
  await page.goto("/notifications/no-such-notification/open");
  await expect(page).toHaveURL(`${origin}/notifications`);
  await expect(page.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
});

test("a server action from another site, too large or undecodable answers 403, 413, 400", async ({ page, request }) => {
  // The sign-in form's action id and body, as the browser sends them.
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("nobody@example.test");
  await page.getByLabel("Password").fill("not the password");
  const [sent] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
  const actionId = sent.headers()["next-action"]!;
  const origin = new URL(page.url()).origin;
  const post = (headers: Record<string, string>, data: string | Buffer | Record<string, string>) =>
    request.post("/sign-in", {
      headers: { "next-action": actionId, ...headers },
      ...(typeof data === "string" || Buffer.isBuffer(data) ? { data } : { multipart: data }),
      failOnStatusCode: false,
    });

  await expectJsonError(
    await post({ origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" }, '["$K1"]'),
    403,
    "FORBIDDEN",
    "foreign Origin",
  );
  await expectJsonError(
    await post({ origin }, { "0": '["$undefined","$K1"]', "1_email": "x".repeat(2 * 1024 * 1024) }),
    413,
    "PAYLOAD_TOO_LARGE",
    "a 2 MB field",
  );
  for (const [what, data] of [
    ["garbage text", "garbage{"],
    ["JSON that is not the arguments", '{"email":"a"}'],
    ["bytes that are not UTF-8", Buffer.from([0xff, 0xfe, 0x00, 0x7b])],
  ] as const)
    await expectJsonError(
      await post({ origin, "content-type": "text/plain;charset=UTF-8" }, data),
      400,
      "INVALID_INPUT",
      what,
    );
  // Decodable arguments of the wrong kinds reach the action, which answers with the form's error, not a 500.
  const wrongKinds = await post({ origin, "content-type": "text/plain;charset=UTF-8" }, '[null, "not a form"]');
  expect(wrongKinds.status(), "arguments that are not a form").toBe(200);
  expect(await wrongKinds.text()).toContain("The form was not sent as a form.");
  await expectJsonError(
    await post({ origin }, { "0": "not json", "1_email": "a@b.c" }),
    400,
    "INVALID_INPUT",
    "a multipart body whose row 0 is not JSON",
  );
});
