import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { groupRef } from "@/lib/groups/scope";
import type { PendingPostDto } from "./dto";
import { authorSelect, toAuthorDto } from "./author";

const LIMIT = 50;

/** Posts waiting for approval in the group, oldest first, for its moderators (others are refused). */
export async function findPendingPosts(
  actor: Actor,
  where: { slug: string } | { id: string },
  client: Tx = db,
): Promise<{ posts: PendingPostDto[]; total: number }> {
  // Outside a transaction the group's loader is the per-request one the layout and page already used.
  const { group } = await authorize(actor, "posts.moderate", groupRef(where), client === db ? {} : { tx: client });
  const filter = { groupId: group.id, status: "PENDING_APPROVAL" as const };
  const [rows, total] = await Promise.all([
    client.post.findMany({
      where: filter,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: LIMIT,
      select: { id: true, body: true, createdAt: true, author: authorSelect },
    }),
    client.post.count({ where: filter }),
  ]);
  return {
    posts: rows.map((p) => ({
      id: p.id,
      body: p.body,
      createdAt: p.createdAt.toISOString(),
      author: toAuthorDto(p.author),
    })),
    total,
  };
}
