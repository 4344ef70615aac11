"use client";

import { lazy, Suspense, useState } from "react";
import { Clock, Pin, ShieldAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import type { PostDto } from "@/lib/groups/feed/dto";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { LinkifiedText } from "@/components/linkified-text";
import { cn } from "@/lib/utils/cn";
import { CommentList } from "./comment-list";
import { ContentMenu } from "./content-menu";
import { FeedIcon } from "./feed-icon";
import type { FeedActions } from "./feed-actions";
import type { FeedViewer } from "./labels";
import { ReactionBar } from "./reaction-bar";
import { TimeAgo } from "./time-ago";

// The editor loads when a post or comment is first edited, not with the feed (issue 18).
const EditForm = lazy(() => import("./edit-form").then((m) => ({ default: m.EditForm })));

/** One post in the feed: author, time, state, body with links, reactions, comments, and the actions menu. */
export function PostCard({
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
  const [editing, setEditing] = useState(false);
  const t = useTranslations("feed");
  const headingId = `post-${post.id}-author`;
  const published = post.status === "PUBLISHED";
  const removed = post.status === "REMOVED";
  const pending = post.status === "PENDING_APPROVAL";

  return (
    <article
      aria-labelledby={headingId}
      className={cn(
        "rounded-lg border bg-card text-card-foreground shadow-sm",
        post.pinned ? "border-primary/50" : "border-border",
        removed && "border-dashed border-destructive/50",
      )}
    >
      <div className="flex items-start gap-3 p-4 pb-2 sm:px-5">
        <Avatar name={post.author.name} photo={post.author.photo} />
        <div className="min-w-0 flex-1">
          <h3 id={headingId} dir="auto" className="truncate font-medium">
            {post.author.name}
          </h3>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted-foreground">
            <TimeAgo iso={post.createdAt} />
            {post.editedAt ? <span>· {t("post.edited")}</span> : null}
            {post.pinned ? (
              <Badge variant="secondary">
                <Pin aria-hidden /> {t("post.pinned")}
              </Badge>
            ) : null}
            {pending ? (
              <Badge variant="outline">
                <Clock aria-hidden /> {t("post.waiting")}
              </Badge>
            ) : null}
            {removed ? (
              <Badge variant="destructive">
                <ShieldAlert aria-hidden /> {t("post.removed")}
              </Badge>
            ) : null}
          </p>
        </div>
        <ContentMenu
          slug={slug}
          content={{ kind: "post", id: post.id, authorName: post.author.name }}
          onEdit={() => setEditing(true)}
          actions={actions}
          can={{
            edit: post.own && !removed && viewer.canPost,
            delete: post.own,
            ...(viewer.canPin && published ? { pinned: post.pinned } : {}),
            remove: viewer.canModerate && !removed,
            report: viewer.canReport && !post.own && published,
          }}
        />
      </div>

      {pending && post.own ? (
        <p role="note" className="mx-4 mb-2 rounded-md bg-muted px-3 py-2 text-sm text-muted-foreground sm:mx-5">
          {t("post.waitingNote")}
        </p>
      ) : null}
      {removed ? (
        <p
          role="note"
          className="mx-4 mb-2 rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive sm:mx-5"
        >
          {post.removedReason ? t("post.removedWithReason", { reason: post.removedReason }) : t("post.removedNote")}{" "}
          {post.own ? t("post.onlyYou") : t("post.hiddenFromGroup")}
        </p>
      ) : null}

      <div className="px-4 pb-3 sm:px-5">
        {editing ? (
          <Suspense fallback={null}>
            <EditForm
              action={actions.updatePost}
              fields={{ slug, postId: post.id }}
              initial={post.body}
              maxLength={5000}
              label={t("edit.editPost")}
              onDone={() => setEditing(false)}
            />
          </Suspense>
        ) : (
          <div dir="auto">
            <LinkifiedText
              text={post.body}
              className={cn("block leading-relaxed", removed && "text-muted-foreground")}
            />
          </div>
        )}
      </div>

      {published ? (
        <div className="space-y-3 border-t border-border px-4 py-3 sm:px-5">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <ReactionBar
              slug={slug}
              target={{ postId: post.id }}
              reactions={post.reactions}
              canReact={viewer.canReact}
              action={actions.react}
            />
            {post.commentCount > 0 ? (
              <span className="inline-flex items-center gap-1 text-sm text-muted-foreground">
                <FeedIcon name="comments" />
                {t("post.commentCount", { count: post.commentCount })}
              </span>
            ) : null}
          </div>
          <CommentList post={post} slug={slug} viewer={viewer} actions={actions} />
        </div>
      ) : null}
    </article>
  );
}
