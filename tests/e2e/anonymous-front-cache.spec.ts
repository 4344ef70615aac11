import { request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { test, expect, asClient } from "./fixtures";
import { createGroup } from "../factories/groups";
import { createPost } from "../factories/feed";

// Decision 025, "Front cache in the server process": scripts/serve.mjs answers a signed-out visitor's second request
// for a cached anonymous page before Next.js, with the bytes and headers the cache route sent (x-kinship-cache:
// front); a session never gets it, and a member's write shows on the next request.
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
/** As a browser navigates, with the encodings a browser takes (the front cache gzips as Next.js does). */
const BROWSER = { accept: "text/html,application/xhtml+xml", "accept-encoding": "gzip, deflate, br, zstd" };
/** A client that takes no compression: the front cache answers it from the first page it keeps. */
const PLAIN = { accept: "text/html,application/xhtml+xml", "accept-encoding": "identity" };
const SESSION_COOKIE = "authjs.session-token";

/**
 * Headers that differ between any two responses (per request, or the framing of the body), and Next.js's internal
 * rewrite target, which the front cache does not repeat.
 */
const PER_RESPONSE = [
  "x-middleware-rewrite",
  "date",
  "x-request-id",
  "x-kinship-cache",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
];

function comparable(response: APIResponse): Record<string, string> {
  return Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !PER_RESPONSE.includes(name)));
}

async function memberClient(baseURL: string, user: { id: string; sessionVersion: number }): Promise<APIRequestContext> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: run the browser tests with npm run test:e2e.");
  const token = await encode({
    token: { uid: user.id, sv: user.sessionVersion, sub: user.id },
    secret,
    salt: SESSION_COOKIE,
  });
  return playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { ...asClient(), cookie: `${SESSION_COOKIE}=${token}` },
  });
}

test.use({ extraHTTPHeaders: asClient() });

test("the second signed-out request is answered by the front cache: the same bytes and headers as the route's", async ({
  request,
  db,
  makeUser,
}) => {
  const owner = await makeUser();
  const group = await createGroup(db, owner, { name: `Chandlers ${unique()}` });
  await createPost(db, group, owner, { body: "Wicks: cotton or wood?" });
  const url = `/groups/${group.slug}`;

  const first = await request.get(url, { headers: PLAIN });
  expect(first.status()).toBe(200);
  expect(first.headers()["x-kinship-cache"]).toBe("miss");
  const second = await request.get(url, { headers: PLAIN });
  expect(second.headers()["x-kinship-cache"]).toBe("front");
  expect(await second.text()).toBe(await first.text());
  expect(await second.text()).toContain("Wicks: cotton or wood?");
  expect(comparable(second)).toEqual(comparable(first));
  expect(second.headers()["vary"]).toContain("Cookie, Accept-Language");
  expect(second.headers()["x-middleware-rewrite"]).toBeUndefined();
  expect(second.headers()["etag"]).toMatch(/^"[\w-]+"$/);
  expect(second.headers()["x-request-id"]).not.toBe(first.headers()["x-request-id"]);

  // A HEAD: the headers, no body.
  const head = await request.head(url, { headers: PLAIN });
  expect(head.headers()["x-kinship-cache"]).toBe("front");
  expect((await head.body()).length).toBe(0);

  // A browser revalidating (max-age=0) with the page's ETag gets a 304, and no page.
  const revalidated = await request.get(url, { headers: { ...PLAIN, "if-none-match": second.headers()["etag"]! } });
  expect(revalidated.status()).toBe(304);
  expect(revalidated.headers()["x-kinship-cache"]).toBe("front");

  // A browser that takes gzip: gzipped as Next.js does (the copy is made off the event loop, just after the page is
  // kept: until then Next.js answers), the same page once decoded.
  await expect
    .poll(async () => (await request.get(url, { headers: BROWSER })).headers()["x-kinship-cache"])
    .toBe("front");
  const zipped = await request.get(url, { headers: BROWSER });
  expect(zipped.headers()["content-encoding"]).toBe("gzip");
  expect(await zipped.text()).toBe(await first.text());
});

test("a request naming a session (any chunk) or a flash message is never answered by the front cache", async ({
  request,
  db,
  makeUser,
  baseURL,
}) => {
  const member = await makeUser({ name: "Serena Session" });
  const group = await createGroup(db, member, { name: `Glaziers ${unique()}` });
  const url = `/groups/${group.slug}`;
  await request.get(url, { headers: PLAIN });
  expect((await request.get(url, { headers: PLAIN })).headers()["x-kinship-cache"]).toBe("front");

  // Signed in, the same address: their own page (a nonce, no-store, their account menu), not the kept one.
  const signedIn = await memberClient(baseURL!, member);
  const mine = await signedIn.get(url, { headers: PLAIN });
  expect(mine.status()).toBe(200);
  expect(mine.headers()["x-kinship-cache"]).toBeUndefined();
  expect(mine.headers()["cache-control"]).toContain("no-store");
  expect(mine.headers()["content-security-policy"]).toMatch(/'nonce-[^']+'/);
  expect(await mine.text()).toContain("Account menu for Serena Session");
  await signedIn.dispose();

  // Stale or chunked session cookies, and a flash message: rendered for that request, as before.
  for (const cookie of [
    `${SESSION_COOKIE}=stale`,
    `__Secure-${SESSION_COOKIE}=stale`,
    `theme=dark; ${SESSION_COOKIE}.0=part; ${SESSION_COOKIE}.1=part`,
    `${SESSION_COOKIE}.1=part`,
    "kinship-flash=Saved",
  ]) {
    const response = await request.get(url, { headers: { ...PLAIN, cookie } });
    expect(response.status(), cookie).toBe(200);
    expect(response.headers()["x-kinship-cache"], cookie).toBeUndefined();
    expect(response.headers()["cache-control"], cookie).toContain("no-store");
  }
});

test("a member's new post shows to signed-out visitors on their next request, and a deleted one is gone at once", async ({
  request,
  db,
  makeUser,
  baseURL,
}) => {
  const owner = await makeUser();
  const group = await createGroup(db, owner, { name: `Tanners ${unique()}` });
  await createPost(db, group, owner, { body: "Welcome to the tannery." });
  const url = `/groups/${group.slug}`;
  const visit = () => request.get(url, { headers: PLAIN });
  await visit();
  expect((await visit()).headers()["x-kinship-cache"]).toBe("front");

  const author = await memberClient(baseURL!, owner);
  const body = `Fresh hides on Friday ${unique()}`;
  const created = await author.post(`/api/v1/groups/${group.slug}/posts`, { data: { body } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  // The very next request: no longer the kept page, and the post is there; the page kept after it has it too.
  const next = await visit();
  expect(next.headers()["x-kinship-cache"]).not.toBe("front");
  expect(await next.text()).toContain(body);
  // The write tells the front cache again once its request is over (lib/http/public-cache.ts), which may send one
  // more visitor to Next.js: kept again soon after.
  await expect.poll(async () => (await visit()).headers()["x-kinship-cache"]).toBe("front");
  expect(await (await visit()).text()).toContain(body);

  expect((await author.delete(`/api/v1/posts/${id}`)).status()).toBe(200);
  const after = await visit();
  expect(await after.text()).not.toContain(body);
  expect(await after.text()).toContain("Welcome to the tannery.");
  await expect.poll(async () => (await visit()).headers()["x-kinship-cache"]).toBe("front");
  expect(await (await visit()).text()).not.toContain(body);
  await author.dispose();
});
