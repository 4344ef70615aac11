import type { Prisma } from "@/lib/db/generated/client";

/**
 * The header's counts as two SQL columns, `notifications` (int) and `threads` (json object of thread id -> count),
 * for a user id: given by the features that own them, through the start-up wiring (lib/wiring.ts), so the door
 * knows no domain (decision 021). Until one is registered a page reads its user alone. A module of its own, with no
 * database client, because importing the wiring must stay light.
 */
export type CountsColumns = (userId: string) => Promise<Prisma.Sql>;

let countsColumns: CountsColumns | null = null;

export function registerShellCounts(columns: CountsColumns): void {
  countsColumns = columns;
}

export function shellCountsColumns(): CountsColumns | null {
  return countsColumns;
}
