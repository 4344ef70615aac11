import { decode } from "next-auth/jwt";
import type { SessionClaims } from "./session-user";

/**
 * A page's session claims straight from the session cookie (issue 18, goal 2). Auth.js's `auth()` in a server
 * component builds a request to its own session endpoint and runs all of it: the config function (providers
 * rebuilt), a CSRF token (a digest and random bytes), the JWE decrypted (an HKDF derivation, AES and HMAC), the jwt
 * and session callbacks, and then the token re-encrypted with a new expiry for a Set-Cookie that a server component
 * cannot send: ~1.5 ms of CPU per request, the largest single cost of a signed-in render that was ours. Here: the
 * same cookie, read by the same rules, decoded by Auth.js's own `decode` (the same checks: key, algorithm, expiry
 * with 15 s of tolerance), and remembered by token so a member's next request does not decrypt it again.
 *
 * What our callbacks made of a token is kept: `uid` and `sv` (lib/auth/config.ts, `session`); the session version
 * is still checked against the database on every request (lib/auth/session-user.ts, page-session.ts).
 */

/** Auth.js's session cookie; over HTTPS its `__Secure-` form, whose name is also the key derivation's salt. */
export const SESSION_COOKIE = "authjs.session-token";
const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

/**
 * The cookie Auth.js reads for this request: it takes the request's protocol from X-Forwarded-Proto (which Next's
 * server sets), "https" when absent (next-auth/lib/index.js, @auth/core createActionURL). This app sets no AUTH_URL
 * (APP_URL is its own), which would otherwise decide.
 */
export function sessionCookieName(forwardedProto: string | null): string {
  return (forwardedProto ?? "https").startsWith("https") ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/**
 * The token, joined from its chunks as Auth.js's SessionStore does: every non-empty cookie whose name starts with
 * the cookie's name (`name`, `name.0`, `name.1`…), in the order of their numeric suffixes.
 */
export function sessionTokenFrom(cookies: readonly { name: string; value: string }[], name: string): string | null {
  const chunks = cookies.filter((c) => c.name.startsWith(name) && c.value);
  if (chunks.length === 0) return null;
  const suffix = (n: string) => parseInt(n.split(".").pop() || "0") || 0;
  return chunks
    .sort((a, b) => suffix(a.name) - suffix(b.name))
    .map((c) => c.value)
    .join("");
}

/** Seconds of clock skew an expiry is allowed, as Auth.js's decode allows. */
const CLOCK_TOLERANCE_S = 15;
/** Tokens remembered per instance: one per member active lately; the oldest is dropped first. */
export const REMEMBERED_TOKENS = 2_000;

type Remembered = { claims: SessionClaims; exp: number | null; secret: string };
const remembered = new Map<string, Remembered>();

function stillValid(entry: Remembered, secret: string, nowMs: number): boolean {
  return entry.secret === secret && (entry.exp === null || nowMs < (entry.exp + CLOCK_TOLERANCE_S) * 1000);
}

/**
 * The claims of a session token, or null when it does not decode (another secret, tampered, expired). A token
 * decoded before is answered from memory while it has not expired: the same bytes decrypt to the same payload.
 */
export async function decodeSessionClaims(
  token: string,
  secret: string,
  salt: string,
  nowMs = Date.now(),
): Promise<SessionClaims | null> {
  const key = `${salt}\n${token}`;
  const hit = remembered.get(key);
  if (hit) {
    if (stillValid(hit, secret, nowMs)) return hit.claims;
    remembered.delete(key);
  }
  let payload: { uid?: unknown; sv?: unknown; exp?: unknown } | null;
  try {
    payload = await decode<{ uid?: unknown; sv?: unknown; exp?: unknown }>({ token, secret, salt });
  } catch {
    return null; // Auth.js answers "no session" for a token that does not decrypt or has expired.
  }
  if (!payload) return null;
  const claims: SessionClaims = { uid: payload.uid, sv: payload.sv };
  const entry = { claims, exp: typeof payload.exp === "number" ? payload.exp : null, secret };
  // The same expiry rule as a remembered token's (decode applied it at the clock's now, this at `nowMs`).
  if (!stillValid(entry, secret, nowMs)) return null;
  if (remembered.size >= REMEMBERED_TOKENS) remembered.delete(remembered.keys().next().value!);
  remembered.set(key, entry);
  return claims;
}

/** For tests: forget every remembered token. */
export function forgetSessionTokens(): void {
  remembered.clear();
}
