/**
 * `npm start` as root in a private home folder (issue: first contact). On Debian /root is 0700, so the `postgres`
 * user that runs the embedded server cannot reach /root/kinship/.data. The cluster then lives in
 * /var/lib/kinship/<hash of the project path>, owned by postgres with mode 0700, and the next start finds the same
 * data there. KINSHIP_DATA_DIR still wins. Only root can show this; other users skip it.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { clusterLocation, resolveDatabase, ROOT_FALLBACK_BASE } from "../../scripts/db/database-url";
import { isRoot } from "../../scripts/db/embedded";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A checkout at <private home>/kinship, the home folder 0700 like Debian's /root. */
function privateCheckout() {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "kinship-home-"));
  made.push(home);
  fs.chmodSync(home, 0o700);
  const root = path.join(home, "kinship");
  fs.mkdirSync(root);
  return { home, root };
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(!isRoot())("the embedded database, started by root from a private home folder", () => {
  it("starts in /var/lib/kinship/<hash>, owned by postgres and private, and the next start reuses its data", async () => {
    const { root } = privateCheckout();
    const where = clusterLocation(root, {});
    expect(where.dir).toMatch(new RegExp(`^${ROOT_FALLBACK_BASE}/[0-9a-f]{16}/postgres$`));
    expect(where.movedBecause).toContain(path.join(root, ".data"));
    made.push(path.dirname(where.dir));

    const first = await resolveDatabase({ root, env: {}, throwaway: true });
    try {
      expect(first.cluster?.dataDir).toBe(where.dir);
      await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('from the first start')");
    } finally {
      await first.cluster?.stop();
    }
    const stat = fs.statSync(where.dir);
    expect(stat.mode & 0o777).toBe(0o700);
    expect(stat.uid).toBe(Number(fs.readFileSync("/etc/passwd", "utf8").match(/^postgres:[^:]*:(\d+):/m)?.[1]));
    expect(fs.readFileSync(path.join(path.dirname(where.dir), "project"), "utf8").trim()).toBe(root);

    // The same checkout, started again: the same folder, the same data.
    expect(clusterLocation(root, {}).dir).toBe(where.dir);
    const second = await resolveDatabase({ root, env: {}, throwaway: true });
    try {
      expect(second.cluster?.dataDir).toBe(where.dir);
      expect(await query(second.url, "SELECT note FROM kept")).toEqual([{ note: "from the first start" }]);
    } finally {
      await second.cluster?.stop();
    }
  });

  it("keeps the project's own .data when postgres can reach it, and KINSHIP_DATA_DIR always wins", () => {
    const { home, root } = privateCheckout();
    const chosen = path.join(home, "elsewhere");
    expect(clusterLocation(root, { KINSHIP_DATA_DIR: chosen })).toEqual({ dir: path.join(chosen, "postgres") });
    expect(clusterLocation(root, { KINSHIP_DATA_DIR: "state" })).toEqual({ dir: path.join(root, "state/postgres") });

    fs.chmodSync(home, 0o755);
    expect(clusterLocation(root, {})).toEqual({ dir: path.join(root, ".data", "postgres") });
    // Another user never moves anything: the server runs as them.
    fs.chmodSync(home, 0o700);
    expect(clusterLocation(root, {}, false)).toEqual({ dir: path.join(root, ".data", "postgres") });
  });
});
