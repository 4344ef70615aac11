import pg from "pg";
import fs from "fs";
const c = new pg.Client({ connectionString: fs.readFileSync("/work/largedb/url", "utf8").trim() });
await c.connect();
const sql = fs.readFileSync(process.argv[2], "utf8");
for (const part of sql.split(/;\s*\n-- next\n/)) {
  const t0 = Date.now();
  const r = await c.query(part);
  const rows = Array.isArray(r) ? r.at(-1).rows : r.rows;
  console.log(`-- ${Date.now() - t0} ms`);
  for (const row of rows.slice(0, 60)) console.log(Object.values(row).map(v => typeof v === "object" ? JSON.stringify(v).slice(0, 300) : v).join(" | "));
}
await c.end();
