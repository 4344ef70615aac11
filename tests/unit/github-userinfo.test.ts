import { describe, expect, it } from "vitest";
import { githubUserinfo } from "@/lib/auth/github-userinfo";

/** GitHub's API, offline: `/user` answers `user`, `/user/emails` answers `emails` (or a 403 when null). */
function fakeGitHub(user: Record<string, unknown>, emails: unknown[] | null): typeof fetch {
  return (async (url: string | URL | Request) => {
    const path = new URL(String(url)).pathname;
    if (path === "/user") return Response.json(user);
    if (path === "/user/emails" && emails) return Response.json(emails);
    return new Response("forbidden", { status: 403 });
  }) as typeof fetch;
}

describe("githubUserinfo", () => {
  it("an unverified primary address (no public one) is not verified", async () => {
    const profile = await githubUserinfo(
      "t",
      fakeGitHub({ id: 1, login: "eve", email: null }, [
        { email: "victim@example.test", primary: true, verified: false },
        { email: "eve@example.test", primary: false, verified: true },
      ]),
    );
    expect(profile).toMatchObject({ email: "victim@example.test", email_verified: false });
  });

  it("a verified primary address is verified", async () => {
    const profile = await githubUserinfo(
      "t",
      fakeGitHub({ id: 2, login: "pat", email: null }, [{ email: "pat@example.test", primary: true, verified: true }]),
    );
    expect(profile).toMatchObject({ id: 2, email: "pat@example.test", email_verified: true });
  });

  it("the public address counts only as GitHub lists it: verified, or not", async () => {
    const emails = [
      { email: "main@example.test", primary: true, verified: true },
      { email: "Public@Example.test", primary: false, verified: false },
    ];
    expect(await githubUserinfo("t", fakeGitHub({ id: 3, email: "public@example.test" }, emails))).toMatchObject({
      email: "public@example.test",
      email_verified: false,
    });
    expect(await githubUserinfo("t", fakeGitHub({ id: 3, email: "main@example.test" }, emails))).toMatchObject({
      email: "main@example.test",
      email_verified: true,
    });
  });

  it("when the list of addresses cannot be read, the address is not trusted", async () => {
    const profile = await githubUserinfo("t", fakeGitHub({ id: 4, email: "pub@example.test" }, null));
    expect(profile).toMatchObject({ email: "pub@example.test", email_verified: false });
  });
});
