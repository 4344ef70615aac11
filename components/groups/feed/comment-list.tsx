import { useTranslations } from "next-intl";
import type { PostDto } from "@/lib/groups/feed/dto";
import { AllComments } from "./all-comments";
import { CommentForm } from "./comment-form";
import { CommentThreads } from "./comment-threads";
import type { FeedActions } from "./feed-actions";
import type { FeedViewer } from "./labels";

/**
 * A post's comments with one level of replies and a box for a new comment, rendered on the server. The feed sends
 * only the first few; where there are more, "View all N comments" (./all-comments.tsx) loads the rest in the browser,
 * a page at a time, so the feed's HTML stays small.
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
  const t = useTranslations("feed.comments");
  if (post.comments.length === 0 && !viewer.canComment) return null;
  const first =
    post.comments.length > 0 ? (
      <CommentThreads comments={post.comments} slug={slug} viewer={viewer} actions={actions} />
    ) : null;
  return (
    <section aria-label={t("on", { name: post.author.name })} className="space-y-3">
      {post.commentsTruncated ? (
        <AllComments postId={post.id} count={post.commentCount} slug={slug} viewer={viewer} actions={actions}>
          {first}
        </AllComments>
      ) : (
        first
      )}
      {viewer.canComment ? <CommentForm slug={slug} postId={post.id} action={actions.createComment} /> : null}
    </section>
  );
}
