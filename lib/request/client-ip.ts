// lib/request: facts of the current request (its client's address) and its one-time flash cookie. Sign-in
// (lib/auth) and the action and route wrappers (lib/http) both use them; living here, neither depends on the other.
import { isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * The socket's address, set by the server in scripts/serve.mjs after it drops any value a client sent under this
 * name (the App Router does not expose the socket). Must match the name there.
 */
export const SOCKET_ADDRESS_HEADER = "x-kinship-socket-address";

/**
 * The client's address, for rate limits and logs. The chain is X-Forwarded-For's entries followed by the socket's
 * address; each proxy we run appends the address it saw, so with `trustedProxies` hops in front the client is the
 * entry that many places from the right. Anything further left was written by the client and is never read. With
 * no proxy trusted (the default) it is the socket's address, whatever the request says.
 *
 * Without the socket header (the app served by plain `next start` rather than scripts/serve.mjs), the chain is
 * X-Forwarded-For alone, into which Next.js puts the socket's address only when the client sent none: served that
 * way, a client can choose its address, which is why the scripts never serve it that way.
 */
export function resolveClientIp(input: {
  socketAddress: string | null;
  forwardedFor: string | null;
  trustedProxies: number;
}): string {
  const socket = input.socketAddress?.trim() || null;
  const forwarded = (input.forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (socket && input.trustedProxies === 0) return normalize(socket);
  const chain = socket ? [...forwarded, socket] : forwarded;
  // A chain shorter than the hops we trust means a proxy did not append: its leftmost entry is the best we know.
  const hop = chain.at(Math.max(0, chain.length - 1 - input.trustedProxies));
  return hop ? normalize(hop) : "unknown";
}

/** One spelling per address (IPv4-mapped IPv6 as IPv4), and nothing that is not an address reaches a key or a log. */
function normalize(address: string): string {
  const plain = address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(plain) ? plain.toLowerCase() : "unknown";
}

/** The client's address of a request (its headers), as `resolveClientIp` decides with the configured proxy hops. */
export function clientIp(headers: Headers): string {
  return resolveClientIp({
    socketAddress: headers.get(SOCKET_ADDRESS_HEADER),
    forwardedFor: headers.get("x-forwarded-for"),
    trustedProxies: env().TRUSTED_PROXIES,
  });
}
