import "server-only";
import { db } from "@/lib/db";

export type Health = {
  status: "ok" | "degraded";
  database: { status: "up" | "down"; latencyMs: number | null; migrations: number | null };
};

/** Whether the database answers, how fast, and how many migrations it has applied. */
export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  try {
    const rows = await db.$queryRaw<
      { n: bigint }[]
    >`select count(*)::bigint as n from "_prisma_migrations" where finished_at is not null`;
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return { status: "ok", database: { status: "up", latencyMs, migrations: Number(rows[0]?.n ?? 0) } };
  } catch {
    return { status: "degraded", database: { status: "down", latencyMs: null, migrations: null } };
  }
}
