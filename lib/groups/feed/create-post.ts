import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/policy";
import { authorize } from "@/lib/auth/authorize";
import { groupRef } from "@/lib/groups/scope";
import { needsApproval } from "./approval";
import { ZPostCreateInput, parseInput } from "./schemas";
import { toNewPostDto, type NewPostSelect } from "./post-dto";
import type { PostDto } from "./dto";
import { requireVerified } from "@/lib/accounts/verification";
import { authorSelect } from "./author";
import { publicContentChanged } from "@/lib/http/public-cache";

const select = {
  id: true,
  body: true,
  status: true,
  pinnedAt: true,
  removedReason: true,
  createdAt: true,
  editedAt: true,
  author: authorSelect,
} as const satisfies NewPostSelect;

/**
 * A member writes a post in the group. The group comes from the route (its slug or id), the author is the caller;
 * anything else in the input is refused. With pre-approval on, a new member's post waits for a moderator.
 */
export async function createPost(
  actor: Actor,
  where: { slug: string } | { id: string },
  raw: unknown,
): Promise<PostDto> {
  const input = parseInput(ZPostCreateInput, raw);
  return db.$transaction(async (tx) => {
    const { group, membership } = await authorize(actor, "posts.create", groupRef(where), { tx });
    await requireVerified(tx, actor);
    const status = needsApproval(group, membership) ? "PENDING_APPROVAL" : "PUBLISHED";
    const post = await tx.post.create({
      data: { groupId: group.id, authorId: actor!.id, body: input.body, status },
      select,
    });
    if (status === "PUBLISHED") publicContentChanged({ groupSlug: group.slug });
    return toNewPostDto(post, actor);
  });
}
