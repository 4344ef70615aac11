import { Suspense, type ReactNode } from "react";
import Link from "next/link";
import { Lock, MessagesSquare } from "lucide-react";
import type { SessionUser } from "@/lib/auth/session";
import type { GroupDetailDto } from "@/lib/groups/dto";
import { findFeed } from "@/lib/groups/feed/find-feed";
import { findPendingPosts } from "@/lib/groups/feed/find-pending-posts";
import { needsApproval } from "@/lib/groups/feed/approval";
import { AppError } from "@/lib/errors";
import { orNotFound } from "@/lib/http/page";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { Composer } from "@/components/groups/feed/composer";
import { PendingQueue } from "@/components/groups/feed/pending-queue";
import { PostCard } from "@/components/groups/feed/post-card";
import { DateTimeText } from "@/components/groups/feed/time-ago";
import type { FeedViewer } from "@/components/groups/feed/labels";
import { loadGroupPage } from "@/lib/groups/group-page";
import { feedActions } from "./feed-action-props";
import { avatarPhoto } from "@/lib/photos/url";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function PrivateNotice({ group }: { group: GroupDetailDto }) {
  if (group.archived)
    return (
      <p role="status" className="rounded-lg border border-border bg-card p-6 text-center text-muted-foreground">
        This group is archived. Its discussion is no longer shown.
      </p>
    );
  return (
    <section className="space-y-3 rounded-lg border border-border bg-card p-6 text-center shadow-sm">
      <Lock aria-hidden className="mx-auto size-8 text-muted-foreground" />
      <h2 className="text-lg font-semibold">This group is private. Join to see its posts.</h2>
      {group.description ? (
        <p className="mx-auto max-w-prose whitespace-pre-line text-muted-foreground">{group.description}</p>
      ) : null}
      <p className="text-sm">
        <Link href={`/groups/${group.slug}/about`} className="text-primary underline underline-offset-4">
          About this group
        </Link>
      </p>
    </section>
  );
}

/** Why the viewer may not post here, in the policy's words (`{until}` is a date, in the reader's time zone). */
function WhyNotPost({ group }: { group: GroupDetailDto }) {
  const reason = group.viewer.whyNotPost;
  if (!reason) return null;
  const [before, after] = reason.text.split("{until}");
  const text: ReactNode =
    reason.until && after !== undefined ? (
      <>
        {before}
        <DateTimeText iso={reason.until} />
        {after}
      </>
    ) : (
      reason.text
    );
  return (
    <p role="status" className="rounded-lg border border-border bg-card px-4 py-3 text-sm text-muted-foreground">
      {text}
    </p>
  );
}

function FeedSkeleton() {
  return (
    <div className="space-y-4" aria-busy="true">
      <p className="sr-only" role="status">
        Loading posts…
      </p>
      {[0, 1, 2].map((i) => (
        <div key={i} className="space-y-3 rounded-lg border border-border bg-card p-5">
          <div className="flex items-center gap-3">
            <Skeleton className="size-10 rounded-full" />
            <div className="space-y-2">
              <Skeleton className="h-4 w-32" />
              <Skeleton className="h-3 w-20" />
            </div>
          </div>
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-2/3" />
        </div>
      ))}
    </div>
  );
}

async function Feed({
  user,
  group,
  cursor,
  viewer,
}: {
  user: SessionUser | null;
  group: GroupDetailDto;
  cursor: string | undefined;
  viewer: FeedViewer;
}) {
  const where = { slug: group.slug };
  // A stale or hand-edited page link starts again from the newest posts.
  const feed = await orNotFound(
    findFeed(user, where, cursor ? { cursor } : {}).catch((error: unknown) => {
      if (cursor && error instanceof AppError && error.code === "INVALID_INPUT") return findFeed(user, where, {});
      throw error;
    }),
  );
  if (feed.posts.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-border p-8 text-center">
        <MessagesSquare aria-hidden className="mx-auto mb-2 size-8 text-muted-foreground" />
        <p className="font-medium">{cursor ? "No older posts." : "No posts yet."}</p>
        <p className="text-sm text-muted-foreground">
          {cursor
            ? "You've reached the beginning of the discussion."
            : group.viewer.can["posts.create"]
              ? "Start the conversation: say hello, ask a question, share something useful."
              : "When members post, their posts show up here."}
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <ul className="space-y-4" aria-label="Posts">
        {feed.posts.map((post) => (
          <li key={post.id}>
            <PostCard post={post} slug={group.slug} viewer={viewer} actions={feedActions} />
          </li>
        ))}
      </ul>
      {feed.nextCursor ? (
        <div className="flex justify-center">
          <Button asChild variant="outline">
            <Link href={`/groups/${group.slug}?cursor=${encodeURIComponent(feed.nextCursor)}`}>Load more posts</Link>
          </Button>
        </div>
      ) : cursor ? (
        <p className="text-center text-sm text-muted-foreground">
          You&apos;ve reached the beginning of the discussion.
        </p>
      ) : null}
    </div>
  );
}

/** The group's Discussion: composer, posts waiting for approval (moderators), and the feed. */
export default async function GroupPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: SearchParams;
}) {
  const { slug } = await params;
  const cursorParam = (await searchParams).cursor;
  const cursor = typeof cursorParam === "string" && cursorParam ? cursorParam : undefined;
  const { user, group } = await loadGroupPage(slug);
  const can = group.viewer.can;
  if (!can["posts.read"]) return <PrivateNotice group={group} />;

  const membership = group.viewer.membership;
  const viewer: FeedViewer = {
    signedIn: group.viewer.signedIn,
    canPost: can["posts.create"],
    canComment: can["comments.create"],
    canReact: can["reactions.create"],
    canModerate: can["posts.moderate"],
    canPin: can["posts.pin"],
    canReport: membership?.status === "ACTIVE" && !group.archived,
  };
  const pending = can["posts.moderate"] && !cursor ? await findPendingPosts(user, { slug }) : null;

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      {cursor ? (
        <p className="text-sm">
          <Link href={`/groups/${group.slug}`} className="text-primary underline underline-offset-4">
            ← Back to the newest posts
          </Link>
        </p>
      ) : can["posts.create"] && user ? (
        <Composer
          slug={group.slug}
          authorName={user.name}
          authorPhoto={avatarPhoto({ id: user.id, photoVersion: user.photoVersion ?? null })}
          needsApproval={needsApproval(group, membership)}
          action={feedActions.createPost}
        />
      ) : (
        <WhyNotPost group={group} />
      )}
      {pending ? (
        <PendingQueue posts={pending.posts} total={pending.total} slug={group.slug} actions={feedActions} />
      ) : null}
      <section aria-labelledby="feed-title" className="space-y-4">
        <h2 id="feed-title" className="sr-only">
          Posts
        </h2>
        <Suspense key={cursor ?? "first"} fallback={<FeedSkeleton />}>
          <Feed user={user} group={group} cursor={cursor} viewer={viewer} />
        </Suspense>
      </section>
    </div>
  );
}
