import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { DEMO_ADMIN_EMAIL, findOutbox } from "@/lib/notifications/outbox";
import { AppError } from "@/lib/errors";
import type * as EnvModule from "@/lib/env";
import { addMember, createGroup } from "../factories/groups";
import { createUser } from "../factories/users";

// The outbox's gate reads the environment: each test sets what it needs over the real one.
const overrides = vi.hoisted(() => ({ value: {} as Record<string, unknown> }));
vi.mock("@/lib/env", async (importOriginal) => {
  const real = await importOriginal<typeof EnvModule>();
  return { ...real, env: () => ({ ...real.env(), ...overrides.value }) };
});
afterEach(() => {
  overrides.value = {};
});

const session = (u: { id: string; name: string; email: string; timeZone: string }) => ({
  id: u.id,
  name: u.name,
  email: u.email,
  timeZone: u.timeZone,
});

let sequence = 0;
async function mail(user: { id: string; email: string }, kind: string) {
  sequence += 1;
  return db.email.create({
    data: {
      idempotencyKey: `outbox-test-${sequence}`,
      userId: user.id,
      to: user.email,
      kind,
      subject: `${kind} for ${user.email}`,
      text: "https://example.test/unsubscribe?token=secret",
      html: "",
    },
  });
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return "OK";
}

describe("the development outbox (issue 17, item 6)", () => {
  it("is not for whoever creates a group: a group owner who is no operator gets 404", async () => {
    const owner = await createUser(db, { name: "Ola Owner" });
    await createGroup(db, owner, { name: "Anyone's Circle" });
    const stranger = await createUser(db, { name: "Stan Stranger" });
    await mail(stranger, "group.join_requested");
    overrides.value = { operators: ["operator@example.test"] };
    expect(await refusal(findOutbox(session(owner)))).toBe("NOT_FOUND");
    // Not in development either, unless they are the demo admin.
    overrides.value = { NODE_ENV: "development", operators: [] };
    expect(await refusal(findOutbox(session(owner)))).toBe("NOT_FOUND");
  });

  it("an operator named in KINSHIP_OPERATORS reads every email", async () => {
    const operator = await createUser(db, { name: "Opal Operator", email: "operator@example.test" });
    const a = await createUser(db);
    const b = await createUser(db);
    await mail(a, "group.join_requested");
    await mail(b, "account.password_reset");
    overrides.value = { operators: ["operator@example.test"] };
    const seen = await findOutbox(session(operator));
    expect(seen.map((e) => e.to).sort()).toEqual([a.email, b.email].sort());
  });

  it("in development with no operator named, the demo admin reads only mail to members of the groups she runs", async () => {
    const amara = await createUser(db, { name: "Amara Okafor", email: DEMO_ADMIN_EMAIL });
    const circle = await createGroup(db, amara, { name: "Soap Circle" });
    const member = await createUser(db, { name: "Mo Member" });
    await addMember(db, circle, member);
    const outsider = await createUser(db, { name: "Otto Outsider" });
    await mail(member, "group.post_created");
    await mail(member, "account.password_reset");
    await mail(outsider, "group.post_created");
    await mail(amara, "account.password_reset");

    overrides.value = { NODE_ENV: "development", operators: [] };
    const seen = await findOutbox(session(amara));
    expect(seen.map((e) => `${e.to} ${e.kind}`).sort()).toEqual(
      [`${member.email} group.post_created`, `${amara.email} account.password_reset`].sort(),
    );
    // Named operators replace her; in production mode (KINSHIP_DEV_OUTBOX) she is no reader either.
    overrides.value = { NODE_ENV: "development", operators: ["operator@example.test"] };
    expect(await refusal(findOutbox(session(amara)))).toBe("NOT_FOUND");
    overrides.value = { NODE_ENV: "production", KINSHIP_DEV_OUTBOX: true, operators: [] };
    expect(await refusal(findOutbox(session(amara)))).toBe("NOT_FOUND");
  });

  it("answers 404 to everyone in production unless KINSHIP_DEV_OUTBOX is on, operators included", async () => {
    const operator = await createUser(db, { email: "operator@example.test" });
    overrides.value = { NODE_ENV: "production", KINSHIP_DEV_OUTBOX: false, operators: ["operator@example.test"] };
    expect(await refusal(findOutbox(session(operator)))).toBe("NOT_FOUND");
    overrides.value = { NODE_ENV: "production", KINSHIP_DEV_OUTBOX: true, operators: ["operator@example.test"] };
    expect(await refusal(findOutbox(session(operator)))).toBe("OK");
  });
});
