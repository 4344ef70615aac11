// lib/request: facts of the current request (its client's address) and its one-time flash cookie. Sign-in
// (lib/auth) and the action and route wrappers (lib/http) both use them; living here, neither depends on the other.
/**
 * The client's address, for rate limiting. Next.js sets X-Forwarded-For to the socket's address when a request
 * arrives without one; a proxy in front appends the address it saw. The rightmost entry is therefore the one
 * added by the nearest hop we run, which a client cannot choose (a client can only prepend entries).
 */
export function clientIp(headers: Headers): string {
  const hops =
    headers
      .get("x-forwarded-for")
      ?.split(",")
      .map((h) => h.trim())
      .filter(Boolean) ?? [];
  return hops.at(-1) ?? headers.get("x-real-ip")?.trim() ?? "unknown";
}
