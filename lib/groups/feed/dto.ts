import type { ReactionKind, ReportReason } from "./schemas";

/** A person as the feed shows them: a name, never an email. */
import type { AvatarPhoto } from "@/lib/photos/url";

export type AuthorDto = { id: string; name: string; photo: AvatarPhoto | null };

export type ReactionSummaryDto = {
  /** Count per kind; kinds nobody chose are absent. */
  counts: Partial<Record<ReactionKind, number>>;
  total: number;
  /** The viewer's own reaction, if any. */
  mine: ReactionKind | null;
};

export type ContentStatusDto = "PUBLISHED" | "PENDING_APPROVAL" | "REMOVED";

export type CommentDto = {
  id: string;
  postId: string;
  parentId: string | null;
  body: string;
  author: AuthorDto;
  status: "PUBLISHED" | "REMOVED";
  /** Only for the author of removed content (and moderators): why it was removed. */
  removedReason: string | null;
  createdAt: string;
  editedAt: string | null;
  /** The viewer wrote it. */
  own: boolean;
  reactions: ReactionSummaryDto;
  /** One level only: replies never have replies. */
  replies: CommentDto[];
};

export type PostDto = {
  id: string;
  body: string;
  author: AuthorDto;
  status: ContentStatusDto;
  removedReason: string | null;
  pinned: boolean;
  createdAt: string;
  editedAt: string | null;
  own: boolean;
  reactions: ReactionSummaryDto;
  /** Visible comments and replies on the post. */
  commentCount: number;
  /** Top-level comments, oldest first, each with its replies; capped, see `commentsTruncated`. */
  comments: CommentDto[];
  commentsTruncated: boolean;
};

export type PendingPostDto = { id: string; body: string; author: AuthorDto; createdAt: string };

export type FeedPageDto = {
  posts: PostDto[];
  nextCursor: string | null;
  /** A moderator's first page on the group page: the oldest posts waiting for approval, and how many wait. */
  pending?: { posts: PendingPostDto[]; total: number };
};

export type ReportDto = {
  id: string;
  reason: ReportReason | string;
  note: string | null;
  createdAt: string;
  reporter: AuthorDto;
  /** What was reported, as the moderators see it. */
  target:
    | { type: "post"; id: string; body: string; status: ContentStatusDto; author: AuthorDto; createdAt: string }
    | {
        type: "comment";
        id: string;
        postId: string;
        body: string;
        status: ContentStatusDto;
        author: AuthorDto;
        createdAt: string;
      };
};

export type ReportResultDto = { reportId: string; alreadyReported: boolean };

export const emptyReactions = (): ReactionSummaryDto => ({ counts: {}, total: 0, mine: null });

export const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
