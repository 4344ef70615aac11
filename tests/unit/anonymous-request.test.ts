import { describe, expect, it } from "vitest";
import { RequestCookies } from "next/dist/compiled/@edge-runtime/cookies";
import { anonymousPageRequest, parseCookies } from "@/lib/http/anonymous-request.mjs";
import { LOCALES } from "@/lib/i18n/locale-choice.mjs";

// Decision 025: ONE set of rules decides which requests get a cached anonymous page and under which key, for the
// proxy (Web Headers) and for scripts/serve.mjs's front cache (node's header object behind a `get`). Every row runs
// through both shapes of headers and must answer the same.
const HTML = "text/html,application/xhtml+xml";

type Row = {
  name: string;
  method?: string;
  path: string;
  query?: string;
  headers?: Record<string, string>;
  /** The cache key, or null: not served from the cache. */
  key: string | null;
};

const ROWS: Row[] = [
  { name: "the home", path: "/", key: "en /" },
  { name: "the home, HEAD", method: "HEAD", path: "/", key: "en /" },
  { name: "the directory", path: "/groups", key: "en /groups" },
  { name: "the directory by size", path: "/groups", query: "sort=size", key: "en /groups?sort=size" },
  { name: "a percent-encoded order", path: "/groups", query: "sort=%73ize", key: "en /groups?sort=size" },
  { name: "a public group", path: "/groups/soap-makers", key: "en /groups/soap-makers" },
  { name: "a group's about page", path: "/groups/soap-makers/about", key: "en /groups/soap-makers/about" },
  { name: "a POST", method: "POST", path: "/groups/soap-makers", key: null },
  { name: "an OPTIONS", method: "OPTIONS", path: "/", key: null },
  { name: "no Accept", path: "/", headers: { accept: "" }, key: null },
  { name: "Accept: */*", path: "/", headers: { accept: "*/*" }, key: null },
  { name: "a router fetch (rsc)", path: "/groups", headers: { rsc: "1" }, key: null },
  { name: "an empty rsc header", path: "/groups", headers: { rsc: "" }, key: null },
  { name: "a prefetch", path: "/groups", headers: { "next-router-prefetch": "1" }, key: null },
  { name: "a router state tree", path: "/groups", headers: { "next-router-state-tree": "%5B%5D" }, key: null },
  { name: "a server action", path: "/groups", headers: { "next-action": "abc" }, key: null },
  { name: "a session", path: "/groups", headers: { cookie: "authjs.session-token=x" }, key: null },
  { name: "a secure session", path: "/groups", headers: { cookie: "__Secure-authjs.session-token=x" }, key: null },
  { name: "a session's chunk 0", path: "/groups", headers: { cookie: "authjs.session-token.0=x" }, key: null },
  { name: "a session's chunk 1 alone", path: "/", headers: { cookie: "a=b; authjs.session-token.1=x" }, key: null },
  { name: "a secure chunk 12", path: "/", headers: { cookie: "__Secure-authjs.session-token.12=x" }, key: null },
  { name: "a session without a value", path: "/", headers: { cookie: "authjs.session-token" }, key: null },
  { name: "a session after spaces", path: "/", headers: { cookie: "a=1;   authjs.session-token=x" }, key: null },
  { name: "a flash message", path: "/groups", headers: { cookie: "kinship-flash=Saved" }, key: null },
  {
    name: "Auth.js's other cookies",
    path: "/",
    headers: { cookie: "authjs.csrf-token=a; authjs.callback-url=b; theme=dark" },
    key: "en /",
  },
  { name: "a search", path: "/groups", query: "q=soap", key: null },
  { name: "a cursor", path: "/groups", query: "cursor=abc", key: null },
  { name: "an unknown order", path: "/groups", query: "sort=bogus", key: null },
  { name: "two orders", path: "/groups", query: "sort=size&sort=newest", key: null },
  { name: "utm on the home", path: "/", query: "utm_source=x", key: null },
  { name: "the router's _rsc", path: "/groups/soap-makers", query: "_rsc=1x2y", key: null },
  { name: "a new group's form", path: "/groups/new", key: null },
  { name: "a group's members", path: "/groups/soap-makers/members", key: null },
  { name: "an upper-case slug", path: "/groups/Soap-Makers", key: null },
  { name: "a trailing slash", path: "/groups/", key: null },
  { name: "another page", path: "/mentorships", key: null },
  { name: "the internal route", path: "/anonymous-page/en", key: null },
  // The language, as the proxy chooses it: the switcher's cookie, else Accept-Language, else English.
  { name: "Spanish by cookie", path: "/groups", headers: { cookie: "locale=es" }, key: "es /groups" },
  {
    name: "the cookie before the browser",
    path: "/groups",
    headers: { cookie: "locale=ar", "accept-language": "es-MX,es;q=0.9" },
    key: "ar /groups",
  },
  { name: "Spanish by browser", path: "/", headers: { "accept-language": "es-MX,es;q=0.9,en;q=0.5" }, key: "es /" },
  { name: "Arabic by browser", path: "/", headers: { "accept-language": "ar-EG" }, key: "ar /" },
  {
    name: "an unknown cookie language",
    path: "/",
    headers: { cookie: "locale=xx", "accept-language": "es" },
    key: "es /",
  },
  { name: "the pseudo-locale outside development", path: "/", headers: { cookie: "locale=en-XA" }, key: "en /" },
  {
    name: "an Accept-Language of the visitor's choosing",
    path: "/",
    headers: { "accept-language": "x-random-9f8e7d;q=0.9, zz, *;q=0.1" },
    key: "en /",
  },
  {
    name: "a later locale cookie wins, as in Next.js",
    path: "/",
    headers: { cookie: "locale=es; locale=ar" },
    key: "ar /",
  },
];

/** node's IncomingMessage headers: lower-case names, behind the `get` serve.mjs gives them. */
function nodeHeaders(headers: Record<string, string>) {
  const raw: Record<string, string> = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { get: (name: string) => raw[name] };
}

describe("which requests get a cached anonymous page, and its key (decision 025)", () => {
  for (const row of ROWS) {
    it(`${row.name}: ${row.key ?? "not from the cache"}`, () => {
      const headers = { accept: HTML, ...row.headers };
      const method = row.method ?? "GET";
      for (const [shape, source] of [
        ["Web Headers", new Headers(headers)],
        ["node headers", nodeHeaders(headers)],
      ] as const) {
        const found = anonymousPageRequest(method, row.path, new URLSearchParams(row.query ?? ""), source, false);
        expect(found?.key ?? null, shape).toBe(row.key);
      }
    });
  }

  it("keys only the languages there are: any Accept-Language lands on one of them", () => {
    const keys = new Set<string>();
    for (const header of ["en", "es", "ar", "fr", "de-CH", "x".repeat(200), "zh;q=0.8, ja", "es;q=0", ""]) {
      const found = anonymousPageRequest(
        "GET",
        "/",
        new URLSearchParams(),
        new Headers({ accept: HTML, "accept-language": header }),
        false,
      );
      keys.add(found!.locale);
    }
    expect([...keys].every((l) => Object.keys(LOCALES).includes(l))).toBe(true);
  });
});

describe("reading the Cookie header", () => {
  it("reads names and values exactly as Next.js's request.cookies does", () => {
    for (const header of [
      "a=1; b=2",
      "a=1;b=2;;  c",
      "locale=es; locale=ar",
      "x=%E0%A4%A; locale=%65s",
      "authjs.session-token.0=abc=def; kinship-flash=Saved%20it",
      " leading=1",
      "=nameless; novalue=",
    ]) {
      // As received: both node's parser and Web Headers trim a header value's surrounding spaces.
      const received = new Headers({ cookie: header });
      const next = new RequestCookies(received);
      const ours = parseCookies(received.get("cookie"));
      expect([...ours.entries()], header).toEqual(next.getAll().map((c) => [c.name, c.value]));
    }
  });
});
