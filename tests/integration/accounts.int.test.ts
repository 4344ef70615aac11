import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signUp } from "@/lib/accounts/sign-up";
import { authenticate, INVALID_CREDENTIALS } from "@/lib/accounts/authenticate";
import { updateProfile } from "@/lib/accounts/update-profile";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";
import { resolveSessionUser } from "@/lib/auth/session-user";
import { verifyPassword } from "@/lib/auth/password";
import { LIMITS } from "@/lib/auth/rate-limit";
import { AppError, toAppError } from "@/lib/errors";
import { createUser, DEFAULT_PASSWORD } from "../factories/users";

const ip = () => `10.0.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError, but it succeeded");
}

describe("sign-up", () => {
  it("creates an unverified account with a lower-cased email and an argon2id hash, never the password", async () => {
    const answer = await signUp(
      { name: "  Rosa Parks ", email: " Rosa@Example.TEST ", password: "montgomery-1955" },
      { ip: ip() },
    );
    expect(answer).toBeUndefined(); // nothing to tell a new address from a taken one (decision 018)
    const row = await db.user.findUniqueOrThrow({ where: { email: "rosa@example.test" } });
    expect(row.name).toBe("Rosa Parks");
    expect(row.emailVerifiedAt).toBeNull();
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("montgomery");
    expect(await verifyPassword(row.passwordHash, "montgomery-1955")).toBe(true);
    expect(await verifyPassword(row.passwordHash, "montgomery-1956")).toBe(false);
  });

  it("starts the account in the zone the browser reported, or UTC when it reported none or nonsense", async () => {
    const zoneOf = async (email: string, timeZone?: string) => {
      await signUp(
        { name: "Zoe", email, password: "montgomery-1955", ...(timeZone === undefined ? {} : { timeZone }) },
        { ip: ip() },
      );
      return (await db.user.findUniqueOrThrow({ where: { email } })).timeZone;
    };
    expect(await zoneOf("chicago@example.test", "America/Chicago")).toBe("America/Chicago");
    expect(await zoneOf("none@example.test")).toBe("UTC");
    expect(await zoneOf("blank@example.test", "")).toBe("UTC");
    expect(await zoneOf("mars@example.test", "Mars/Olympus")).toBe("UTC");
    expect(await zoneOf("offset@example.test", "+01:00")).toBe("Etc/GMT-1");
  });

  it("answers a second sign-up with the same email, whatever its case, exactly like a new one, and keeps one account", async () => {
    await signUp({ name: "A", email: "same@example.test", password: "long enough pw" }, { ip: ip() });
    await db.user.update({ where: { email: "same@example.test" }, data: { emailVerifiedAt: new Date() } });
    await expect(
      signUp({ name: "B", email: "SAME@example.test", password: "other long pw" }, { ip: ip() }),
    ).resolves.toBeUndefined();
    expect(await db.user.count()).toBe(1);
    const row = await db.user.findUniqueOrThrow({ where: { email: "same@example.test" } });
    expect(row.name).toBe("A");
    expect(await verifyPassword(row.passwordHash, "long enough pw")).toBe(true);
  });

  it("holds the one-account-per-email rule under concurrent sign-ups, and every one gets the same answer", async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        signUp({ name: "Twin", email: "race@example.test", password: "long enough pw" }, { ip: ip() }),
      ),
    );
    expect(attempts.map((a) => a.status)).toEqual(Array(5).fill("fulfilled"));
    expect(await db.user.count({ where: { email: "race@example.test" } })).toBe(1);
  });

  it("rejects bad input with field errors and stores nothing", async () => {
    const error = toAppError(
      await signUp({ name: "", email: "not-an-email", password: "short" }, { ip: ip() }).catch((e: unknown) => e),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["email", "name", "password"]);
    expect(await db.user.count()).toBe(0);
  });

  it("refuses extra fields such as an id or a session version (no mass assignment)", async () => {
    await expect(
      signUp(
        { name: "Mallory", email: "mallory@example.test", password: "long enough pw", sessionVersion: 99, id: "x" },
        { ip: ip() },
      ),
    ).rejects.toThrow();
    expect(await db.user.count()).toBe(0);
  });

  it("is limited per IP", async () => {
    const address = ip();
    for (let i = 0; i < LIMITS.signUpPerIp.points; i++) {
      await signUp({ name: `P${i}`, email: `p${i}@example.test`, password: "long enough pw" }, { ip: address });
    }
    const error = await errorOf(
      signUp({ name: "One more", email: "more@example.test", password: "long enough pw" }, { ip: address }),
    );
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    // Another address is not affected.
    await signUp({ name: "Other", email: "other@example.test", password: "long enough pw" }, { ip: ip() });
    expect(await db.user.count({ where: { email: "other@example.test" } })).toBe(1);
  });
});

describe("sign-in", () => {
  it("accepts the right password and records the sign-in", async () => {
    const user = await createUser(db, { email: "grace@example.test" });
    const result = await authenticate({ email: "GRACE@example.test", password: DEFAULT_PASSWORD }, { ip: ip() });
    expect(result).toEqual({ id: user.id, name: user.name, email: user.email, sessionVersion: 0 });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).not.toBeNull();
  });

  it("gives the same message for an unknown email and a wrong password", async () => {
    await createUser(db, { email: "known@example.test" });
    const wrongPassword = await errorOf(
      authenticate({ email: "known@example.test", password: "nope nope nope" }, { ip: ip() }),
    );
    const unknownEmail = await errorOf(
      authenticate({ email: "unknown@example.test", password: "nope nope nope" }, { ip: ip() }),
    );
    expect(wrongPassword.message).toBe(INVALID_CREDENTIALS);
    expect(unknownEmail.message).toBe(INVALID_CREDENTIALS);
    expect(wrongPassword.code).toBe(unknownEmail.code);
  });

  it("refuses an account with no password (OAuth-only) without revealing it", async () => {
    await createUser(db, { email: "oauth@example.test", password: null });
    const error = await errorOf(
      authenticate({ email: "oauth@example.test", password: "anything at all" }, { ip: ip() }),
    );
    expect(error.message).toBe(INVALID_CREDENTIALS);
  });

  it("an attacker failing from ten addresses cannot lock the owner out: the right password from the owner's own address passes", async () => {
    await createUser(db, { email: "target@example.test" });
    const attackers = Array.from({ length: 10 }, () => ip());
    for (const [i, address] of attackers.entries()) {
      const error = await errorOf(
        authenticate({ email: "target@example.test", password: `guess ${i} guess` }, { ip: address }),
      );
      expect(error.code).toBe("INVALID_INPUT");
    }
    // The account is under backoff: an address gets two attempts in the window, then is refused before its
    // password is checked (even the right one).
    expect(
      (await errorOf(authenticate({ email: "target@example.test", password: "second guess" }, { ip: attackers[0]! })))
        .code,
    ).toBe("INVALID_INPUT");
    expect(
      (await errorOf(authenticate({ email: "target@example.test", password: DEFAULT_PASSWORD }, { ip: attackers[0]! })))
        .code,
    ).toBe("RATE_LIMITED");
    const fresh = ip();
    for (const guess of ["one more guess", "and another one"])
      expect((await errorOf(authenticate({ email: "target@example.test", password: guess }, { ip: fresh }))).code).toBe(
        "INVALID_INPUT",
      );
    expect(
      (await errorOf(authenticate({ email: "target@example.test", password: "a third one" }, { ip: fresh }))).code,
    ).toBe("RATE_LIMITED");
    // The owner, from an address with no recent failures, signs in all the same.
    await expect(
      authenticate({ email: "target@example.test", password: DEFAULT_PASSWORD }, { ip: "192.0.2.10" }),
    ).resolves.toMatchObject({ email: "target@example.test" });
  });

  it("under backoff, the owner's one typo does not shut their address out: the right password next passes", async () => {
    await createUser(db, { email: "typo@example.test" });
    for (let i = 0; i < LIMITS.signInPerAccount.points; i++)
      await errorOf(authenticate({ email: "typo@example.test", password: `attack ${i} guess` }, { ip: ip() }));
    const home = "192.0.2.11";
    expect(
      (await errorOf(authenticate({ email: "typo@example.test", password: "my pasword typo" }, { ip: home }))).code,
    ).toBe("INVALID_INPUT");
    await expect(
      authenticate({ email: "typo@example.test", password: DEFAULT_PASSWORD }, { ip: home }),
    ).resolves.toMatchObject({ email: "typo@example.test" });
  });

  it("refuses one address after its failures on one account, for that account only", async () => {
    await createUser(db, { email: "pair@example.test" });
    await createUser(db, { email: "neighbour@example.test" });
    const attacker = ip();
    for (let i = 0; i < LIMITS.signInPerAccountAddress.points; i++)
      await errorOf(authenticate({ email: "pair@example.test", password: `guess ${i} guess` }, { ip: attacker }));
    const refused = await errorOf(
      authenticate({ email: "pair@example.test", password: DEFAULT_PASSWORD }, { ip: attacker }),
    );
    expect(refused.code).toBe("RATE_LIMITED");
    // The same address may still sign in to another account, and the owner from elsewhere.
    await expect(
      authenticate({ email: "neighbour@example.test", password: DEFAULT_PASSWORD }, { ip: attacker }),
    ).resolves.toBeTruthy();
    await expect(
      authenticate({ email: "pair@example.test", password: DEFAULT_PASSWORD }, { ip: ip() }),
    ).resolves.toBeTruthy();
  });

  it("limits one address across many accounts", async () => {
    const address = ip();
    for (let i = 0; i < LIMITS.signInPerIp.points; i++) {
      await errorOf(authenticate({ email: `nobody${i}@example.test`, password: "whatever it is" }, { ip: address }));
    }
    const error = await errorOf(
      authenticate({ email: "nobody@example.test", password: "whatever it is" }, { ip: address }),
    );
    expect(error.code).toBe("RATE_LIMITED");
  });

  it("a success clears the address's failure count", async () => {
    await createUser(db, { email: "forgetful@example.test" });
    const home = ip();
    for (let i = 0; i < LIMITS.signInPerAccountAddress.points - 1; i++) {
      await errorOf(authenticate({ email: "forgetful@example.test", password: `wrong ${i} wrong` }, { ip: home }));
    }
    await authenticate({ email: "forgetful@example.test", password: DEFAULT_PASSWORD }, { ip: home });
    for (let i = 0; i < LIMITS.signInPerAccountAddress.points - 1; i++) {
      await errorOf(authenticate({ email: "forgetful@example.test", password: `again ${i} wrong` }, { ip: home }));
    }
    await expect(
      authenticate({ email: "forgetful@example.test", password: DEFAULT_PASSWORD }, { ip: home }),
    ).resolves.toBeTruthy();
  });
});

describe("sessions", () => {
  it("a token counts while its session version matches, and stops counting after signing out everywhere", async () => {
    const user = await createUser(db);
    const claims = { uid: user.id, sv: 0 };
    expect(await resolveSessionUser(claims)).toMatchObject({ id: user.id, email: user.email });
    await signOutEverywhere({ id: user.id, name: user.name, email: user.email, timeZone: user.timeZone });
    expect(await resolveSessionUser(claims)).toBeNull();
    // A token issued after the revocation works.
    expect(await resolveSessionUser({ uid: user.id, sv: 1 })).not.toBeNull();
  });

  it("signing out everywhere leaves other people's sessions alone", async () => {
    const [a, b] = [await createUser(db), await createUser(db)];
    await signOutEverywhere({ id: a.id, name: a.name, email: a.email, timeZone: a.timeZone });
    expect(await resolveSessionUser({ uid: b.id, sv: 0 })).not.toBeNull();
  });

  it.each([null, {}, { uid: 42, sv: 0 }, { uid: "missing-user", sv: 0 }, { uid: "x", sv: "0" }])(
    "rejects malformed or unknown claims %j",
    async (claims) => {
      expect(await resolveSessionUser(claims as never)).toBeNull();
    },
  );
});

describe("profile", () => {
  it("updates only the caller's own profile", async () => {
    const [me, other] = [await createUser(db, { name: "Me" }), await createUser(db, { name: "Other" })];
    const actor = { id: me.id, name: me.name, email: me.email, timeZone: me.timeZone };
    const updated = await updateProfile(actor, {
      name: "New Me",
      bio: "Soap maker",
      timeZone: "Europe/Paris",
      languages: "French, english, English",
    });
    expect(updated).toMatchObject({
      name: "New Me",
      bio: "Soap maker",
      timeZone: "Europe/Paris",
      languages: ["French", "english"],
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).name).toBe("Other");
  });

  it("refuses an unknown time zone and changes nothing", async () => {
    const me = await createUser(db, { name: "Me" });
    const actor = { id: me.id, name: me.name, email: me.email, timeZone: me.timeZone };
    await expect(updateProfile(actor, { name: "X", timeZone: "Mars/Olympus" })).rejects.toThrow();
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).name).toBe("Me");
  });

  it.each([
    ["+01:00", null],
    ["EST", null],
    ["utc", "UTC"],
    ["Etc/UTC", "UTC"],
    [" america/chicago ", "America/Chicago"],
  ])("stores the time zone %j as %j (null: refused)", async (timeZone, stored) => {
    const me = await createUser(db, { name: "Me", timeZone: "Europe/Paris" });
    const actor = { id: me.id, name: me.name, email: me.email, timeZone: me.timeZone };
    const saved = updateProfile(actor, { name: "Me", timeZone });
    if (stored === null) await expect(saved).rejects.toThrow();
    else await expect(saved).resolves.toMatchObject({ timeZone: stored });
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).timeZone).toBe(stored ?? "Europe/Paris");
  });
});
