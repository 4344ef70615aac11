import type { Page } from "@playwright/test";
import { test, expect, checkPage, asClient } from "./fixtures";
import { createGroup } from "../factories/groups";
import { createPost } from "../factories/feed";

// Issue 18, goal 5 (decision 025): the pages every signed-out visitor sees alike come from a cache, under a CSP of
// the inline scripts' sha256 hashes instead of a per-response nonce; signed-in pages are as before.
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const HTML = { accept: "text/html,application/xhtml+xml" };

/** Every CSP violation the page reports, collected from its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? []);
}

test.use({ extraHTTPHeaders: asClient() });

test("a signed-out visitor gets a public group from the cache: hashes not a nonce, public caching, and it works", async ({
  page,
  db,
  makeUser,
}) => {
  test.slow(); // axe three times, and a cache that renders the page over loopback first
  const owner = await makeUser({ name: "Odile Owner" });
  const group = await createGroup(db, owner, { name: `Candle Circle ${unique()}` });
  await createPost(db, group, owner, { body: "Beeswax or soy? Tell us what you pour." });
  const violations = await watchViolations(page);

  const response = await page.goto(`/groups/${group.slug}`);
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  const csp = headers["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/);
  expect(csp).not.toContain("nonce-");
  expect(csp).not.toContain("strict-dynamic");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["cache-control"]).toBe("public, max-age=0, s-maxage=10, stale-while-revalidate=60");
  expect(headers["vary"]).toContain("Cookie");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // As sent: no nonce on any tag (React may add an empty one to what it inserts later).
  expect(await response!.text()).not.toMatch(/<[^>]+\snonce="[^"]/);

  await expect(page.getByRole("heading", { level: 1, name: group.name })).toBeVisible();
  await expect(page.getByText("Beeswax or soy? Tell us what you pour.")).toBeVisible();
  // Axe in light, dark and phone (the theme follows the system's until the toggle is used).
  await checkPage(page, "anonymous-cache-group");
  // Hydrated: the theme toggle is a placeholder until React runs, then switches the theme.
  const toggle = page.getByRole("button", { name: /^Theme: / });
  await expect(toggle).toBeEnabled();
  const before = await toggle.getAttribute("aria-label");
  await toggle.click();
  await expect(page.getByRole("button", { name: /^Theme: / })).not.toHaveAttribute("aria-label", before!);
  expect(await violations()).toEqual([]);

  // Following a link (a client-side navigation) works from the cached page too.
  await page.getByRole("navigation", { name: "Group sections" }).getByRole("link", { name: "About" }).click();
  await expect(page).toHaveURL(new RegExp(`/groups/${group.slug}/about$`));
  expect(await violations()).toEqual([]);
});

test("the second request for a page is served from the cache, without rendering it again", async ({
  request,
  db,
  makeUser,
}) => {
  const owner = await makeUser();
  const group = await createGroup(db, owner, { name: `Quilters ${unique()}` });
  const url = `/groups/${group.slug}`;
  const first = await request.get(url, { headers: HTML });
  expect(first.status()).toBe(200);
  expect(first.headers()["x-kinship-cache"]).toBe("miss");
  const second = await request.get(url, { headers: HTML });
  // From the front cache in scripts/serve.mjs, or from Next's (a gzip-taking client until the front cache's gzipped
  // copy is made: tests/e2e/anonymous-front-cache.spec.ts).
  expect(second.headers()["x-kinship-cache"]).toMatch(/^(front|hit)$/);
  expect(await second.text()).toBe(await first.text());

  // Written behind the app's back (no service told the cache): the cached page still shows the old name…
  await db.group.update({ where: { id: group.id }, data: { name: `${group.name} renamed` } });
  expect(await (await request.get(url, { headers: HTML })).text()).not.toContain(`${group.name} renamed`);
  // …for ten seconds at most.
  await expect
    .poll(async () => (await request.get(url, { headers: HTML })).text(), { timeout: 20_000, intervals: [1_000] })
    .toContain(`${group.name} renamed`);
});

test("a member's new post reaches signed-out visitors within seconds", async ({
  page,
  browser,
  db,
  makeUser,
  loginAs,
}) => {
  test.slow();
  const owner = await makeUser({ name: "Petra Poster" });
  const group = await createGroup(db, owner, { name: `Soap Swap ${unique()}` });
  const url = `/groups/${group.slug}`;

  const visitor = await (await browser.newContext({ extraHTTPHeaders: asClient() })).newPage();
  await visitor.goto(url);
  await expect(visitor.getByRole("heading", { level: 1, name: group.name })).toBeVisible();
  const body = `Fresh bars on the table ${unique()}`;
  await expect(visitor.getByText(body)).toHaveCount(0);

  await loginAs(page, owner);
  await page.goto(url);
  await page.getByRole("textbox", { name: "Your post" }).fill(body);
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(page.getByRole("list", { name: "Posts" }).getByText(body)).toBeVisible();

  await expect(async () => {
    await visitor.reload();
    await expect(visitor.getByText(body)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000, intervals: [500, 1_000] });
});

test("a hidden group is a 404 to a signed-out visitor, and never cached", async ({ request, page, db, makeUser }) => {
  const owner = await makeUser();
  const hidden = await createGroup(db, owner, {
    name: `Secret Society ${unique()}`,
    privacy: "PRIVATE",
    visibility: "HIDDEN",
  });
  for (let i = 0; i < 2; i++) {
    const response = await request.get(`/groups/${hidden.slug}`, { headers: HTML });
    expect(response.status()).toBe(404);
    expect(response.headers()["cache-control"]).toBe("no-store");
    expect(response.headers()["x-kinship-cache"]).toBe("bypass");
    expect(await response.text()).not.toContain(hidden.name);
  }
  const shown = await page.goto(`/groups/${hidden.slug}`);
  expect(shown?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("Spanish and English visitors each get their own language from the cache", async ({ browser, db, makeUser }) => {
  const owner = await makeUser();
  const group = await createGroup(db, owner, { name: `Jabones ${unique()}` });
  for (const [locale, lang, nav, about] of [
    ["es-MX", "es", "Secciones del grupo", "Información"],
    ["en-US", "en", "Group sections", "About"],
    ["es-ES", "es", "Secciones del grupo", "Información"],
  ] as const) {
    const context = await browser.newContext({ locale, extraHTTPHeaders: asClient() });
    const page = await context.newPage();
    const response = await page.goto(`/groups/${group.slug}`);
    expect(response?.headers()["x-kinship-cache"]).toMatch(/^(front|hit|miss)$/);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("navigation", { name: nav }).getByRole("link", { name: about })).toBeVisible();
    await context.close();
  }
});

test("a signed-in member of the same page gets it rendered for them: a nonce, no-store, their own header", async ({
  page,
  request,
  db,
  makeUser,
  loginAs,
}) => {
  const member = await makeUser({ name: "Nadia Nonce" });
  const group = await createGroup(db, member, { name: `Weavers ${unique()}` });
  const url = `/groups/${group.slug}`;
  await request.get(url, { headers: HTML }); // cached for signed-out visitors

  await loginAs(page, member);
  const response = await page.goto(url);
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).not.toContain("sha256-");
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["cache-control"]).not.toContain("public");
  expect(headers["x-kinship-cache"]).toBeUndefined();
  await expect(page.getByRole("button", { name: "Account menu for Nadia Nonce" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Your post" })).toBeVisible();
});

test("the cache's internal route does not exist from outside, and a forged render marker does not get past it", async ({
  request,
  db,
  makeUser,
}) => {
  const owner = await makeUser();
  const group = await createGroup(db, owner, { name: `Potters ${unique()}` });
  for (const path of [`/anonymous-page/en/groups/${group.slug}`, "/anonymous-page/en", "/anonymous-page"]) {
    const direct = await request.get(path, { headers: HTML });
    expect(direct.status(), path).toBe(404);
    expect(direct.headers()["x-kinship-cache"], path).toBeUndefined();
  }
  for (const forged of ["1", "true", "a".repeat(43)]) {
    const response = await request.get(`/groups/${group.slug}`, {
      headers: { ...HTML, "x-kinship-anonymous-render": forged },
    });
    expect(response.status()).toBe(200);
    // Past the front cache (which leaves any marker to Next.js), and still served from the cache.
    expect(response.headers()["x-kinship-cache"]).toMatch(/^(hit|miss)$/);
    expect(response.headers()["content-security-policy"]).not.toContain("nonce-");
  }
});
