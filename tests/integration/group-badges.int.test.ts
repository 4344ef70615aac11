/**
 * The group's tab badges (issue 18): one statement for whoever may see any of them, none for anyone else, and
 * the Reports badge adds reported chat messages for the owners and admins alone (never for a moderator, and never
 * for an admin in the reported conversation).
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/policy";
import { getGroup } from "@/lib/groups/get-group";
import { pendingCounts } from "@/lib/badges/pending-counts";
import { countStatements, homeWorld } from "./support/home-world";

async function badges(actor: Actor, slug: string) {
  const group = await getGroup(actor, slug);
  return countStatements(() => pendingCounts(group.id, group.viewer.can, actor?.id ?? null));
}

describe("the group's tab badges", () => {
  it("counts requests, reports (posts and messages), posts to approve and applications in one statement", async () => {
    const w = await homeWorld();
    const owner = await badges(w.owner, w.group.slug);
    expect(owner.result).toEqual({ requests: 1, reports: 2, posts: 0, applications: 3 });
    expect(owner.statements).toBe(1);
    expect((await badges(w.admin, w.group.slug)).result.reports).toBe(2);

    // A moderator handles reported posts, never reported messages.
    const mo = await badges(w.mo, w.group.slug);
    expect(mo.result.reports).toBe(1);
    expect(mo.statements).toBe(1);

    // A plain member sees no badge and costs no statement.
    const pat = await badges(w.pat, w.group.slug);
    expect(pat.result).toEqual({ requests: 0, reports: 0, posts: 0, applications: 0 });
    expect(pat.statements).toBe(0);

    // An admin who is in the reported conversation does not learn of the report.
    await db.membership.update({
      where: { groupId_userId: { groupId: w.group.id, userId: w.diego.id } },
      data: { role: "ADMIN" },
    });
    expect((await badges(w.diego, w.group.slug)).result.reports).toBe(1);
  });
});
