/**
 * A hint for an operator who put the app behind a proxy and forgot TRUSTED_PROXIES: then every client has the
 * proxy's address, so one client's failures limit them all. A request that carries X-Forwarded-For from a private
 * or loopback socket address, with no hop trusted, looks like exactly that. Plain JavaScript for scripts/serve.mjs.
 */

/** True for loopback, private (RFC 1918), unique-local and link-local addresses, IPv4-mapped ones included. */
export function isPrivateOrLoopback(address) {
  const a = String(address ?? "")
    .trim()
    .toLowerCase()
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(a);
  if (v4) {
    const [first, second] = [Number(v4[1]), Number(v4[2])];
    return (
      first === 127 ||
      first === 10 ||
      (first === 172 && second >= 16 && second <= 31) ||
      (first === 192 && second === 168) ||
      (first === 169 && second === 254)
    );
  }
  return a === "::1" || /^f[cd][0-9a-f]{0,2}:/.test(a) || /^fe[89ab][0-9a-f]?:/.test(a);
}

export const PROXY_HINT =
  "Requests arrive with X-Forwarded-For from a private address while TRUSTED_PROXIES=0: you seem to run behind a " +
  "proxy. Set TRUSTED_PROXIES to the number of proxies in front of the app (README, 'Deploying behind a proxy'), or " +
  "every client shares the proxy's address in rate limits and logs.";

/** The hint to log for this request, or null. */
export function proxyHint({ socketAddress, forwardedFor, trustedProxies }) {
  if (trustedProxies > 0 || !forwardedFor || !socketAddress) return null;
  return isPrivateOrLoopback(socketAddress) ? PROXY_HINT : null;
}
