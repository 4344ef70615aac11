import "server-only";
import { db } from "@/lib/db";
import { type Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import type { TransferCandidateDto } from "./dto";

/** Who the owner may hand the group to: active members other than themselves, admins first. */
export async function findTransferCandidates(actor: Actor, slug: string): Promise<TransferCandidateDto[]> {
  const { group } = await authorize(actor, "group.transfer", { groupSlug: slug });
  const rows = await db.membership.findMany({
    where: { groupId: group.id, status: "ACTIVE", role: { not: "OWNER" } },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    take: 500,
    select: { id: true, role: true, user: { select: { name: true } } },
  });
  return rows.map((r) => ({ membershipId: r.id, name: r.user.name, role: r.role }));
}
