/**
 * Every invariant the database holds, proven by trying to break it. The code checks these too (for friendly
 * errors); these tests show the database is the last word.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "../factories/users";
import { addMember, createGroup } from "../factories/groups";
import { createApplication, createPairing, createProgram } from "../factories/mentorship";

async function world() {
  const admin = await createUser(db, { name: "Admin" });
  const group = await createGroup(db, admin, { mentorshipEnabled: true });
  const program = await createProgram(db, group, admin);
  const mentorUser = await createUser(db, { name: "Mentor" });
  const menteeUser = await createUser(db, { name: "Mentee" });
  await addMember(db, group, mentorUser);
  await addMember(db, group, menteeUser);
  const mentor = {
    user: mentorUser,
    application: await createApplication(db, program, mentorUser, "MENTOR", { capacity: 3 }),
  };
  const mentee = { user: menteeUser, application: await createApplication(db, program, menteeUser, "MENTEE") };
  return { admin, group, program, mentor, mentee };
}

describe("database invariants", () => {
  it("one membership per user and group", async () => {
    const { group, mentor } = await world();
    await expect(addMember(db, group, mentor.user)).rejects.toMatchObject({ code: "P2002" });
  });

  it("one application per user, program and role, but a person may apply in both roles", async () => {
    const { program, mentee } = await world();
    await expect(createApplication(db, program, mentee.user, "MENTEE")).rejects.toMatchObject({ code: "P2002" });
    await expect(createApplication(db, program, mentee.user, "MENTOR")).resolves.toBeTruthy();
  });

  it("one application per user, program and role holds under concurrent submissions", async () => {
    const { program } = await world();
    const applicant = await createUser(db);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => createApplication(db, program, applicant, "MENTEE")),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.application.count({ where: { userId: applicant.id } })).toBe(1);
  });

  it("a mentee has at most one ACTIVE pairing per program (partial unique index)", async () => {
    const w = await world();
    await createPairing(db, w.program, w.mentor, w.mentee, w.admin);
    const otherMentorUser = await createUser(db);
    await addMember(db, w.group, otherMentorUser);
    const otherMentor = {
      user: otherMentorUser,
      application: await createApplication(db, w.program, otherMentorUser, "MENTOR"),
    };
    await expect(createPairing(db, w.program, otherMentor, w.mentee, w.admin)).rejects.toMatchObject({ code: "P2002" });

    // Once the first pairing has ended, a new one may start.
    await db.pairing.updateMany({
      where: { menteeId: w.mentee.user.id },
      data: { state: "ENDED", endedAt: new Date() },
    });
    await expect(createPairing(db, w.program, otherMentor, w.mentee, w.admin)).resolves.toBeTruthy();
    expect(await db.pairing.count({ where: { menteeId: w.mentee.user.id } })).toBe(2);
  });

  it("a pairing's two people are different people", async () => {
    const w = await world();
    const selfAsMentee = await createApplication(db, w.program, w.mentor.user, "MENTEE");
    await expect(
      createPairing(db, w.program, w.mentor, { user: w.mentor.user, application: selfAsMentee }, w.admin),
    ).rejects.toThrow(/Pairing_distinct_people/);
  });

  it("the pairing, its thread and its introduction are written together or not at all", async () => {
    const w = await world();
    await expect(
      db.$transaction(async (tx) => {
        await tx.pairing.create({
          data: {
            programId: w.program.id,
            mentorApplicationId: w.mentor.application.id,
            menteeApplicationId: w.mentee.application.id,
            mentorId: w.mentor.user.id,
            menteeId: w.mentee.user.id,
            introduction: "Hello",
            createdById: w.admin.id,
            thread: {
              create: {
                messages: { create: { clientId: "intro", authorId: w.admin.id, kind: "INTRODUCTION", body: "Hello" } },
              },
            },
          },
        });
        throw new Error("injected failure after the insert");
      }),
    ).rejects.toThrow("injected failure");
    expect(await db.pairing.count()).toBe(0);
    expect(await db.thread.count()).toBe(0);
    expect(await db.message.count()).toBe(0);
  });

  it("a message is stored once per client id in a thread", async () => {
    const w = await world();
    const pairing = await createPairing(db, w.program, w.mentor, w.mentee, w.admin);
    const threadId = pairing.thread!.id;
    await db.message.create({ data: { threadId, clientId: "c-1", authorId: w.mentee.user.id, body: "Hi!" } });
    await expect(
      db.message.create({ data: { threadId, clientId: "c-1", authorId: w.mentee.user.id, body: "Hi!" } }),
    ).rejects.toMatchObject({
      code: "P2002",
    });
    expect(await db.message.count({ where: { threadId, clientId: "c-1" } })).toBe(1);
  });

  it("one check-in per participant and step, rated 1 to 5; a step with check-ins cannot be deleted", async () => {
    const w = await world();
    const pairing = await createPairing(db, w.program, w.mentor, w.mentee, w.admin);
    const step = w.program.steps[0]!;
    const base = { pairingId: pairing.id, stepId: step.id, userId: w.mentee.user.id, reflection: "Good start" };
    await expect(db.checkIn.create({ data: { ...base, rating: 6 } })).rejects.toThrow(/CheckIn_rating_range/);
    await expect(db.checkIn.create({ data: { ...base, rating: 0 } })).rejects.toThrow(/CheckIn_rating_range/);
    await db.checkIn.create({ data: { ...base, rating: 4 } });
    await expect(db.checkIn.create({ data: { ...base, rating: 5 } })).rejects.toMatchObject({ code: "P2002" });
    await expect(db.programStep.delete({ where: { id: step.id } })).rejects.toThrow();
    expect(await db.checkIn.count()).toBe(1);
  });

  it("feedback ratings stay in range", async () => {
    const w = await world();
    const pairing = await createPairing(db, w.program, w.mentor, w.mentee, w.admin);
    const base = { pairingId: pairing.id, userId: w.mentee.user.id };
    await expect(db.feedback.create({ data: { ...base, rating: 5, recommend: 11 } })).rejects.toThrow(
      /Feedback_recommend_range/,
    );
    await expect(db.feedback.create({ data: { ...base, rating: 9, recommend: 10 } })).rejects.toThrow(
      /Feedback_rating_range/,
    );
    await expect(db.feedback.create({ data: { ...base, rating: 5, recommend: 0 } })).resolves.toBeTruthy();
  });

  it("mentors have a capacity of 1 to 10; mentees have none", async () => {
    const w = await world();
    const u = await createUser(db);
    await expect(createApplication(db, w.program, u, "MENTOR", { capacity: 0 })).rejects.toThrow(
      /Application_capacity/,
    );
    await expect(createApplication(db, w.program, u, "MENTOR", { capacity: 11 })).rejects.toThrow(
      /Application_capacity/,
    );
    await expect(
      db.application.create({ data: { programId: w.program.id, userId: u.id, role: "MENTEE", capacity: 2 } }),
    ).rejects.toThrow(/Application_capacity/);
  });

  it("a PUBLIC group is always VISIBLE, and slugs are URL-safe and unique", async () => {
    const owner = await createUser(db);
    await expect(createGroup(db, owner, { privacy: "PUBLIC", visibility: "HIDDEN" })).rejects.toThrow(
      /Group_public_is_visible/,
    );
    await expect(createGroup(db, owner, { slug: "Not A Slug!" })).rejects.toThrow(/Group_slug_format/);
    await createGroup(db, owner, { slug: "soap-circle" });
    await expect(createGroup(db, owner, { slug: "soap-circle" })).rejects.toMatchObject({ code: "P2002" });
    await expect(createGroup(db, owner, { privacy: "PRIVATE", visibility: "HIDDEN" })).resolves.toBeTruthy();
  });

  it("emails are unique whatever their case (stored lower-cased)", async () => {
    await createUser(db, { email: "ada@example.test" });
    await expect(db.user.create({ data: { name: "Ada", email: "ADA@example.test" } })).rejects.toThrow(
      /User_email_lowercase/,
    );
    await expect(db.user.create({ data: { name: "Ada", email: "ada@example.test" } })).rejects.toMatchObject({
      code: "P2002",
    });
  });

  it("a reaction targets exactly one post or comment, once per person", async () => {
    const owner = await createUser(db);
    const group = await createGroup(db, owner);
    const post = await db.post.create({ data: { groupId: group.id, authorId: owner.id, body: "Welcome!" } });
    const comment = await db.comment.create({ data: { postId: post.id, authorId: owner.id, body: "Thanks" } });
    await expect(db.reaction.create({ data: { userId: owner.id } })).rejects.toThrow(/Reaction_one_target/);
    await expect(
      db.reaction.create({ data: { userId: owner.id, postId: post.id, commentId: comment.id } }),
    ).rejects.toThrow(/Reaction_one_target/);
    await db.reaction.create({ data: { userId: owner.id, postId: post.id } });
    await expect(
      db.reaction.create({ data: { userId: owner.id, postId: post.id, kind: "LOVE" } }),
    ).rejects.toMatchObject({ code: "P2002" });
    await expect(db.reaction.create({ data: { userId: owner.id, commentId: comment.id } })).resolves.toBeTruthy();
  });

  it("a report targets exactly one thing", async () => {
    const owner = await createUser(db);
    const group = await createGroup(db, owner);
    await expect(
      db.report.create({ data: { groupId: group.id, reporterId: owner.id, reason: "spam" } }),
    ).rejects.toThrow(/Report_one_target/);
  });

  it("an invitation is personal or a link, within its use limit", async () => {
    const owner = await createUser(db);
    const invitee = await createUser(db);
    const group = await createGroup(db, owner, { privacy: "PRIVATE", visibility: "HIDDEN" });
    await expect(db.invitation.create({ data: { groupId: group.id, invitedById: owner.id } })).rejects.toThrow(
      /Invitation_one_kind/,
    );
    await expect(
      db.invitation.create({
        data: { groupId: group.id, invitedById: owner.id, inviteeId: invitee.id, tokenHash: "abc" },
      }),
    ).rejects.toThrow(/Invitation_one_kind/);
    const link = await db.invitation.create({
      data: { groupId: group.id, invitedById: owner.id, tokenHash: "abc", maxUses: 1 },
    });
    await db.invitation.update({ where: { id: link.id }, data: { useCount: { increment: 1 } } });
    await expect(
      db.invitation.update({ where: { id: link.id }, data: { useCount: { increment: 1 } } }),
    ).rejects.toThrow(/Invitation_uses/);
  });

  it("deleting a user who created a group is refused rather than silently orphaning the group", async () => {
    const owner = await createUser(db);
    await createGroup(db, owner);
    await expect(db.user.delete({ where: { id: owner.id } })).rejects.toThrow();
    expect(await db.group.count()).toBe(1);
  });
});
