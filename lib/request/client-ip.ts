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

/**
 * The part of an address that a rate limit counts. One IPv6 subscriber is usually given a whole /64 (2^64
 * addresses), so counting IPv6 addresses one by one would give an attacker a new one per request: they are counted
 * by their /64 prefix. IPv4, and IPv4-mapped IPv6 (`::ffff:a.b.c.d`), by the IPv4 address. Logs keep the full
 * address; anything that is not an address is returned as it is.
 */
export function limitKeyOfAddress(address: string): string {
  if (isIP(address) !== 6) return address;
  const groups = ipv6Groups(address);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff)
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join(".");
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, `::` expanded and a dotted IPv4 tail folded in. */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().split("%")[0]!;
  const dotted = /^(.*:)(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [b1, b2, b3, b4] = dotted.slice(2).map(Number) as [number, number, number, number];
    text = `${dotted[1]}${((b1 << 8) | b2).toString(16)}:${((b3 << 8) | b4).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups =
    tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return groups.map((g) => parseInt(g, 16));
}

/** The client's address of a request (its headers), as `resolveClientIp` decides with the configured proxy hops. */
export function clientIp(headers: Headers): string {
  return resolveClientIp({
    socketAddress: headers.get(SOCKET_ADDRESS_HEADER),
    forwardedFor: headers.get("x-forwarded-for"),
    trustedProxies: env().TRUSTED_PROXIES,
  });
}
