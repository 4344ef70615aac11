import { useTranslations } from "next-intl";
import type { CommentDto } from "@/lib/groups/feed/dto";
import { Avatar } from "@/components/ui/avatar";
import { LinkifiedText } from "@/components/linkified-text";
import { cn } from "@/lib/utils/cn";
import { ContentMenu } from "./content-menu";
import { EditableBubble, EditScope } from "./edit-scope";
import type { FeedActions } from "./feed-actions";
import { hasMenu, type FeedViewer, type MenuAbilities } from "./labels";
import { ReactionBar } from "./reaction-bar";
import { ReactionSummary } from "./reaction-summary";
import { ReplyButton, ReplyScope } from "./reply-scope";
import { TimeAgo } from "./time-ago";

/*
 * A post's comments, one level of replies. Shared, not a client module: the server renders the feed's first few
 * comments of each post (their interactive parts are client islands: menu, reactions, reply, editor, time), and the
 * browser renders the rest with the same code when "View all" loads them (./all-comments.tsx).
 */

type ThreadProps = { slug: string; viewer: FeedViewer; actions: FeedActions };

function CommentItem({ comment, slug, viewer, actions }: ThreadProps & { comment: CommentDto }) {
  const t = useTranslations("feed");
  const removed = comment.status === "REMOVED";
  const can: MenuAbilities = {
    edit: comment.own && !removed && viewer.canComment,
    delete: comment.own,
    remove: viewer.canModerate && !removed,
    report: viewer.canReport && !comment.own && !removed,
  };
  const bubble = cn(
    "min-w-0 rounded-lg px-3 py-2 text-sm",
    removed ? "border border-dashed border-destructive/50" : "bg-muted",
  );
  const name = (
    <p dir="auto" className="font-medium">
      {comment.author.name}
    </p>
  );
  const text = (
    <div dir="auto">
      <LinkifiedText text={comment.body} className={cn(removed && "text-muted-foreground")} />
    </div>
  );
  const item = (
    <div className="flex gap-2">
      <Avatar name={comment.author.name} photo={comment.author.photo} size="sm" className="mt-0.5" />
      <div className="min-w-0 flex-1 space-y-1">
        <div className="flex items-start gap-1">
          {can.edit ? (
            <EditableBubble
              className={bubble}
              name={name}
              target={{
                action: actions.updateComment,
                fields: { slug, commentId: comment.id },
                initial: comment.body,
                maxLength: 2000,
                label: t("edit.editComment"),
              }}
            >
              {text}
            </EditableBubble>
          ) : (
            <div className={bubble}>
              {name}
              {text}
            </div>
          )}
          {hasMenu(can) ? (
            <ContentMenu
              slug={slug}
              content={{ kind: "comment", id: comment.id, authorName: comment.author.name }}
              label={t("menu.label", { name: comment.author.name, kind: "comment" })}
              actions={actions}
              can={can}
            />
          ) : null}
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
          {removed ? null : viewer.canReact ? (
            <ReactionBar
              slug={slug}
              target={{ commentId: comment.id }}
              reactions={comment.reactions}
              action={actions.react}
              compact
            />
          ) : (
            <ReactionSummary reactions={comment.reactions} />
          )}
          {!removed && viewer.canComment ? <ReplyButton>{t("comments.reply")}</ReplyButton> : null}
        </div>
      </div>
    </div>
  );
  return can.edit ? <EditScope>{item}</EditScope> : item;
}

function Thread({ comment, slug, viewer, actions }: ThreadProps & { comment: CommentDto }) {
  const t = useTranslations("feed.comments");
  const item = <CommentItem comment={comment} slug={slug} viewer={viewer} actions={actions} />;
  const replies =
    comment.replies.length > 0 ? (
      <ul className="space-y-2" aria-label={t("repliesTo", { name: comment.author.name })}>
        {comment.replies.map((r) => (
          <li key={r.id}>
            <CommentItem comment={r} slug={slug} viewer={viewer} actions={actions} />
          </li>
        ))}
      </ul>
    ) : null;
  // Where the viewer may not comment there is no Reply, and nothing in the thread runs in the browser.
  if (!viewer.canComment)
    return (
      <li className="space-y-2">
        {item}
        {replies ? <div className="ms-10 space-y-2 border-s-2 border-border ps-3">{replies}</div> : null}
      </li>
    );
  return (
    <li className="space-y-2">
      <ReplyScope
        slug={slug}
        postId={comment.postId}
        parentId={comment.id}
        replyTo={comment.author.name}
        hasReplies={replies !== null}
        action={actions.createComment}
        item={item}
      >
        {replies}
      </ReplyScope>
    </li>
  );
}

/** Top-level comments, each with its replies. */
export function CommentThreads({ comments, ...props }: ThreadProps & { comments: CommentDto[] }) {
  return (
    <ul className="space-y-3">
      {comments.map((c) => (
        <Thread key={c.id} comment={c} {...props} />
      ))}
    </ul>
  );
}
