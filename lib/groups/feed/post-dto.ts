import type { Actor } from "@/lib/auth/policy";
import { emptyReactions, iso, type PostDto } from "./dto";
import { toAuthorDto } from "./author";

export type NewPostSelect = {
  id: true;
  body: true;
  status: true;
  pinnedAt: true;
  removedReason: true;
  createdAt: true;
  editedAt: true;
  author: { select: { id: true; name: true; photoVersion: true } };
};

type Row = {
  id: string;
  body: string;
  status: PostDto["status"];
  pinnedAt: Date | null;
  removedReason: string | null;
  createdAt: Date;
  editedAt: Date | null;
  author: { id: string; name: string; photoVersion: string | null };
};

/** A post just written or edited, as its author sees it (the feed adds reactions and comments). */
export function toNewPostDto(row: Row, actor: Actor): PostDto {
  return {
    id: row.id,
    body: row.body,
    author: toAuthorDto(row.author),
    status: row.status,
    removedReason: row.removedReason,
    pinned: row.pinnedAt !== null,
    createdAt: row.createdAt.toISOString(),
    editedAt: iso(row.editedAt),
    own: actor?.id === row.author.id,
    reactions: emptyReactions(),
    commentCount: 0,
    comments: [],
    commentsTruncated: false,
  };
}
