import { Suspense, type ReactNode } from "react";
import Link from "next/link";
import { Lock, MessagesSquare } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";
import type { GroupDetailDto } from "@/lib/groups/dto";
import type { FeedPageDto } from "@/lib/groups/feed/dto";
import { findFeed } from "@/lib/groups/feed/find-feed";
import { needsApproval } from "@/lib/groups/feed/approval";
import { AppError } from "@/lib/errors";
import { orNotFound } from "@/lib/http/page";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { Composer } from "@/components/groups/feed/composer";
import { PendingQueue } from "@/components/groups/feed/pending-queue-lazy";
import { PostCard } from "@/components/groups/feed/post-card";
import { DateTimeText } from "@/components/groups/feed/time-ago";
import { FeedIconSprite } from "@/components/groups/feed/feed-icon-sprite";
import { FEED_WEB_PAGE_SIZE } from "@/lib/groups/feed/schemas";
import type { FeedViewer } from "@/components/groups/feed/labels";
import { loadGroupPage } from "@/lib/groups/group-page";
import { feedActions } from "./feed-action-props";
import { avatarPhoto } from "@/lib/photos/url";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

async function PrivateNotice({ group }: { group: GroupDetailDto }) {
  const t = await getTranslations("feed.page");
  if (group.archived)
    return (
      <p role="status" className="rounded-lg border border-border bg-card p-6 text-center text-muted-foreground">
        {t("archived")}
      </p>
    );
  return (
    <section className="space-y-3 rounded-lg border border-border bg-card p-6 text-center shadow-sm">
      <Lock aria-hidden className="mx-auto size-8 text-muted-foreground" />
      <h2 className="text-lg font-semibold">{t("private")}</h2>
      {group.description ? (
        <p dir="auto" className="mx-auto max-w-prose whitespace-pre-line text-muted-foreground">
          {group.description}
        </p>
      ) : null}
      <p className="text-sm">
        <Link href={`/groups/${group.slug}/about`} className="text-primary underline underline-offset-4">
          {t("aboutLink")}
        </Link>
      </p>
    </section>
  );
}

/**
 * The policy's reasons (lib/auth/policy.ts, writingReason) are English sentences; these are their catalogue keys.
 * A reason not listed here (a new one) shows in the policy's words until it gets a key.
 */
const WHY_NOT_POST = {
  "This group is archived; its discussion is read-only.": "archived",
  "You're muted until {until}. You can still read and react.": "muted",
  "Sign in and join the group to write posts.": "signIn",
  "Your request to join is waiting. Once you're in, you can post here.": "pending",
  "Join the group to write posts and comments.": "join",
} as const;

/** Why the viewer may not post here, in the reader's language (`{until}` is a date, in the reader's time zone). */
async function WhyNotPost({ group }: { group: GroupDetailDto }) {
  const reason = group.viewer.whyNotPost;
  if (!reason) return null;
  const t = await getTranslations("feed.whyNotPost");
  const key = Object.hasOwn(WHY_NOT_POST, reason.text) ? WHY_NOT_POST[reason.text as keyof typeof WHY_NOT_POST] : null;
  // The date is a client component (the reader's zone), so the sentence is split around its placeholder.
  const sentence = key ? t(key, { until: "{until}" }) : reason.text;
  const [before, after] = sentence.split("{until}");
  const text: ReactNode =
    reason.until && after !== undefined ? (
      <>
        {before}
        <DateTimeText iso={reason.until} />
        {after}
      </>
    ) : (
      sentence
    );
  return (
    <p role="status" className="rounded-lg border border-border bg-card px-4 py-3 text-sm text-muted-foreground">
      {text}
    </p>
  );
}

async function FeedSkeleton() {
  const t = await getTranslations("feed.page");
  return (
    <div className="space-y-4" aria-busy="true">
      <p className="sr-only" role="status">
        {t("loading")}
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
  // A moderator's first page brings the approval queue in the same statement as the posts (issue 18).
  const load = (query: { cursor?: string }) =>
    findFeed(user, where, { ...query, limit: FEED_WEB_PAGE_SIZE }, undefined, { withPending: true });
  // A stale or hand-edited page link starts again from the newest posts.
  const feed = await orNotFound(
    load(cursor ? { cursor } : {}).catch((error: unknown) => {
      if (cursor && error instanceof AppError && error.code === "INVALID_INPUT") return load({});
      throw error;
    }),
  );
  return (
    <>
      {feed.pending ? (
        <PendingQueue posts={feed.pending.posts} total={feed.pending.total} slug={group.slug} actions={feedActions} />
      ) : null}
      <FeedSection>
        <FeedList feed={feed} group={group} cursor={cursor} viewer={viewer} />
      </FeedSection>
    </>
  );
}

/** The posts' own landmark, titled for screen readers (the skeleton shows in it while the page loads). */
async function FeedSection({ children }: { children: ReactNode }) {
  const t = await getTranslations("feed.page");
  return (
    <section aria-labelledby="feed-title" className="space-y-4">
      <h2 id="feed-title" className="sr-only">
        {t("posts")}
      </h2>
      {children}
    </section>
  );
}

async function FeedList({
  feed,
  group,
  cursor,
  viewer,
}: {
  feed: FeedPageDto;
  group: GroupDetailDto;
  cursor: string | undefined;
  viewer: FeedViewer;
}) {
  const t = await getTranslations("feed.page");
  if (feed.posts.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-border p-8 text-center">
        <MessagesSquare aria-hidden className="mx-auto mb-2 size-8 text-muted-foreground" />
        <p className="font-medium">{cursor ? t("noOlder") : t("empty")}</p>
        <p className="text-sm text-muted-foreground">
          {cursor ? t("beginning") : group.viewer.can["posts.create"] ? t("startConversation") : t("emptyHint")}
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <FeedIconSprite />
      <ul className="space-y-4" aria-label={t("posts")}>
        {feed.posts.map((post) => (
          <li key={post.id}>
            <PostCard post={post} slug={group.slug} viewer={viewer} actions={feedActions} />
          </li>
        ))}
      </ul>
      {feed.nextCursor ? (
        <div className="flex justify-center">
          <Button asChild variant="outline">
            <Link href={`/groups/${group.slug}?cursor=${encodeURIComponent(feed.nextCursor)}`}>{t("loadMore")}</Link>
          </Button>
        </div>
      ) : cursor ? (
        <p className="text-center text-sm text-muted-foreground">{t("beginning")}</p>
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
  const t = await getTranslations("feed.page");

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      {cursor ? (
        <p className="text-sm">
          <Link href={`/groups/${group.slug}`} className="text-primary underline underline-offset-4">
            <span aria-hidden className="inline-block rtl:-scale-x-100">
              ←
            </span>{" "}
            {t("backToNewest")}
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
      <Suspense
        key={cursor ?? "first"}
        fallback={
          <FeedSection>
            <FeedSkeleton />
          </FeedSection>
        }
      >
        <Feed user={user} group={group} cursor={cursor} viewer={viewer} />
      </Suspense>
    </div>
  );
}
