/**
 * What an admin is asked to do must be theirs to do. Their own application is not (nobody decides their own), so
 * it is neither a home to-do nor a card count; and a pair is quiet only since its clock started (decision 015),
 * never before the program has started at all.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getHome } from "@/lib/home/get-home";
import type { TodoItem } from "@/lib/home/dto";
import { countForCards } from "@/lib/programs/program-card-counts";
import { createApplicant } from "../factories/matching";
import { createApplication } from "../factories/mentorship";
import { activePair, daysAgo, programWorld, quietSince } from "../factories/pairings";
import type { SessionUser } from "@/lib/auth/session-user";

const section = async (who: SessionUser, kind: string) =>
  (await getHome(who)).sections.find((s) => s.kind === kind) ?? null;

describe("an admin's own application", () => {
  it("is not their to-do nor on their card, and is still the other admins'", async () => {
    const w = await programWorld(db, { state: "OPEN" });
    await createApplication(db, w.program, w.admin, "MENTOR", { state: "PENDING" });
    await createApplicant(db, w.program, "Pia Pending", "MENTEE", { state: "PENDING" });

    const adminSees = await section(w.admin as SessionUser, "application");
    expect(adminSees?.total).toBe(1);
    expect((await countForCards(db, [w.program.id], w.admin.id)).get(w.program.id)?.pending).toBe(1);

    const ownerSees = await section(w.owner as SessionUser, "application");
    expect(ownerSees?.total).toBe(2);
    expect((await countForCards(db, [w.program.id], w.owner.id)).get(w.program.id)?.pending).toBe(2);
  });
});

describe("a quiet pair", () => {
  it("has been quiet since the program started, not since a match made weeks before", async () => {
    const w = await programWorld(db, { state: "RUNNING", startedAt: daysAgo(20) });
    const pair = await activePair(db, w, { mentor: "Max Mentor", mentee: "Mia Mentee" }, { startedAt: daysAgo(40) });
    await quietSince(db, pair, daysAgo(40));
    await db.pairing.update({ where: { id: pair.id }, data: { stalledAt: new Date() } });

    const quiet = await section(w.admin as SessionUser, "stalledPair");
    const [item] = (quiet?.items ?? []) as TodoItem[];
    const program = await db.program.findUniqueOrThrow({ where: { id: w.program.id } });
    expect(item?.since).toBe(program.startedAt!.toISOString());
  });

  it("is never listed while its program has not started, whatever an old flag says", async () => {
    const w = await programWorld(db, { state: "OPEN" });
    const pair = await activePair(db, w, { mentor: "Max Mentor", mentee: "Mia Mentee" }, { startedAt: daysAgo(30) });
    await quietSince(db, pair, daysAgo(30));
    await db.pairing.update({ where: { id: pair.id }, data: { stalledAt: daysAgo(10) } });

    expect(await section(w.admin as SessionUser, "stalledPair")).toBeNull();
  });
});
