/**
 * Which requests the anonymous-page cache serves (decision 025), shared by proxy.ts and the internal route
 * app/anonymous-page/[locale]/[[...path]]/route.ts. The rules themselves are in anonymous-request.mjs (plain
 * JavaScript, so scripts/serve.mjs's front cache applies the very same ones); the render marker's HMAC is here.
 */

export {
  ALL_ANONYMOUS_PAGES_TAG,
  ANONYMOUS_PAGE_PREFIX,
  ANONYMOUS_PAGE_SECONDS,
  anonymousPageKey,
  anonymousPageRequest,
  CACHE_STATUS_HEADER,
  cacheablePage,
  DIRECTORY_TAG,
  groupTag,
  hasSessionCookie,
  HOME_TAG,
  isDocumentRequest,
  parseCookies,
  RENDER_MARKER_HEADER,
  type CacheablePage,
} from "./anonymous-request.mjs";

const markers = new Map<string, Promise<string>>();

/** HMAC of the app's secret: only this instance (or one sharing its AUTH_SECRET) can send it. */
export function renderMarker(secret: string): Promise<string> {
  let marker = markers.get(secret);
  if (!marker) {
    marker = (async () => {
      const encoder = new TextEncoder();
      const key = await crypto.subtle.importKey(
        "raw",
        encoder.encode(secret),
        { name: "HMAC", hash: "SHA-256" },
        false,
        ["sign"],
      );
      const mac = await crypto.subtle.sign("HMAC", key, encoder.encode("kinship anonymous-page render"));
      return Buffer.from(mac).toString("base64url");
    })();
    markers.set(secret, marker);
  }
  return marker;
}

/** Compares in constant time, so the marker cannot be guessed a character at a time. */
export async function isRenderMarker(value: string | null, secret: string): Promise<boolean> {
  if (!value) return false;
  const expected = await renderMarker(secret);
  if (value.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= value.charCodeAt(i) ^ expected.charCodeAt(i);
  return diff === 0;
}
