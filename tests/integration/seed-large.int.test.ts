/**
 * The page benchmarks' grown community (bench/seed-large.ts) holds to every constraint of the schema and has the
 * shape the benchmarks rely on: generated at 1/100 of its size here, the same SQL as at full size.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { largeCommunity, largeShape, seedLarge } from "@/bench/seed-large";

describe("the large community for the benchmarks", () => {
  it("seeds every table with the named people and places, and refuses to seed twice", async () => {
    const shape = largeShape(0.01);
    await seedLarge(process.env.DATABASE_URL!, shape);
    const c = largeCommunity(shape);

    const big = await db.group.findUniqueOrThrow({ where: { slug: c.bigGroupSlug } });
    expect(await db.membership.count({ where: { groupId: big.id, status: "ACTIVE" } })).toBe(shape.bigMembers);
    expect(await db.post.count({ where: { groupId: big.id } })).toBe(shape.bigPosts);
    expect(await db.group.count({ where: { id: { startsWith: "lg_" } } })).toBe(shape.groups);
    expect(await db.user.count({ where: { id: { startsWith: "lu_" } } })).toBe(shape.users);

    // The feed's worst case: the newest posts carry 60 comments each.
    expect(await db.comment.count({ where: { postId: "lp_0_0" } })).toBe(60);

    // The running program: every pairing has its thread; the quiet thread is the longest and oldest.
    const pairings = await db.pairing.findMany({ where: { programId: c.runningProgram }, include: { thread: true } });
    expect(pairings).toHaveLength(shape.pairings);
    expect(pairings.every((p) => p.thread)).toBe(true);
    const quiet = await db.pairing.findUniqueOrThrow({ where: { id: c.quietPairing } });
    expect([quiet.mentorId, quiet.menteeId].sort()).toEqual([c.quietMentor, c.quietMentee].sort());
    expect(await db.message.count({ where: { threadId: c.quietThread } })).toBe(shape.longThread);
    expect(await db.message.count()).toBeGreaterThanOrEqual(shape.messages * 0.9);

    // Every programme participant is a member of the big group, and the plain member is in no program.
    const outsiders = await db.application.count({
      where: { program: { groupId: big.id }, user: { memberships: { none: { groupId: big.id } } } },
    });
    expect(outsiders).toBe(0);
    expect(await db.application.count({ where: { userId: c.member } })).toBe(0);

    // The open program waits to be matched: every applicant approved.
    expect(
      await db.application.groupBy({
        by: ["role", "state"],
        where: { programId: c.openProgram },
        _count: true,
        orderBy: { role: "asc" },
      }),
    ).toEqual([
      { role: "MENTOR", state: "APPROVED", _count: shape.mentors },
      { role: "MENTEE", state: "APPROVED", _count: shape.mentees },
    ]);

    await expect(seedLarge(process.env.DATABASE_URL!, shape)).rejects.toThrow(/already seeded/);
  });
});
