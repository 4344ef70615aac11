import { afterEach, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import {
  decodeSessionClaims,
  forgetSessionTokens,
  REMEMBERED_TOKENS,
  SESSION_COOKIE,
  sessionCookieName,
  sessionTokenFrom,
} from "@/lib/auth/session-token";

const secret = "a-test-secret-that-is-long-enough-for-auth-js";
const salt = SESSION_COOKIE;
const token = (claims: Record<string, unknown>, maxAge?: number, key = secret) =>
  encode({ token: { sub: "u1", ...claims }, secret: key, salt, ...(maxAge === undefined ? {} : { maxAge }) });

afterEach(forgetSessionTokens);

describe("a page's session from its cookie (as Auth.js reads it, without its session endpoint)", () => {
  it("gives the user id and session version that sign-in put in the token", async () => {
    expect(await decodeSessionClaims(await token({ uid: "u1", sv: 3 }), secret, salt)).toEqual({ uid: "u1", sv: 3 });
  });

  it("gives no session for a token of another secret, another cookie name, or tampered with", async () => {
    const good = await token({ uid: "u1", sv: 0 });
    expect(
      await decodeSessionClaims(await token({ uid: "u1", sv: 0 }, undefined, `${secret}-other`), secret, salt),
    ).toBe(null);
    expect(await decodeSessionClaims(good, secret, `__Secure-${SESSION_COOKIE}`)).toBe(null);
    const parts = good.split(".");
    parts[3] = (parts[3]!.startsWith("A") ? "B" : "A") + parts[3]!.slice(1);
    expect(await decodeSessionClaims(parts.join("."), secret, salt)).toBe(null);
    expect(await decodeSessionClaims("not-a-token", secret, salt)).toBe(null);
  });

  it("gives no session once the token has expired, even after it was read while valid", async () => {
    expect(await decodeSessionClaims(await token({ uid: "u1", sv: 0 }, -60), secret, salt)).toBe(null);
    const t = await token({ uid: "u1", sv: 0 }, 60);
    expect(await decodeSessionClaims(t, secret, salt)).toEqual({ uid: "u1", sv: 0 });
    // Remembered, but not past its expiry (plus Auth.js's 15 s of tolerance).
    expect(await decodeSessionClaims(t, secret, salt, Date.now() + 70_000)).toEqual({ uid: "u1", sv: 0 });
    expect(await decodeSessionClaims(t, secret, salt, Date.now() + 80_000)).toBe(null);
  });

  it("does not answer a remembered token under another secret", async () => {
    const t = await token({ uid: "u1", sv: 0 });
    expect(await decodeSessionClaims(t, secret, salt)).toEqual({ uid: "u1", sv: 0 });
    expect(await decodeSessionClaims(t, `${secret}-rotated`, salt)).toBe(null);
  });

  it("remembers a bounded number of tokens, and still decodes one it forgot", async () => {
    const first = await token({ uid: "first", sv: 0 });
    await decodeSessionClaims(first, secret, salt);
    const others = await Promise.all(
      Array.from({ length: REMEMBERED_TOKENS }, (_, i) => token({ uid: `u${i}`, sv: 0 })),
    );
    for (const t of others) await decodeSessionClaims(t, secret, salt);
    expect(await decodeSessionClaims(first, secret, salt)).toEqual({ uid: "first", sv: 0 });
  }, 60_000);

  it("reads the cookie Auth.js reads: __Secure- over HTTPS (and when the protocol is unknown), plain over HTTP", () => {
    expect(sessionCookieName("http")).toBe(SESSION_COOKIE);
    expect(sessionCookieName("https")).toBe(`__Secure-${SESSION_COOKIE}`);
    expect(sessionCookieName(null)).toBe(`__Secure-${SESSION_COOKIE}`);
  });

  it("joins a chunked token in the order of its chunks, ignoring other cookies and empty ones", () => {
    const cookies = [
      { name: "kinship-locale", value: "es" },
      { name: `${SESSION_COOKIE}.1`, value: "second" },
      { name: `${SESSION_COOKIE}.0`, value: "first" },
      { name: `${SESSION_COOKIE}.2`, value: "" },
    ];
    expect(sessionTokenFrom(cookies, SESSION_COOKIE)).toBe("firstsecond");
    expect(sessionTokenFrom([{ name: SESSION_COOKIE, value: "whole" }], SESSION_COOKIE)).toBe("whole");
    expect(sessionTokenFrom([{ name: "other", value: "x" }], SESSION_COOKIE)).toBe(null);
  });
});
