import "server-only";
import type { Tx } from "@/lib/db";
import { unguessableSlug } from "./slug";

/**
 * A free unguessable slug for a hidden group. A clash is a random collision (astronomically rare); a new draw, not a
 * number, answers it. Checked before writing because a unique violation would abort the caller's transaction.
 */
export async function freeUnguessableSlug(tx: Tx, base: string): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const candidate = unguessableSlug(base);
    if (!(await tx.group.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
  throw new Error("No free unguessable slug after 8 draws: the random source is broken.");
}
