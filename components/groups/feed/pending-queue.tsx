"use client";

import { lazy, Suspense, useRef, useState } from "react";
import { Check, X } from "lucide-react";
import { useTranslations } from "next-intl";
import type { PendingPostDto } from "@/lib/groups/feed/dto";
import { ActionFeedback } from "@/components/action-feedback";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { LinkifiedText } from "@/components/linkified-text";
import { useOnce } from "@/components/ui/use-once";
import { TimeAgo } from "./time-ago";
import type { FeedActions } from "./feed-actions";
import { errorsOnly, useFeedAction } from "./use-feed-action";

// The decline dialog's code loads when a moderator first declines a post (issue 18).
const RemoveDialog = lazy(() => import("./moderation-dialogs").then((m) => ({ default: m.RemoveDialog })));

function PendingItem({ post, slug, actions }: { post: PendingPostDto; slug: string; actions: FeedActions }) {
  const [state, action] = useFeedAction(actions.approvePost);
  const [declining, setDeclining] = useState(false);
  const t = useTranslations("feed.pending");
  const declineButton = useRef<HTMLButtonElement>(null);
  const dialogWanted = useOnce(declining);
  return (
    <li className="space-y-3 rounded-md border border-border bg-background p-3">
      <div className="flex items-center gap-2">
        <Avatar name={post.author.name} photo={post.author.photo} size="sm" />
        <div className="min-w-0">
          <p dir="auto" className="truncate text-sm font-medium">
            {post.author.name}
          </p>
          <TimeAgo iso={post.createdAt} className="text-xs text-muted-foreground" />
        </div>
      </div>
      <div dir="auto">
        <LinkifiedText text={post.body} className="block text-sm" />
      </div>
      <ActionFeedback state={errorsOnly(state)} />
      <div className="flex flex-wrap gap-2">
        <form action={action}>
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="postId" value={post.id} />
          <SubmitButton size="sm" pendingLabel={t("approving")}>
            <Check aria-hidden /> {t("approve")}
          </SubmitButton>
        </form>
        <Button ref={declineButton} size="sm" variant="outline" onClick={() => setDeclining(true)}>
          <X aria-hidden /> {t("decline")}
        </Button>
      </div>
      {dialogWanted ? (
        <Suspense fallback={null}>
          <RemoveDialog
            slug={slug}
            content={{ kind: "post", id: post.id, authorName: post.author.name }}
            open={declining}
            onOpenChange={setDeclining}
            returnFocusTo={declineButton}
            actions={actions}
            decline
          />
        </Suspense>
      ) : null}
    </li>
  );
}

/** For moderators, at the top of the Discussion page: posts by new members waiting for a decision. */
export function PendingQueue({
  posts,
  total,
  slug,
  actions,
}: {
  posts: PendingPostDto[];
  total: number;
  slug: string;
  actions: FeedActions;
}) {
  const t = useTranslations("feed.pending");
  if (total === 0) return null;
  return (
    <section
      aria-labelledby="pending-title"
      className="space-y-3 rounded-lg border border-warning/50 bg-card p-4 shadow-sm sm:p-5"
    >
      <div>
        <h2 id="pending-title" className="font-semibold">
          {t("title", { count: total })}
        </h2>
        <p className="text-sm text-muted-foreground">{t("description")}</p>
      </div>
      <ul className="space-y-3">
        {posts.map((p) => (
          <PendingItem key={p.id} post={p} slug={slug} actions={actions} />
        ))}
      </ul>
    </section>
  );
}
