import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seed } from "../../scripts/db/seed";
import { verifyPassword } from "@/lib/auth/password";

describe("demo seed", () => {
  it("builds believable groups of every privacy with members of every role", async () => {
    await seed(db);
    const groups = await db.group.findMany({ select: { slug: true, privacy: true, visibility: true } });
    expect(groups.length).toBeGreaterThanOrEqual(6);
    expect(new Set(groups.map((g) => `${g.privacy}/${g.visibility}`))).toEqual(
      new Set(["PUBLIC/VISIBLE", "PRIVATE/VISIBLE", "PRIVATE/HIDDEN"]),
    );
    const roles = await db.membership.groupBy({ by: ["role"], where: { status: "ACTIVE" }, _count: true });
    expect(roles.map((r) => r.role).sort()).toEqual(["ADMIN", "MEMBER", "MODERATOR", "OWNER"]);
    expect(await db.membership.count({ where: { status: "PENDING" } })).toBeGreaterThan(0);
    expect(await db.post.count({ where: { status: "PUBLISHED" } })).toBeGreaterThanOrEqual(8);
    expect(await db.post.count({ where: { pinnedAt: { not: null } } })).toBeGreaterThan(0);
    expect(await db.comment.count({ where: { parentId: { not: null } } })).toBeGreaterThan(0);
    expect(await db.reaction.count()).toBeGreaterThan(0);
    expect(await db.report.count({ where: { status: "OPEN" } })).toBeGreaterThan(0);
  });

  it("lets every demo account sign in with the published password", async () => {
    await seed(db);
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
  });
});
