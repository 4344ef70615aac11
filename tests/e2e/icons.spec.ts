import { test, expect } from "./fixtures";

test.describe.configure({ timeout: 60_000 });

/**
 * The icon set and the web app manifest, over HTTP as a browser meets them: every first visit used to log a 404
 * for /favicon.ico. The console guard of the fixtures lets 4xx resource errors through, so this test collects
 * every failed response itself.
 */
test("a fresh visit finds its favicon, icons and manifest: no 404, every icon the right type", async ({
  browser,
  request,
}) => {
  // A fresh context: nothing cached, as on a first visit.
  const context = await browser.newContext();
  const page = await context.newPage();
  const failures: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  page.on("console", (m) => {
    if (m.type() === "error") failures.push(m.text());
  });
  const favicon = page.waitForResponse((r) => new URL(r.url()).pathname === "/favicon.ico").catch(() => null);
  await page.goto("/");
  await page.waitForLoadState("networkidle");

  // The favicon answers an image, whether the browser asks for it on its own or not.
  const asked = await Promise.race([favicon, page.waitForTimeout(2_000).then(() => null)]);
  if (asked) expect(asked.status()).toBe(200);
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
  expect([...(await ico.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);

  // Every icon and the manifest the page links to answer 200 with an image type (the manifest: its own type).
  const links = await page.$$eval('link[rel~="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]', (els) =>
    els.map((el) => ({
      rel: el.getAttribute("rel"),
      href: (el as HTMLLinkElement).href,
      type: el.getAttribute("type"),
    })),
  );
  expect(links.map((l) => l.rel).sort()).toEqual(["apple-touch-icon", "icon", "icon", "manifest"]);
  for (const link of links.filter((l) => l.rel !== "manifest")) {
    const res = await request.get(link.href);
    expect(res.status(), link.href).toBe(200);
    expect(res.headers()["content-type"], link.href).toMatch(/^image\//);
  }

  // The manifest parses, names the app, and every icon it lists answers 200 with the type it claims.
  const manifestHref = links.find((l) => l.rel === "manifest")!.href;
  const res = await request.get(manifestHref);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
  const manifest = (await res.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ name: "Kinship", short_name: "Kinship", start_url: "/", display: "standalone" });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);
  for (const icon of manifest.icons) {
    const file = await request.get(new URL(icon.src, manifestHref).href);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"], icon.src).toContain(icon.type);
  }

  // Theme colours for light and dark, from the page's own meta tags.
  const themes = await page.$$eval('meta[name="theme-color"]', (els) =>
    els.map((el) => [el.getAttribute("media"), el.getAttribute("content")]),
  );
  expect(themes).toEqual([
    ["(prefers-color-scheme: light)", "#ffffff"],
    ["(prefers-color-scheme: dark)", "#100e1b"],
  ]);

  expect(failures, "failed requests or console errors on a fresh visit").toEqual([]);
  await context.close();
});
