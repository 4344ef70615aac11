"use client";

import { lazy, Suspense, useState } from "react";
import { useTranslations } from "next-intl";
import type { CommentDto, PostDto } from "@/lib/groups/feed/dto";
import { Avatar } from "@/components/ui/avatar";
import { LinkifiedText } from "@/components/linkified-text";
import { cn } from "@/lib/utils/cn";
import { CommentForm } from "./comment-form";
import { ContentMenu } from "./content-menu";
import type { FeedActions } from "./feed-actions";
import type { FeedViewer } from "./labels";
import { ReactionBar } from "./reaction-bar";
import { TimeAgo } from "./time-ago";

// The editor loads when a post or comment is first edited, not with the feed (issue 18).
const EditForm = lazy(() => import("./edit-form").then((m) => ({ default: m.EditForm })));

function CommentItem({
  comment,
  slug,
  viewer,
  actions,
  onReply,
}: {
  comment: CommentDto;
  slug: string;
  viewer: FeedViewer;
  actions: FeedActions;
  onReply?: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const t = useTranslations("feed");
  const removed = comment.status === "REMOVED";
  return (
    <div className="flex gap-2">
      <Avatar name={comment.author.name} photo={comment.author.photo} size="sm" className="mt-0.5" />
      <div className="min-w-0 flex-1 space-y-1">
        <div className="flex items-start gap-1">
          <div
            className={cn(
              "min-w-0 rounded-lg px-3 py-2 text-sm",
              removed ? "border border-dashed border-destructive/50" : "bg-muted",
              editing && "flex-1",
            )}
          >
            <p dir="auto" className="font-medium">
              {comment.author.name}
            </p>
            {editing ? (
              <Suspense fallback={null}>
                <EditForm
                  action={actions.updateComment}
                  fields={{ slug, commentId: comment.id }}
                  initial={comment.body}
                  maxLength={2000}
                  label={t("edit.editComment")}
                  onDone={() => setEditing(false)}
                />
              </Suspense>
            ) : (
              <div dir="auto">
                <LinkifiedText text={comment.body} className={cn(removed && "text-muted-foreground")} />
              </div>
            )}
          </div>
          <ContentMenu
            slug={slug}
            content={{ kind: "comment", id: comment.id, authorName: comment.author.name }}
            onEdit={() => setEditing(true)}
            actions={actions}
            can={{
              edit: comment.own && !removed && viewer.canComment,
              delete: comment.own,
              remove: viewer.canModerate && !removed,
              report: viewer.canReport && !comment.own && !removed,
            }}
          />
        </div>
        {removed ? (
          <p role="note" className="text-xs text-destructive">
            {comment.removedReason
              ? t("comments.removedWithReason", { reason: comment.removedReason })
              : t("comments.removed")}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-x-2 text-xs text-muted-foreground">
          <TimeAgo iso={comment.createdAt} />
          {comment.editedAt ? <span>· {t("post.edited")}</span> : null}
          {!removed ? (
            <ReactionBar
              slug={slug}
              target={{ commentId: comment.id }}
              reactions={comment.reactions}
              canReact={viewer.canReact}
              action={actions.react}
              compact
            />
          ) : null}
          {onReply && !removed && viewer.canComment ? (
            <button
              type="button"
              onClick={onReply}
              className="h-8 rounded-md px-2 font-medium text-muted-foreground hover:bg-accent hover:text-foreground"
            >
              {t("comments.reply")}
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}

function Thread({
  comment,
  slug,
  viewer,
  actions,
}: {
  comment: CommentDto;
  slug: string;
  viewer: FeedViewer;
  actions: FeedActions;
}) {
  const [replying, setReplying] = useState(false);
  const t = useTranslations("feed.comments");
  const reply = () => setReplying(true);
  return (
    <li className="space-y-2">
      <CommentItem comment={comment} slug={slug} viewer={viewer} actions={actions} onReply={reply} />
      {comment.replies.length > 0 || replying ? (
        <div className="ms-10 space-y-2 border-s-2 border-border ps-3">
          {comment.replies.length > 0 ? (
            <ul className="space-y-2" aria-label={t("repliesTo", { name: comment.author.name })}>
              {comment.replies.map((r) => (
                <li key={r.id}>
                  {/* Replies go one level deep: replying to a reply continues this thread. */}
                  <CommentItem comment={r} slug={slug} viewer={viewer} actions={actions} onReply={reply} />
                </li>
              ))}
            </ul>
          ) : null}
          {replying ? (
            <CommentForm
              slug={slug}
              postId={comment.postId}
              parentId={comment.id}
              replyTo={comment.author.name}
              autoFocus
              onDone={() => setReplying(false)}
              action={actions.createComment}
            />
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

type CommentsPage = { comments: CommentDto[]; nextCursor: string | null };

/** A page of a post's comments from the API (top-level comments after the cursor, each with its replies). */
async function fetchComments(postId: string, cursor: string | null): Promise<CommentsPage> {
  const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : "";
  const res = await fetch(`/api/v1/posts/${encodeURIComponent(postId)}/comments${query}`, {
    headers: { accept: "application/json" },
  });
  if (!res.ok) throw new Error(`comments: ${res.status}`);
  return (await res.json()) as CommentsPage;
}

/**
 * A post's comments with one level of replies and a box for a new comment. The feed sends only the first few;
 * "View all N comments" loads the rest here, a page at a time, so the feed's HTML stays small.
 */
export function CommentList({
  post,
  slug,
  viewer,
  actions,
}: {
  post: PostDto;
  slug: string;
  viewer: FeedViewer;
  actions: FeedActions;
}) {
  const [all, setAll] = useState<CommentsPage | null>(null);
  const [state, setState] = useState<"idle" | "loading" | "failed">("idle");
  const [seen, setSeen] = useState(post);
  const t = useTranslations("feed.comments");

  async function load(cursor: string | null) {
    setState("loading");
    try {
      const page = await fetchComments(post.id, cursor);
      setAll((prev) => ({
        comments: cursor && prev ? [...prev.comments, ...page.comments] : page.comments,
        nextCursor: page.nextCursor,
      }));
      setState("idle");
    } catch {
      setState("failed");
    }
  }

  // The page was refreshed (a new comment, an edit): read the full list again so it shows the change.
  if (seen !== post) {
    setSeen(post);
    if (all) void load(null);
  }

  const comments = all?.comments ?? post.comments;
  if (comments.length === 0 && !viewer.canComment) return null;
  const more = all ? all.nextCursor : post.commentsTruncated ? "" : null;
  return (
    <section aria-label={t("on", { name: post.author.name })} className="space-y-3">
      {comments.length > 0 ? (
        <ul className="space-y-3">
          {comments.map((c) => (
            <Thread key={c.id} comment={c} slug={slug} viewer={viewer} actions={actions} />
          ))}
        </ul>
      ) : null}
      {more !== null ? (
        <button
          type="button"
          onClick={() => void load(all ? more : null)}
          disabled={state === "loading"}
          aria-busy={state === "loading"}
          className="text-sm font-medium text-muted-foreground underline-offset-4 hover:text-foreground hover:underline disabled:opacity-60"
        >
          {state === "loading" ? t("loading") : all ? t("moreComments") : t("viewAll", { count: post.commentCount })}
        </button>
      ) : null}
      {state === "failed" ? (
        <p role="alert" className="text-xs text-destructive">
          {t("loadFailed")}
        </p>
      ) : null}
      {viewer.canComment ? <CommentForm slug={slug} postId={post.id} action={actions.createComment} /> : null}
    </section>
  );
}
