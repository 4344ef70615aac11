import "server-only";
import type { Tx } from "@/lib/db";
import { assertPlausibleKey, notFound } from "@/lib/errors";
import type { Actor, GroupPermission } from "@/lib/auth/policy";
import { authorizeProgram, type ProgramContext } from "@/lib/programs/scope";

export type PairingRow = {
  id: string;
  programId: string;
  state: "ACTIVE" | "COMPLETED" | "ENDED";
  mentorApplicationId: string;
  menteeApplicationId: string;
  mentorId: string;
  menteeId: string;
};

/**
 * Resolves a pairing's scope from the pairing itself (its program, then its group) and asserts the permission there.
 * With `lock`, the pairing's row is locked first, so two admins ending or moving one pairing go one after the other.
 * A pairing the actor may not know about is NOT_FOUND.
 */
export async function authorizePairing(
  actor: Actor,
  permission: GroupPermission,
  pairingId: string,
  tx: Tx,
  options: { lock?: boolean } = {},
): Promise<ProgramContext & { pairing: PairingRow }> {
  assertPlausibleKey(pairingId);
  const [pairing] = await (options.lock
    ? tx.$queryRaw<PairingRow[]>`
        SELECT id, "programId", state::text AS state, "mentorApplicationId", "menteeApplicationId", "mentorId",
          "menteeId" FROM "Pairing" WHERE id = ${pairingId} FOR UPDATE`
    : tx.$queryRaw<PairingRow[]>`
        SELECT id, "programId", state::text AS state, "mentorApplicationId", "menteeApplicationId", "mentorId",
          "menteeId" FROM "Pairing" WHERE id = ${pairingId}`);
  if (!pairing) throw notFound();
  const context = await authorizeProgram(actor, permission, pairing.programId, tx);
  return { ...context, pairing };
}
