import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { SOCKET_ADDRESS_HEADER, limitKeyOfAddress, resolveClientIp } from "@/lib/request/client-ip";

const ip = (socketAddress: string | null, forwardedFor: string | null, trustedProxies = 0) =>
  resolveClientIp({ socketAddress, forwardedFor, trustedProxies });

describe("the client's address", () => {
  it("is the socket's when no proxy is trusted, whatever X-Forwarded-For says (a new value per request changes nothing)", () => {
    expect(ip("203.0.113.7", null)).toBe("203.0.113.7");
    for (const forged of ["10.1.2.3", "10.9.9.9", "198.51.100.1, 10.0.0.1"])
      expect(ip("203.0.113.7", forged)).toBe("203.0.113.7");
  });

  it("is the entry the trusted hops give from the right, never one the client wrote further left", () => {
    // client → proxy (appends the client's address) → app: the socket is the proxy.
    expect(ip("10.0.0.2", "198.51.100.9", 1)).toBe("198.51.100.9");
    // The client sent its own X-Forwarded-For: the proxy appends after it, and only the appended entry counts.
    expect(ip("10.0.0.2", "6.6.6.6, 198.51.100.9", 1)).toBe("198.51.100.9");
    // Two proxies: CDN → nginx → app.
    expect(ip("10.0.0.2", "6.6.6.6, 198.51.100.9, 10.0.0.1", 2)).toBe("198.51.100.9");
  });

  it("falls back to the leftmost entry when a trusted proxy did not append, and to the socket when none did", () => {
    expect(ip("10.0.0.2", null, 1)).toBe("10.0.0.2");
    expect(ip("10.0.0.2", "198.51.100.9", 3)).toBe("198.51.100.9");
  });

  it("writes one address one way and never lets anything but an address into a key or a log", () => {
    expect(ip("::ffff:127.0.0.1", null)).toBe("127.0.0.1");
    expect(ip("2001:DB8::1", null)).toBe("2001:db8::1");
    expect(ip("10.0.0.2", "password=hunter2", 1)).toBe("unknown");
    expect(ip(null, null)).toBe("unknown");
  });

  it("is named the same by the server that sets the socket header (scripts/serve.mjs)", () => {
    const server = fs.readFileSync("scripts/serve.mjs", "utf8");
    expect(server).toContain(`SOCKET_ADDRESS_HEADER = "${SOCKET_ADDRESS_HEADER}"`);
    // It drops a client's own value before it sets the socket's.
    expect(server.indexOf("delete req.headers[SOCKET_ADDRESS_HEADER]")).toBeLessThan(
      server.indexOf("req.headers[SOCKET_ADDRESS_HEADER] = address"),
    );
  });
});

describe("the key a rate limit counts an address by", () => {
  it("is the /64 prefix for IPv6, so the addresses of one subscriber's /64 are one client", () => {
    const key = limitKeyOfAddress("2001:db8:abcd:12:1:2:3:4");
    expect(key).toBe("2001:db8:abcd:12::/64");
    for (const other of ["2001:db8:abcd:12::1", "2001:DB8:ABCD:0012:ffff:ffff:ffff:fffe", "2001:db8:abcd:12::9.8.7.6"])
      expect(limitKeyOfAddress(other)).toBe(key);
    expect(limitKeyOfAddress("2001:db8:abcd:13::1")).not.toBe(key);
    expect(limitKeyOfAddress("::1")).toBe("0:0:0:0::/64");
    expect(limitKeyOfAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });

  it("is the IPv4 address for IPv4 and IPv4-mapped IPv6, and leaves anything else as it is", () => {
    expect(limitKeyOfAddress("203.0.113.7")).toBe("203.0.113.7");
    expect(limitKeyOfAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(limitKeyOfAddress("::ffff:cb00:7107")).toBe("203.0.113.7");
    expect(limitKeyOfAddress("unknown")).toBe("unknown");
    expect(limitKeyOfAddress("someone@example.test")).toBe("someone@example.test");
  });

  it("the logged address stays the full one", () => {
    expect(ip("2001:db8:abcd:12:1:2:3:4", null)).toBe("2001:db8:abcd:12:1:2:3:4");
  });
});
