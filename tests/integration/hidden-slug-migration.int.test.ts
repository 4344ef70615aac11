import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SLUG_PATTERN } from "@/lib/groups/schemas";
import { createUser } from "../factories/users";
import { createGroup } from "../factories/groups";

const dir = path.resolve(import.meta.dirname, "../../prisma/migrations");
const migrationDir = fs.readdirSync(dir).find((d) => d.endsWith("_hidden_group_unguessable_slugs"));
const migration = fs.readFileSync(path.join(dir, migrationDir!, "migration.sql"), "utf8");

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(async () => {
  await client.end();
});

describe("migration: every hidden group moves to an unguessable slug", () => {
  it("re-addresses hidden groups, leaves visible ones alone, and fits the slug format", async () => {
    const owner = await createUser(db);
    const storm = await createGroup(db, owner, {
      name: "After the Storm",
      slug: "after-the-storm",
      privacy: "PRIVATE",
      visibility: "HIDDEN",
    });
    const long = await createGroup(db, owner, {
      slug: `${"a".repeat(50)}-${"b".repeat(13)}`,
      privacy: "PRIVATE",
      visibility: "HIDDEN",
    });
    const open = await createGroup(db, owner, { slug: "open-circle", privacy: "PUBLIC" });
    const closed = await createGroup(db, owner, { slug: "closed-circle", privacy: "PRIVATE" });

    await client.query(migration);

    const slugOf = async (g: { id: string }) => (await db.group.findUniqueOrThrow({ where: { id: g.id } })).slug;
    expect(await slugOf(storm)).toMatch(/^after-the-storm-[0-9a-f]{12}$/);
    // Cut so the whole fits 64 characters, and never left with a dash before the suffix.
    expect(await slugOf(long)).toMatch(new RegExp(`^${"a".repeat(50)}-[0-9a-f]{12}$`));
    for (const g of [storm, long]) expect(await slugOf(g)).toMatch(SLUG_PATTERN);
    expect(await slugOf(open)).toBe("open-circle");
    expect(await slugOf(closed)).toBe("closed-circle");
    // The natural address is free for anyone now.
    expect(await db.group.count({ where: { slug: "after-the-storm" } })).toBe(0);
  });
});
