/**
 * The headers every response carries (set by proxy.ts), in plain JavaScript so that the front cache in
 * scripts/serve.mjs (decision 025), which answers before the proxy runs, sets the per-request ones (the request id,
 * HSTS) by the same rules; the fixed ones it repeats as Next.js sent them with the kept page.
 */

/** On every response, whatever it is. */
export const SECURITY_HEADERS = Object.freeze({
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
});

/** Only over HTTPS (behind a TLS proxy): on plain-HTTP localhost the header would be meaningless. */
export function strictTransportSecurity(protocol, forwardedProto) {
  return protocol === "https:" || forwardedProto === "https" ? "max-age=31536000; includeSubDomains" : null;
}

/** The request's id for the logs: the caller's own when it looks like one, else a new one. */
export function requestId(incoming) {
  return typeof incoming === "string" && /^[\w-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
}
