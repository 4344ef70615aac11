/**
 * The matching board's statement under the plans PostgreSQL actually picks (issue 18, goal 3). A program with 700
 * mentors: the plain board's page of mentors must walk the kept mentor order's index and stop at a page, on the
 * first page and after a cursor, under the custom and the generic plan; ranking for a chosen mentee must look users
 * up only for the mentors it sends, not for every mentor of the program. Rows touched, never times.
 */
import { describe, expect, it } from "vitest";
import pg from "pg";
import { db } from "@/lib/db";
import { getBoardPage } from "@/lib/matching/get-board-page";
import { MENTORS_PER_PAGE, readBoardQuery, SIDE_LIST_MAX, type BoardQuery } from "@/lib/matching/board-query";
import { RANK_POOL } from "@/lib/matching/board-sql";
import { createGroup } from "../factories/groups";
import { createProgram } from "../factories/mentorship";
import { createUser } from "../factories/users";
import { addTextQuestions, createApplicant } from "../factories/matching";
import { captureStatement, explain, nodes, rowsRead } from "./support/plans";

const MENTORS = 700;
const query = (q: Partial<BoardQuery> = {}): BoardQuery => ({ ...readBoardQuery({}), ...q });

async function bigProgram() {
  const owner = await createUser(db, { name: "Amara Admin", password: null });
  const group = await createGroup(db, owner, { name: "Plan Makers", privacy: "PRIVATE", mentorshipEnabled: true });
  const program = await createProgram(db, group, owner, { state: "OPEN" });
  await addTextQuestions(db, program);
  const ids = Array.from({ length: MENTORS }, (_, i) => `planmentor${String(i).padStart(4, "0")}`);
  // One statement per table, as a bulk import would write them (the statement-level triggers run once).
  await db.user.createMany({
    data: ids.map((id, i) => ({ id, email: `${id}@example.test`, name: `Mentor ${String(i % 350).padStart(3, "0")}` })),
  });
  await db.membership.createMany({
    data: ids.map((userId) => ({ groupId: group.id, userId, role: "MEMBER", status: "ACTIVE", joinedAt: new Date() })),
  });
  await db.application.createMany({
    data: ids.map((userId, i) => ({
      programId: program.id,
      userId,
      role: "MENTOR",
      state: "APPROVED",
      capacity: 1 + (i % 3),
      topics: [["Soap", "Candles", "Packaging"][i % 3]!],
      languages: ["English"],
      submittedAt: new Date(),
      decidedAt: new Date(),
    })),
  });
  const mentees: string[] = [];
  for (let i = 0; i < 3; i++)
    mentees.push((await createApplicant(db, program, `Mentee ${i}`, "MENTEE", { topics: ["Soap"] })).application.id);
  await db.$executeRawUnsafe(`ANALYZE "Application", "Membership", "User"`);
  return { owner, program, mentees };
}

async function plans(text: string, values: unknown[]) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return [await explain(client, text, values, false), await explain(client, text, values, true)];
  } finally {
    await client.end();
  }
}

const BOARD = /"MatchingBoardTally"/;

describe("the matching board's statement at 700 mentors", () => {
  it("walks the mentors' order from its index and reads about a page, on the first page and after it", async () => {
    const { owner, program } = await bigProgram();
    let after = "";
    for (const page of [1, 2]) {
      const { text, values } = await captureStatement(BOARD, async () => {
        const board = await getBoardPage(owner, program.id, query({ mafter: after }));
        expect(board.mentors!.items).toHaveLength(MENTORS_PER_PAGE);
        // Three places first (capacity 3, every third mentor), by name.
        expect(board.mentors!.items.every((m) => m.remaining === 3)).toBe(true);
        after = board.mentors!.after!;
      });
      for (const plan of await plans(text, values)) {
        const scans = nodes(plan).filter((n) => n["Node Type"].includes("Scan"));
        expect(
          scans.map((n) => n["Index Name"]),
          `page ${page}`,
        ).toContain("Application_matching_mentor_order_idx");
        // A page and the row that says another follows (and a few of the mentees' side): never the 700 mentors.
        const worst = Math.max(...scans.map(rowsRead));
        expect(worst, `page ${page}: ${JSON.stringify(plan)}`).toBeLessThanOrEqual(60);
      }
    }
  }, 120_000);

  it("ranks for a chosen mentee looking up only the users of the mentors it sends", async () => {
    const { owner, program, mentees } = await bigProgram();
    const { text, values } = await captureStatement(BOARD, async () => {
      const board = await getBoardPage(owner, program.id, query({ mentee: mentees[0] }));
      expect(board.suggestions!.ranked.length).toBeGreaterThan(0);
    });
    for (const plan of await plans(text, values)) {
      const users = nodes(plan).filter((n) => n["Relation Name"] === "User" && n["Node Type"].includes("Scan"));
      const read = users.reduce((sum, n) => sum + rowsRead(n), 0);
      // The pool, the two side lists, the chosen mentee and the mentees' page: far fewer than the 700 mentors.
      expect(read, JSON.stringify(plan)).toBeLessThanOrEqual(RANK_POOL + 2 * SIDE_LIST_MAX + 30);
    }
  }, 120_000);
});
