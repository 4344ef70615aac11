import { Clock, Pin, ShieldAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import type { PostDto } from "@/lib/groups/feed/dto";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { LinkifiedText } from "@/components/linkified-text";
import { cn } from "@/lib/utils/cn";
import { CommentList } from "./comment-list";
import { ContentMenu } from "./content-menu";
import { EditableText, EditScope } from "./edit-scope";
import { FeedIcon } from "./feed-icon";
import type { FeedActions } from "./feed-actions";
import { hasMenu, type FeedViewer, type MenuAbilities } from "./labels";
import { ReactionBar } from "./reaction-bar";
import { ReactionSummary } from "./reaction-summary";
import { TimeAgo } from "./time-ago";

/**
 * One post in the feed: author, time, state, body with links, reactions, comments, and the actions menu. Rendered on
 * the server (issue 18: the browser no longer runs every card of the page); what responds to the viewer is a client
 * island: the menu, the reactions, the comment and reply boxes, "View all comments", the editor and the time.
 */
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
  const t = useTranslations("feed");
  const headingId = `post-${post.id}-author`;
  const published = post.status === "PUBLISHED";
  const removed = post.status === "REMOVED";
  const pending = post.status === "PENDING_APPROVAL";
  const can: MenuAbilities = {
    edit: post.own && !removed && viewer.canPost,
    delete: post.own,
    ...(viewer.canPin && published ? { pinned: post.pinned } : {}),
    remove: viewer.canModerate && !removed,
    report: viewer.canReport && !post.own && published,
  };
  const text = (
    <div dir="auto">
      <LinkifiedText text={post.body} className={cn("block leading-relaxed", removed && "text-muted-foreground")} />
    </div>
  );

  // The header, notes and text: where the author may edit, the menu's Edit and the text share its editing state.
  const top = (
    <>
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
        {hasMenu(can) ? (
          <ContentMenu
            slug={slug}
            content={{ kind: "post", id: post.id, authorName: post.author.name }}
            label={t("menu.label", { name: post.author.name, kind: "post" })}
            actions={actions}
            can={can}
          />
        ) : null}
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
        {can.edit ? (
          <EditableText
            target={{
              action: actions.updatePost,
              fields: { slug, postId: post.id },
              initial: post.body,
              maxLength: 5000,
              label: t("edit.editPost"),
            }}
          >
            {text}
          </EditableText>
        ) : (
          text
        )}
      </div>
    </>
  );

  return (
    <article
      aria-labelledby={headingId}
      className={cn(
        "rounded-lg border bg-card text-card-foreground shadow-sm",
        post.pinned ? "border-primary/50" : "border-border",
        removed && "border-dashed border-destructive/50",
      )}
    >
      {can.edit ? <EditScope>{top}</EditScope> : top}
      {published ? (
        <div className="space-y-3 border-t border-border px-4 py-3 sm:px-5">
          <div className="flex flex-wrap items-center justify-between gap-2">
            {viewer.canReact ? (
              <ReactionBar slug={slug} target={{ postId: post.id }} reactions={post.reactions} action={actions.react} />
            ) : (
              <ReactionSummary reactions={post.reactions} />
            )}
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
