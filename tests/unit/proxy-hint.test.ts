import { describe, expect, it } from "vitest";
import { PROXY_HINT, isPrivateOrLoopback, proxyHint } from "../../scripts/proxy-hint.mjs";

describe("the hint to set TRUSTED_PROXIES (scripts/serve.mjs)", () => {
  it("tells private and loopback addresses from public ones", () => {
    for (const a of ["127.0.0.1", "::1", "10.0.0.2", "172.16.4.1", "172.31.255.1", "192.168.1.9", "::ffff:10.1.2.3"])
      expect(isPrivateOrLoopback(a), a).toBe(true);
    for (const a of ["fd12:3456::1", "fe80::1", "169.254.0.5"]) expect(isPrivateOrLoopback(a), a).toBe(true);
    for (const a of ["203.0.113.7", "172.32.0.1", "8.8.8.8", "2001:db8::1", "::ffff:203.0.113.7", "", undefined])
      expect(isPrivateOrLoopback(a), String(a)).toBe(false);
  });

  it("is given for X-Forwarded-For from a private socket with no proxy trusted, and only then", () => {
    expect(proxyHint({ socketAddress: "10.0.0.2", forwardedFor: "203.0.113.7", trustedProxies: 0 })).toBe(PROXY_HINT);
    expect(proxyHint({ socketAddress: "::1", forwardedFor: "203.0.113.7", trustedProxies: 0 })).toBe(PROXY_HINT);
    expect(proxyHint({ socketAddress: "10.0.0.2", forwardedFor: "203.0.113.7", trustedProxies: 1 })).toBeNull();
    expect(proxyHint({ socketAddress: "10.0.0.2", forwardedFor: undefined, trustedProxies: 0 })).toBeNull();
    expect(proxyHint({ socketAddress: "198.51.100.4", forwardedFor: "203.0.113.7", trustedProxies: 0 })).toBeNull();
    expect(PROXY_HINT).toMatch(/TRUSTED_PROXIES/);
  });
});
