import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createGroup } from "@/lib/groups/create-group";
import { findDirectory } from "@/lib/groups/find-directory";
import { joinGroup } from "@/lib/groups/join-group";
import { leaveGroup } from "@/lib/groups/leave-group";
import { getGroup } from "@/lib/groups/get-group";
import { findMyGroups, markGroupSeen } from "@/lib/groups/find-my-groups";
import { type AppError, toAppError } from "@/lib/errors";
import { createUser } from "../factories/users";
import { addMember, createGroup as makeGroup } from "../factories/groups";
import { createPost } from "../factories/feed";

const actor = (u: { id: string; name: string; email: string; timeZone: string }) => ({
  id: u.id,
  name: u.name,
  email: u.email,
  timeZone: u.timeZone,
});

async function failure(promise: Promise<unknown>): Promise<AppError> {
  return toAppError(
    await promise.then(
      () => {
        throw new Error("expected a failure");
      },
      (e: unknown) => e,
    ),
  );
}

const base = { description: "", privacy: "PUBLIC" as const };

describe("creating a group", () => {
  it("makes the creator its owner, with rules, questions and an audit entry", async () => {
    const u = await createUser(db);
    const g = await createGroup(actor(u), {
      name: "Soap Makers' Circle",
      description: "Lye and love",
      privacy: "PRIVATE",
      visibility: "HIDDEN",
      rules: [{ title: "Be kind" }, { title: "Safety first", body: "Gloves on" }],
      questions: [{ prompt: "Why join?", required: true }],
    });
    // Hidden: an address nobody can guess from the name (issue 17).
    expect(g.slug).toMatch(/^soap-makers-circle-[0-9a-z]{10}$/);
    const row = await db.group.findUniqueOrThrow({
      where: { id: g.id },
      include: { rules: { orderBy: { position: "asc" } }, questions: true, memberships: true },
    });
    expect(row).toMatchObject({ privacy: "PRIVATE", visibility: "HIDDEN", createdById: u.id });
    expect(row.rules.map((r) => r.title)).toEqual(["Be kind", "Safety first"]);
    expect(row.questions).toHaveLength(1);
    expect(row.memberships).toEqual([expect.objectContaining({ userId: u.id, role: "OWNER", status: "ACTIVE" })]);
    expect(await db.auditEvent.count({ where: { groupId: g.id, action: "group.create", actorId: u.id } })).toBe(1);
  });

  it("finds a free slug when the name's is taken, and refuses a taken explicit slug with a field error", async () => {
    const u = await createUser(db);
    await createGroup(actor(u), { ...base, name: "Runners" });
    expect((await createGroup(actor(u), { ...base, name: "Runners" })).slug).toBe("runners-2");
    const error = await failure(createGroup(actor(u), { ...base, name: "Other", slug: "runners" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.fields?.slug).toBeDefined();
  });

  it("gives a hidden group an unguessable slug, even one its creator chose", async () => {
    const keeper = await createUser(db);
    const hidden = { description: "", privacy: "PRIVATE" as const, visibility: "HIDDEN" as const };
    const storm = await createGroup(actor(keeper), { ...hidden, name: "After the Storm" });
    expect(storm.slug).toMatch(/^after-the-storm-[0-9a-z]{10}$/);
    const again = await createGroup(actor(keeper), { ...hidden, name: "After the Storm" });
    expect(again.slug).toMatch(/^after-the-storm-[0-9a-z]{10}$/);
    expect(again.slug).not.toBe(storm.slug);
    const chosen = await createGroup(actor(keeper), { ...hidden, name: "Calm", slug: "calm-waters" });
    expect(chosen.slug).toMatch(/^calm-waters-[0-9a-z]{10}$/);
    // A long name still fits the 64 characters an address may have.
    const long = await createGroup(actor(keeper), { ...hidden, name: "A".repeat(3) + " very long name".repeat(5) });
    expect(long.slug.length).toBeLessThanOrEqual(64);
    expect(long.slug).toMatch(/^a{3}-very-long-name[a-z-]*[a-z]-[0-9a-z]{10}$/);
  });

  // What a creator gets for these three groups in a world without hidden groups; with hidden ones of the same names
  // it must be exactly the same, or the answer would tell of them (issue 17).
  const creations = [
    { ...base, name: "After the Storm" },
    { ...base, name: "After the Storm" },
    { ...base, name: "Calm", slug: "quiet-harbour" },
  ];
  const ANSWER = ["after-the-storm", "after-the-storm-2", "quiet-harbour"];
  const slugsFor = async (creator: Awaited<ReturnType<typeof createUser>>) => {
    const slugs: string[] = [];
    for (const input of creations) slugs.push((await createGroup(actor(creator), input)).slug);
    return slugs;
  };

  it("numbers a new group's slug past the creator's own groups when no hidden group exists", async () => {
    expect(await slugsFor(await createUser(db))).toEqual(ANSWER);
  });

  it("never tells of a hidden group through a new group's slug: the same answer as if it did not exist", async () => {
    const keeper = await createUser(db);
    const hidden = { description: "", privacy: "PRIVATE" as const, visibility: "HIDDEN" as const };
    await createGroup(actor(keeper), { ...hidden, name: "After the Storm" });
    await createGroup(actor(keeper), { ...hidden, name: "After the Storm" });
    await createGroup(actor(keeper), { ...hidden, name: "Harbour", slug: "quiet-harbour" });
    expect(await slugsFor(await createUser(db))).toEqual(ANSWER);
  });

  it("defence in depth: a hidden row at a natural slug (written around the service) is never counted", async () => {
    const keeper = await createUser(db);
    const legacy = await makeGroup(db, keeper, {
      name: "Night Owls",
      slug: "night-owls",
      privacy: "PRIVATE",
      visibility: "HIDDEN",
    });
    // Someone who may not know of it: a random suffix, neither "-2" nor a refusal of the address they chose.
    const stranger = await createUser(db);
    expect((await createGroup(actor(stranger), { ...base, name: "Night Owls" })).slug).toMatch(
      /^night-owls-[0-9a-z]{10}$/,
    );
    const chosen = await createGroup(actor(stranger), { ...base, name: "Owls", slug: "night-owls" });
    expect(chosen.slug).toMatch(/^night-owls-[0-9a-z]{10}$/);
    // A member, who knows of it: numbered past it as usual.
    const member = await createUser(db);
    await addMember(db, legacy, member);
    expect((await createGroup(actor(member), { ...base, name: "Night Owls" })).slug).toBe("night-owls-2");
  });

  it("keeps a public group visible and rejects extra fields", async () => {
    const u = await createUser(db);
    expect(
      (await failure(createGroup(actor(u), { ...base, name: "Loud", visibility: "HIDDEN" }))).fields?.visibility,
    ).toBeDefined();
    expect((await failure(createGroup(actor(u), { ...base, name: "Sneaky", createdById: "someone-else" }))).code).toBe(
      "INVALID_INPUT",
    );
    expect((await failure(createGroup(actor(u), { ...base, name: "x" }))).fields?.name).toBeDefined();
    expect(await db.group.count()).toBe(0);
  });
});

describe("the directory", () => {
  it("finds visible groups by words in the name or description, as prefixes, and never hidden or archived ones", async () => {
    const u = await createUser(db);
    await makeGroup(db, u, { name: "Soap Makers", description: "Cold process soap" });
    await makeGroup(db, u, { name: "Candle Club", description: "Soy wax and soap-adjacent crafts" });
    await makeGroup(db, u, { name: "Secret Soap", privacy: "PRIVATE", visibility: "HIDDEN" });
    const archived = await makeGroup(db, u, { name: "Old Soap" });
    await db.group.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });

    const names = async (q: string) => (await findDirectory({ q })).groups.map((g) => g.name);
    expect(await names("soap")).toEqual(["Soap Makers", "Candle Club"]); // name match ranks above description match
    expect(await names("soa mak")).toEqual(["Soap Makers"]);
    expect(await names("wax")).toEqual(["Candle Club"]);
    expect(await names("secret")).toEqual([]);
    expect(await names('\'); drop table "Group"; --')).toEqual([]);
    expect(await db.group.count()).toBe(4);
  });

  it("sorts by size and pages through every group exactly once", async () => {
    const u = await createUser(db);
    const sizes = [3, 0, 5, 1, 4, 2, 0];
    for (const [i, size] of sizes.entries()) {
      const g = await makeGroup(db, u, { name: `Group ${i}` });
      for (let j = 0; j < size; j++) await addMember(db, g, await createUser(db));
    }
    const seen: { name: string; memberCount: number }[] = [];
    let cursor: string | undefined;
    do {
      const page = await findDirectory({ sort: "size", limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.groups);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.map((g) => g.memberCount)).toEqual([6, 5, 4, 3, 2, 1, 1]);
    expect(new Set(seen.map((g) => g.name)).size).toBe(sizes.length);
  });

  it("ignores a forged cursor instead of failing", async () => {
    const u = await createUser(db);
    await makeGroup(db, u, { name: "Only" });
    expect((await findDirectory({ cursor: "not-a-cursor" })).groups).toHaveLength(1);
  });
});

describe("joining and leaving", () => {
  it("admits to a public group at once", async () => {
    const owner = await createUser(db);
    const g = await makeGroup(db, owner, { slug: "open-circle" });
    const u = await createUser(db);
    expect(await joinGroup(actor(u), g.slug, {})).toEqual({ status: "ACTIVE" });
    expect((await failure(joinGroup(actor(u), g.slug, {}))).code).toBe("CONFLICT");
  });

  it("takes a request with answers and agreement to the rules for a private group", async () => {
    const owner = await createUser(db);
    const g = await makeGroup(db, owner, { slug: "quiet-circle", privacy: "PRIVATE" });
    await db.groupRule.create({ data: { groupId: g.id, position: 0, title: "Confidentiality" } });
    const q = await db.membershipQuestion.create({
      data: { groupId: g.id, position: 0, prompt: "Why?", required: true },
    });
    const u = await createUser(db);

    const missing = await failure(joinGroup(actor(u), g.slug, {}));
    expect(Object.keys(missing.fields ?? {}).sort()).toEqual(["acceptRules", "answers.0"]);
    expect(await db.membership.count({ where: { userId: u.id } })).toBe(0);

    expect(
      await joinGroup(actor(u), g.slug, { answers: [{ questionId: q.id, answer: "To learn" }], acceptRules: true }),
    ).toEqual({ status: "PENDING" });
    const m = await db.membership.findUniqueOrThrow({ where: { groupId_userId: { groupId: g.id, userId: u.id } } });
    expect(m).toMatchObject({
      status: "PENDING",
      role: "MEMBER",
      answers: [{ questionId: q.id, prompt: "Why?", answer: "To learn" }],
    });
    expect(m.rulesAcceptedAt).not.toBeNull();

    // A declined person may ask again; the same row is reused.
    await db.membership.update({ where: { id: m.id }, data: { status: "DECLINED" } });
    await joinGroup(actor(u), g.slug, { answers: [{ questionId: q.id, answer: "Please" }], acceptRules: true });
    expect(await db.membership.count({ where: { userId: u.id } })).toBe(1);
  });

  it("refuses a role or status smuggled into the request", async () => {
    const owner = await createUser(db);
    const g = await makeGroup(db, owner, { slug: "p", privacy: "PRIVATE" });
    const u = await createUser(db);
    expect((await failure(joinGroup(actor(u), g.slug, { role: "ADMIN", status: "ACTIVE" }))).code).toBe(
      "INVALID_INPUT",
    );
    expect(await db.membership.count({ where: { userId: u.id } })).toBe(0);
  });

  it("hides a hidden group from people without an invitation, and banned people from every group", async () => {
    const owner = await createUser(db);
    const hidden = await makeGroup(db, owner, { slug: "hidden", privacy: "PRIVATE", visibility: "HIDDEN" });
    const open = await makeGroup(db, owner, { slug: "open" });
    const stranger = await createUser(db);
    expect((await failure(joinGroup(actor(stranger), hidden.slug, {}))).code).toBe("NOT_FOUND");
    expect((await failure(getGroup(actor(stranger), hidden.slug))).code).toBe("NOT_FOUND");
    await db.invitation.create({ data: { groupId: hidden.id, invitedById: owner.id, inviteeId: stranger.id } });
    expect((await getGroup(actor(stranger), hidden.slug)).name).toBeTruthy();

    const banned = await createUser(db);
    await addMember(db, open, banned, { status: "BANNED" });
    expect((await failure(getGroup(actor(banned), open.slug))).code).toBe("NOT_FOUND");
    expect((await failure(joinGroup(actor(banned), open.slug, {}))).code).toBe("NOT_FOUND");
  });

  it("lets members leave and requesters withdraw, but not the owner", async () => {
    const owner = await createUser(db);
    const g = await makeGroup(db, owner, { slug: "circle" });
    const u = await createUser(db);
    await joinGroup(actor(u), g.slug, {});
    await leaveGroup(actor(u), g.slug);
    expect(await db.membership.count({ where: { userId: u.id } })).toBe(0);
    const error = await failure(leaveGroup(actor(owner), g.slug));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/Transfer ownership/);
  });
});

describe("what a group page shows", () => {
  it("shows a private group's name, rules and questions to a visitor, but not the right to read posts", async () => {
    const owner = await createUser(db);
    const g = await makeGroup(db, owner, { slug: "private", privacy: "PRIVATE", description: "About us" });
    await db.groupRule.create({ data: { groupId: g.id, position: 0, title: "Be kind" } });
    const visitor = await getGroup(null, g.slug);
    expect(visitor).toMatchObject({
      name: g.name,
      description: "About us",
      memberCount: 1,
      rules: [expect.objectContaining({ title: "Be kind" })],
    });
    expect(visitor.viewer.can["posts.read"]).toBe(false);
    expect(visitor.viewer.can["members.list"]).toBe(false);
    const ownerView = await getGroup(actor(owner), g.slug);
    expect(ownerView.viewer.can["group.update"]).toBe(true);
    expect(JSON.stringify(visitor)).not.toContain(owner.email);
  });

  it("counts unread posts in 'Your groups' until the group is opened", async () => {
    const owner = await createUser(db);
    const me = await createUser(db);
    const g = await makeGroup(db, owner, { slug: "busy" });
    await addMember(db, g, me);
    await db.membership.update({
      where: { groupId_userId: { groupId: g.id, userId: me.id } },
      data: { lastSeenAt: new Date(Date.now() - 60_000) },
    });
    await createPost(db, g, owner);
    await createPost(db, g, owner);
    await createPost(db, g, me); // my own posts are not news to me
    expect((await findMyGroups(actor(me))).find((x) => x.slug === "busy")?.unread).toBe(2);
    await markGroupSeen(actor(me), g.id);
    expect((await findMyGroups(actor(me))).find((x) => x.slug === "busy")?.unread).toBe(0);
  });
});
