/**
 * The matching board's mentor order is kept on the row by the database (Application."boardName", "openPlaces",
 * migration 20261208010000): after every kind of write the kept keys equal a recount from User, Program and
 * Pairing, and the board's pages list the mentors exactly in the order that recount gives (most places, name, id).
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getBoardPage } from "@/lib/matching/get-board-page";
import { readBoardQuery } from "@/lib/matching/board-query";
import { createGroup } from "../factories/groups";
import { createProgram } from "../factories/mentorship";
import { createUser } from "../factories/users";
import { createApplicant, pairUp, type Applicant } from "../factories/matching";

const dir = path.resolve(import.meta.dirname, "../../prisma/migrations");
const migration = fs.readFileSync(
  path.join(
    dir,
    fs.readdirSync(dir).find((d) => d.endsWith("_matching_board_mentor_order"))!,
    "migration.sql",
  ),
  "utf8",
);

async function world() {
  const owner = await createUser(db, { name: "Amara Admin", password: null });
  const group = await createGroup(db, owner, { name: "Order Makers", privacy: "PRIVATE", mentorshipEnabled: true });
  const program = await createProgram(db, group, owner, { state: "OPEN" });
  const mentor = (name: string, capacity: number | null, member = true) =>
    createApplicant(db, program, name, "MENTOR", { capacity }, { member });
  // Two mentors of the same name and places (the id decides), one on the program's default, one who left.
  const mentors = [
    await mentor("Bea Same", 2),
    await mentor("Bea Same", 2),
    await mentor("Ana First", 1),
    await mentor("Cy Default", null),
    await mentor("Dee Three", 3),
    await mentor("Gone Mentor", 3, false),
  ];
  const mentees: Applicant[] = [];
  for (let i = 0; i < 4; i++) mentees.push(await createApplicant(db, program, `Mentee ${i}`, "MENTEE"));
  return { owner, group, program, mentors, mentees };
}
type World = Awaited<ReturnType<typeof world>>;

/** The keys recounted from their sources, beside the kept ones ($1: the program). */
const RECOUNT = `
  SELECT a.id, a."boardName" AS kept, u.name, a."openPlaces" AS "keptPlaces",
    CASE WHEN a.role = 'MENTOR' THEN GREATEST(0, COALESCE(a.capacity, p."defaultMentorCapacity")
      - (SELECT count(*) FROM "Pairing" x WHERE x."mentorApplicationId" = a.id AND x.state = 'ACTIVE'))::int
    ELSE 0 END AS places
  FROM "Application" a JOIN "User" u ON u.id = a."userId" JOIN "Program" p ON p.id = a."programId"
  WHERE a."programId" = $1 ORDER BY a.id`;
type Recount = { id: string; kept: string; name: string; keptPlaces: number; places: number };

const recount = (w: World) => db.$queryRawUnsafe<Recount[]>(RECOUNT, w.program.id);

function expectSame(rows: Recount[]) {
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.map((r) => [r.id, r.kept, r.keptPlaces])).toEqual(rows.map((r) => [r.id, r.name, r.places]));
}

async function expectKept(w: World) {
  expectSame(await recount(w));
}

/** Every mentor the board lists, page by page, as [name, places left, application]. */
async function boardOrder(w: World) {
  const seen: [string, number, string][] = [];
  let mafter = "";
  for (let i = 0; i < 10; i++) {
    const board = await getBoardPage(w.owner, w.program.id, { ...readBoardQuery({}), mafter });
    seen.push(...board.mentors!.items.map((m) => [m.name, m.remaining, m.applicationId] as [string, number, string]));
    if (!board.mentors!.after) return seen;
    mafter = board.mentors!.after;
  }
  throw new Error("the mentors' pages did not end");
}

/** The order the board must show, from the recount: members on the board, most places, then name, then id. */
async function expectedOrder(w: World) {
  const rows = await db.$queryRaw<{ name: string; places: number; id: string }[]>`
    SELECT u.name, GREATEST(0, COALESCE(a.capacity, p."defaultMentorCapacity")
        - (SELECT count(*) FROM "Pairing" x WHERE x."mentorApplicationId" = a.id AND x.state = 'ACTIVE'))::int AS places,
      a.id
    FROM "Application" a JOIN "User" u ON u.id = a."userId" JOIN "Program" p ON p.id = a."programId"
    JOIN "Membership" m ON m."groupId" = p."groupId" AND m."userId" = a."userId" AND m.status = 'ACTIVE'
    WHERE a."programId" = ${w.program.id} AND a.role = 'MENTOR' AND a.state IN ('APPROVED', 'MATCHED')
    ORDER BY 2 DESC, 1, 3`;
  return rows.map((r) => [r.name, r.places, r.id]);
}

describe("the matching board's kept mentor order", () => {
  it("keeps each mentor's name and places equal to a recount after every kind of write", async () => {
    const w = await world();
    await expectKept(w);
    const [same1, , ana, cy, dee] = w.mentors;
    // A pairing takes a place; ending or completing it gives it back.
    const pairing = await pairUp(db, w.program, dee!, w.mentees[0]!, w.owner);
    const other = await pairUp(db, w.program, ana!, w.mentees[1]!, w.owner);
    await expectKept(w);
    await db.pairing.update({ where: { id: pairing.id }, data: { state: "ENDED" } });
    await expectKept(w);
    await db.pairing.update({ where: { id: other.id }, data: { state: "COMPLETED" } });
    await expectKept(w);
    // The mentor's own capacity, and the program's default for those who set none.
    await db.application.update({ where: { id: same1!.application.id }, data: { capacity: 5 } });
    await db.program.update({ where: { id: w.program.id }, data: { defaultMentorCapacity: 7 } });
    await expectKept(w);
    expect((await recount(w)).find((r) => r.id === cy!.application.id)!.keptPlaces).toBe(7);
    // A rename, and a hand-made write to the kept columns (recomputed, not trusted).
    await db.user.update({ where: { id: dee!.user.id }, data: { name: "Zed Renamed" } });
    await db.$executeRaw`UPDATE "Application" SET "boardName" = 'Wrong', "openPlaces" = 99
      WHERE "programId" = ${w.program.id}`;
    await expectKept(w);
    expect((await recount(w)).find((r) => r.id === dee!.application.id)!.kept).toBe("Zed Renamed");
  });

  it("lists the mentors in the recount's order across pages, ties by id, and follows renames and pairings", async () => {
    const w = await world();
    // Enough mentors for two pages, some with the same name and places.
    for (let i = 0; i < 8; i++) await createApplicant(db, w.program, `Eli ${i % 3}`, "MENTOR", { capacity: 2 });
    const before = await boardOrder(w);
    expect(before).toEqual(await expectedOrder(w));
    expect(before.map(([name]) => name)).not.toContain("Gone Mentor");
    await db.user.update({ where: { id: w.mentors[2]!.user.id }, data: { name: "Aaron Renamed" } });
    await pairUp(db, w.program, w.mentors[4]!, w.mentees[0]!, w.owner);
    const after = await boardOrder(w);
    expect(after).toEqual(await expectedOrder(w));
    expect(after).not.toEqual(before);
  });

  it("backfills the applications already there when the migration runs", async () => {
    const w = await world();
    await pairUp(db, w.program, w.mentors[4]!, w.mentees[0]!, w.owner);
    await db.user.update({ where: { id: w.mentors[0]!.user.id }, data: { name: "Bo Renamed" } });
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      // Back to the schema before the migration (in a transaction rolled back after), then the migration itself.
      await client.query("BEGIN");
      await client.query(`
        DROP TRIGGER "Application_matching_board_order" ON "Application";
        DROP TRIGGER "User_matching_board_names" ON "User";
        DROP TRIGGER "Program_matching_board_capacity" ON "Program";
        DROP FUNCTION kinship_matching_board_order(), kinship_matching_board_names(), kinship_matching_board_capacity();
        ALTER TABLE "Application" DROP COLUMN "boardName", DROP COLUMN "openPlaces";`);
      await client.query(migration);
      const { rows } = await client.query<Recount>(RECOUNT, [w.program.id]);
      expectSame(rows);
      expect(rows.find((r) => r.id === w.mentors[4]!.application.id)!.keptPlaces).toBe(2);
    } finally {
      await client.query("ROLLBACK");
      await client.end();
    }
  });
});
