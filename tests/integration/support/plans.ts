/**
 * Reading the plan PostgreSQL picks for a statement the app really sends (issue 18): the statement is caught at the
 * driver with its parameters, prepared again and run under EXPLAIN ANALYZE with a custom or a generic plan. Tests
 * assert the plan's shape (which index, how many rows each scan touched), never a time.
 */
import pg from "pg";

export type PlanNode = {
  "Node Type": string;
  "Index Name"?: string;
  "Relation Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Heap Fetches"?: number;
  Plans?: PlanNode[];
};

export function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/** The statement `fn` runs whose text matches `pattern`, with its parameters, caught at the driver. */
export async function captureStatement(pattern: RegExp, fn: () => Promise<unknown>) {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  let caught: { text: string; values: unknown[] } | null = null;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0] as { text?: string; values?: unknown[] } | string;
    const text = typeof q === "string" ? q : (q.text ?? "");
    if (pattern.test(text)) caught = { text, values: typeof q === "string" ? [] : (q.values ?? []) };
    return original.apply(this, args);
  };
  try {
    await fn();
  } finally {
    proto.query = original;
  }
  if (!caught) throw new Error(`no statement matched ${pattern}`);
  return caught as { text: string; values: unknown[] };
}

/** Rows each node touched: what it returned plus what its filter threw away, over all its loops. */
export const rowsRead = (n: PlanNode) =>
  ((n["Actual Rows"] ?? 0) + (n["Rows Removed by Filter"] ?? 0)) * (n["Actual Loops"] ?? 1);

export async function explain(client: pg.Client, text: string, values: unknown[], generic: boolean) {
  await client.query(`SET plan_cache_mode = ${generic ? "force_generic_plan" : "force_custom_plan"}`);
  await client.query("DEALLOCATE ALL");
  await client.query(`PREPARE page AS ${text}`);
  // The values as the driver would send them (an array as a PostgreSQL array literal).
  const literals = values
    .map((v) =>
      client.escapeLiteral(Array.isArray(v) ? `{${v.map((x) => JSON.stringify(String(x))).join(",")}}` : String(v)),
    )
    .join(", ");
  const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) EXECUTE page(${literals})`);
  return (rows[0] as { "QUERY PLAN": { Plan: PlanNode }[] })["QUERY PLAN"][0]!.Plan;
}
