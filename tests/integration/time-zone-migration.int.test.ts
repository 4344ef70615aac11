import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { repairTimeZone } from "@/lib/time";
import { createUser } from "../factories/users";
import { createGroup } from "../factories/groups";
import { createApplication, createProgram } from "../factories/mentorship";

const dir = path.resolve(import.meta.dirname, "../../prisma/migrations");
const migrationDir = fs.readdirSync(dir).find((d) => d.endsWith("_valid_time_zones"));
const migration = fs.readFileSync(path.join(dir, migrationDir!, "migration.sql"), "utf8");

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

/** Rows as they could be before the migration: its constraints dropped, any string written. */
async function beforeMigration() {
  await client.query(`ALTER TABLE "User" DROP CONSTRAINT IF EXISTS "User_timeZone_shape"`);
  await client.query(`ALTER TABLE "Application" DROP CONSTRAINT IF EXISTS "Application_timeZone_shape"`);
}

// Values an older version accepted (offsets on runtimes whose Intl takes them, abbreviations, other spellings of
// UTC) or that were never valid. Each must end as lib/time's repairTimeZone makes it.
const OLD_VALUES = [
  "Europe/Paris",
  "America/Argentina/Buenos_Aires",
  "UTC",
  "+01:00",
  "-05:00",
  "+0530",
  "+05:45",
  "-03:30",
  "UTC+3",
  "GMT-8",
  "+00:00",
  "+14:00",
  "-13:00",
  "Etc/GMT-1",
  "Etc/UTC",
  "utc",
  "GMT",
  "europe/paris",
  "EST",
  "PST8PDT",
  "Mars/Olympus",
  "not a zone",
  "",
  "  Asia/Tokyo  ",
];

describe("migration: every stored time zone becomes a valid one", () => {
  it("repairs users' zones as lib/time does, and leaves valid ones alone", async () => {
    await beforeMigration();
    const users = [];
    for (const [i, zone] of OLD_VALUES.entries()) {
      const user = await createUser(db, { name: `Person ${i}` });
      await client.query(`UPDATE "User" SET "timeZone" = $1 WHERE id = $2`, [zone, user.id]);
      users.push({ id: user.id, zone });
    }
    await client.query(migration);
    const { rows } = await client.query<{ id: string; timeZone: string }>(`SELECT id, "timeZone" FROM "User"`);
    const after = new Map(rows.map((r) => [r.id, r.timeZone]));
    expect(users.map((u) => [u.zone, after.get(u.id)])).toEqual(users.map((u) => [u.zone, repairTimeZone(u.zone)]));
    expect(after.get(users[OLD_VALUES.indexOf("+01:00")]!.id)).toBe("Etc/GMT-1");
    expect(after.get(users[OLD_VALUES.indexOf("Mars/Olympus")]!.id)).toBe("UTC");
  });

  it("repairs applications' zones and the zones inside their availability answers, nothing else", async () => {
    await beforeMigration();
    const owner = await createUser(db);
    const group = await createGroup(db, owner, { mentorshipEnabled: true });
    const program = await createProgram(db, group, owner);
    const people = await Promise.all([1, 2, 3].map((i) => createUser(db, { name: `Applicant ${i}` })));
    const apps = await Promise.all(people.map((p) => createApplication(db, program, p, "MENTEE")));
    const answers = [
      { q1: "I'd like to learn to cut bars", q2: { timeZone: "+01:00", cadence: "WEEKLY" }, q3: ["English"] },
      { q2: { timeZone: "Europe/Paris", cadence: "MONTHLY" }, q4: { timeZone: "EST", cadence: "FLEXIBLE" } },
      { q1: "No zone at all" },
    ];
    const zones = ["+01:00", "Europe/Paris", null];
    for (const [i, app] of apps.entries())
      await client.query(`UPDATE "Application" SET "timeZone" = $1, answers = $2 WHERE id = $3`, [
        zones[i],
        JSON.stringify(answers[i]),
        app.id,
      ]);

    await client.query(migration);
    const read = async () =>
      (
        await client.query<{ id: string; timeZone: string | null; answers: unknown }>(
          `SELECT id, "timeZone", answers FROM "Application" ORDER BY array_position($1::text[], id)`,
          [apps.map((a) => a.id)],
        )
      ).rows;
    const rows = await read();
    expect(rows.map((r) => r.timeZone)).toEqual(["Etc/GMT-1", "Europe/Paris", null]);
    expect(rows.map((r) => r.answers)).toEqual([
      { q1: "I'd like to learn to cut bars", q2: { timeZone: "Etc/GMT-1", cadence: "WEEKLY" }, q3: ["English"] },
      {
        q2: { timeZone: "Europe/Paris", cadence: "MONTHLY" },
        q4: { timeZone: repairTimeZone("EST"), cadence: "FLEXIBLE" },
      },
      { q1: "No zone at all" },
    ]);

    // Running it again changes nothing.
    await client.query(migration);
    expect(await read()).toEqual(rows);
  });

  it("leaves the database refusing a value that is not shaped like a zone", async () => {
    await client.query(migration);
    const user = await createUser(db);
    await expect(client.query(`UPDATE "User" SET "timeZone" = '+01:00' WHERE id = $1`, [user.id])).rejects.toThrow(
      /User_timeZone_shape/,
    );
    await expect(
      client.query(`UPDATE "User" SET "timeZone" = 'Europe/Paris' WHERE id = $1`, [user.id]),
    ).resolves.toBeTruthy();
  });
});
